using System.Data.Common;
using System.Globalization;
using System.Runtime.CompilerServices;
using CccApi.ServiceInterface.Configuration;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;
using SQLitePCL;

namespace CccApi.ServiceInterface.Data.Sqlite;

/// <summary>
/// Per-connection settings SQLite does not keep in the file: wait for a busy writer instead of failing
/// at once, and with WAL, NORMAL synchronous is durable enough and much faster than FULL. They belong to
/// the native connection, which Microsoft.Data.Sqlite pools, so they are sent once per native connection
/// rather than on every open (EF opens and closes the connection around each query). The read settings
/// (<see cref="SqliteReadOptions"/>) come from configuration. The query planner is also told not to plan with
/// bound values (SQLITE_DBCONFIG_ENABLE_QPSG): otherwise it reads some of them (a bare <c>LIMIT @p</c>'s) and then
/// prepares the statement again after every bind, which would undo <see cref="SqlitePreparedStatements"/>.
/// </summary>
internal sealed class SqlitePragmaInterceptor(SqliteReadOptions read) : DbConnectionInterceptor
{
    public const int BusyTimeoutMilliseconds = 5000;

    private readonly string _pragmas = string.Create(CultureInfo.InvariantCulture,
        $"PRAGMA busy_timeout = {BusyTimeoutMilliseconds}; PRAGMA synchronous = NORMAL; PRAGMA mmap_size = {read.MemoryMapBytes}; PRAGMA cache_size = -{read.CacheSizeKibibytes};");

    private readonly ConditionalWeakTable<object, object> _configured = new();

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        if (!NeedsPragmas(connection, out var handle)) return;
        using var command = connection.CreateCommand();
        command.CommandText = _pragmas;
        command.ExecuteNonQuery();
        PlanWithoutBoundValues(connection);
        Configured(handle);
    }

    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        if (!NeedsPragmas(connection, out var handle)) return;
        await using var command = connection.CreateCommand();
        command.CommandText = _pragmas;
        await command.ExecuteNonQueryAsync(cancellationToken);
        PlanWithoutBoundValues(connection);
        Configured(handle);
    }

    private static void PlanWithoutBoundValues(DbConnection connection)
    {
        if (connection is SqliteConnection { Handle: { } db })
            SqliteException.ThrowExceptionForRC(raw.sqlite3_db_config(db, raw.SQLITE_DBCONFIG_ENABLE_QPSG, 1, out _), db);
    }

    private bool NeedsPragmas(DbConnection connection, out object? handle)
    {
        handle = (connection as SqliteConnection)?.Handle;
        return handle is null || !_configured.TryGetValue(handle, out _);
    }

    private void Configured(object? handle)
    {
        if (handle is not null) _configured.AddOrUpdate(handle, handle);
    }
}
