using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace CccApi.ServiceInterface.Data.Connections;

/// <summary>
/// Keeps a request's connection open from its first command to the end of the request. EF opens and
/// closes the connection around every command it runs on its own; each pair costs an open from the
/// provider's pool, its events and, on SQLite, re-registering EF's functions on the native connection.
/// Suppressing the close leaves the connection open (EF then treats it as opened by the caller and stops
/// closing it); the pooled context disposes it when the request's scope ends, which gives it back.
/// </summary>
internal sealed class RequestConnectionInterceptor : DbConnectionInterceptor
{
    public override InterceptionResult ConnectionClosing(DbConnection connection, ConnectionEventData eventData, InterceptionResult result) =>
        InterceptionResult.Suppress();

    public override ValueTask<InterceptionResult> ConnectionClosingAsync(DbConnection connection, ConnectionEventData eventData, InterceptionResult result) =>
        ValueTask.FromResult(InterceptionResult.Suppress());
}
