using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace CccApi.Tests.Infrastructure;

/// <summary>What <see cref="SqliteStorageConditions"/> makes the SQLite database's storage do.</summary>
public enum SqliteStorage
{
    Normal,

    /// <summary>No page beyond the file's current size: a write that needs a new page fails with SQLITE_FULL, as on a full disk.</summary>
    Full,

    /// <summary>Every write fails with SQLITE_READONLY, as on a file system remounted read-only.</summary>
    ReadOnly,
}

/// <summary>
/// Test-only: a full or read-only SQLite storage without filling a disk. Both are per-connection settings
/// (<c>max_page_count</c>, which SQLite never lowers below the file's size, and <c>query_only</c>) and the
/// native connections are pooled, so every connection gets the current condition as EF opens it.
/// </summary>
public sealed class SqliteStorageConditions : DbConnectionInterceptor
{
    /// <summary>SQLite's default maximum, so a connection set <see cref="SqliteStorage.Full"/> before grows again.</summary>
    private const long DefaultMaxPageCount = 1073741823;

    private volatile SqliteStorage _condition;

    public SqliteStorage Condition
    {
        get => _condition;
        set => _condition = value;
    }

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        using var command = Pragmas(connection);
        command.ExecuteNonQuery();
    }

    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        await using var command = Pragmas(connection);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private DbCommand Pragmas(DbConnection connection)
    {
        var condition = Condition;
        var command = connection.CreateCommand();
        command.CommandText = $"PRAGMA max_page_count = {(condition == SqliteStorage.Full ? 1 : DefaultMaxPageCount)}; "
            + $"PRAGMA query_only = {(condition == SqliteStorage.ReadOnly ? 1 : 0)};";
        return command;
    }
}
