using System.Data;
using Microsoft.Data.SqlClient;

namespace CccApi.ServiceInterface.Data.SqlServer;

/// <summary>A session-owned application lock (sp_getapplock) on a connection of its own, held until disposed.</summary>
internal sealed class SqlServerStartupLock(string connectionString) : IDatabaseStartupLock
{
    private const string Resource = "CccApi.Startup";
    private const int WaitSeconds = 300;

    public async Task<IAsyncDisposable> AcquireAsync(CancellationToken cancellationToken)
    {
        var connection = new SqlConnection(connectionString);
        try
        {
            await connection.OpenAsync(cancellationToken);
            await using var command = Procedure(connection, "sp_getapplock");
            command.Parameters.AddWithValue("@LockMode", "Exclusive");
            command.Parameters.AddWithValue("@LockTimeout", WaitSeconds * 1000);
            var result = command.Parameters.Add(new SqlParameter("@Result", SqlDbType.Int) { Direction = ParameterDirection.ReturnValue });
            await command.ExecuteNonQueryAsync(cancellationToken);
            if (result.Value is not int code || code < 0)
                throw new InvalidOperationException($"Could not take the start-up lock (sp_getapplock returned {result.Value}).");
            return new Handle(connection);
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    private static SqlCommand Procedure(SqlConnection connection, string name)
    {
        var command = new SqlCommand(name, connection) { CommandType = CommandType.StoredProcedure, CommandTimeout = WaitSeconds + 30 };
        command.Parameters.AddWithValue("@Resource", Resource);
        command.Parameters.AddWithValue("@LockOwner", "Session");
        return command;
    }

    private sealed class Handle(SqlConnection connection) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync()
        {
            try
            {
                await using var command = Procedure(connection, "sp_releaseapplock");
                await command.ExecuteNonQueryAsync(CancellationToken.None);
            }
            finally
            {
                await connection.DisposeAsync();
            }
        }
    }
}
