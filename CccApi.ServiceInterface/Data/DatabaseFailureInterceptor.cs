using System.Data.Common;
using System.Runtime.ExceptionServices;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace CccApi.ServiceInterface.Data;

/// <summary>
/// Translates a connection that fails to open or a transaction that fails to begin, commit or roll back
/// (<see cref="DatabaseFailureTranslation"/>): those run outside EF's execution strategy when the code opens
/// a connection or a transaction itself. No command interceptor: <see cref="DatabaseFailureExecutionStrategy"/>
/// sees command failures without EF building event data for every command.
/// </summary>
internal sealed class DatabaseFailureInterceptor(DatabaseFailureTranslation translation) : IDbConnectionInterceptor, IDbTransactionInterceptor
{
    public void ConnectionFailed(DbConnection connection, ConnectionErrorEventData eventData) => ThrowTranslated(eventData.Exception);

    public Task ConnectionFailedAsync(DbConnection connection, ConnectionErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        ThrowTranslated(eventData.Exception);
        return Task.CompletedTask;
    }

    public void TransactionFailed(DbTransaction transaction, TransactionErrorEventData eventData) => ThrowTranslated(eventData.Exception);

    public Task TransactionFailedAsync(DbTransaction transaction, TransactionErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        ThrowTranslated(eventData.Exception);
        return Task.CompletedTask;
    }

    private void ThrowTranslated(Exception exception)
    {
        if (translation.Translate(exception) is { } translated)
            ExceptionDispatchInfo.Throw(translated);
    }
}
