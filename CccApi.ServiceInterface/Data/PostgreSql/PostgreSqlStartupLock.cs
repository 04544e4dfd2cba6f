using Npgsql;

namespace CccApi.ServiceInterface.Data.PostgreSql;

/// <summary>A session-level advisory lock on a connection of its own, held until disposed.</summary>
internal sealed class PostgreSqlStartupLock(string connectionString) : IDatabaseStartupLock
{
    /// <summary>An arbitrary 64-bit key that every CccApi host uses for this lock ("CCCAPI" in ASCII).</summary>
    private const long LockKey = 0x0000_4343_4341_5049;

    private const int WaitSeconds = 300;

    public async Task<IAsyncDisposable> AcquireAsync(CancellationToken cancellationToken)
    {
        var connection = new NpgsqlConnection(connectionString);
        try
        {
            await connection.OpenAsync(cancellationToken);
            await ExecuteAsync(connection, "SELECT pg_advisory_lock(@key)", cancellationToken);
            return new Handle(connection);
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    private static async Task ExecuteAsync(NpgsqlConnection connection, string sql, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(sql, connection) { CommandTimeout = WaitSeconds };
        command.Parameters.AddWithValue("key", LockKey);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private sealed class Handle(NpgsqlConnection connection) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync()
        {
            try
            {
                await ExecuteAsync(connection, "SELECT pg_advisory_unlock(@key)", CancellationToken.None);
            }
            finally
            {
                // Closing the session releases the lock in any case.
                await connection.DisposeAsync();
            }
        }
    }
}
