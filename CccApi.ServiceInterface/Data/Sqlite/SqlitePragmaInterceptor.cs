using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace CccApi.ServiceInterface.Data.Sqlite;

/// <summary>
/// Per-connection settings SQLite does not keep in the file: wait for a busy writer instead of failing
/// at once, and with WAL, NORMAL synchronous is durable enough and much faster than FULL.
/// </summary>
internal sealed class SqlitePragmaInterceptor : DbConnectionInterceptor
{
    private const string Pragmas = "PRAGMA busy_timeout = 5000; PRAGMA synchronous = NORMAL;";

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        using var command = connection.CreateCommand();
        command.CommandText = Pragmas;
        command.ExecuteNonQuery();
    }

    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = Pragmas;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
