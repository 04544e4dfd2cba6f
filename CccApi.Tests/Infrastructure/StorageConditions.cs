using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace CccApi.Tests.Infrastructure;

/// <summary>What <see cref="StorageConditions"/> makes the database's storage do.</summary>
public enum SimulatedStorage
{
    Normal,

    /// <summary>SQLite only: no page beyond the file's current size, so a write that needs a new page fails with SQLITE_FULL, as on a full disk.</summary>
    Full,

    /// <summary>Every write fails, as on a file system remounted read-only: SQLITE_READONLY, or PostgreSQL's 25006 (read_only_sql_transaction).</summary>
    ReadOnly,
}

/// <summary>
/// Test-only: a full or read-only storage without filling a disk. These are per-connection settings (SQLite's
/// <c>max_page_count</c>, which it never lowers below the file's size, and <c>query_only</c>; PostgreSQL's
/// <c>default_transaction_read_only</c>) and connections are pooled, so every connection gets the current
/// condition as EF opens it.
/// </summary>
public sealed class StorageConditions : DbConnectionInterceptor
{
    /// <summary>SQLite's default maximum, so a connection set <see cref="SimulatedStorage.Full"/> before grows again.</summary>
    private const long DefaultMaxPageCount = 1073741823;

    private volatile SimulatedStorage _condition;

    public SimulatedStorage Condition
    {
        get => _condition;
        set => _condition = value;
    }

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        using var command = Settings(connection);
        command.ExecuteNonQuery();
    }

    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        await using var command = Settings(connection);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private DbCommand Settings(DbConnection connection)
    {
        var condition = Condition;
        var command = connection.CreateCommand();
        if (connection is SqliteConnection)
        {
            command.CommandText = $"PRAGMA max_page_count = {(condition == SimulatedStorage.Full ? 1 : DefaultMaxPageCount)}; "
                + $"PRAGMA query_only = {(condition == SimulatedStorage.ReadOnly ? 1 : 0)};";
        }
        else
        {
            if (condition == SimulatedStorage.Full) throw new NotSupportedException("A full storage is simulated on SQLite only.");
            command.CommandText = $"SET default_transaction_read_only = {(condition == SimulatedStorage.ReadOnly ? "on" : "off")};";
        }
        return command;
    }
}
