using Npgsql;

namespace CccApi.Tests.Infrastructure;

/// <summary>Creates and drops uniquely named databases on a PostgreSQL server, one per <see cref="TestDatabase"/>.</summary>
public sealed class PostgreSqlTestServer(string serverConnectionString)
{
    private const string NamePrefix = "cccapi_test_";

    /// <returns>The connection string of a new, empty database.</returns>
    public string CreateDatabase()
    {
        var name = NamePrefix + Guid.NewGuid().ToString("N");
        Execute($"CREATE DATABASE \"{name}\"");
        return new NpgsqlConnectionStringBuilder(serverConnectionString) { Database = name }.ConnectionString;
    }

    public void DropDatabase(string connectionString)
    {
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        if (builder.Database is not { } name || !name.StartsWith(NamePrefix, StringComparison.Ordinal))
            throw new ArgumentException("Only databases this server created are dropped.", nameof(connectionString));
        using (var pooled = new NpgsqlConnection(connectionString))
            NpgsqlConnection.ClearPool(pooled);
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                Execute($"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)");
                return;
            }
            catch (PostgresException) when (attempt < 5)
            {
                // A session the role may not end (autovacuum on a database just written) goes away by itself.
                Thread.Sleep(200 * attempt);
            }
        }
    }

    private void Execute(string sql)
    {
        var maintenance = new NpgsqlConnectionStringBuilder(serverConnectionString) { Database = "postgres", Pooling = false };
        using var connection = new NpgsqlConnection(maintenance.ConnectionString);
        connection.Open();
        using var command = new NpgsqlCommand(sql, connection);
        command.ExecuteNonQuery();
    }
}
