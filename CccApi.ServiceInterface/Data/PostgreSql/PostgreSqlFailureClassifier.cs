using System.Net.Sockets;
using Npgsql;

namespace CccApi.ServiceInterface.Data.PostgreSql;

/// <summary>
/// Unreachable: a failure below SQL that Npgsql calls transient (socket, I/O, timeout), or a server error of class 08 (connection exception), 57P01-57P03 (shutting down, starting
/// up) or 53300 (too many connections). Constraint, syntax and serialization errors are not.
/// </summary>
internal sealed class PostgreSqlFailureClassifier : IDatabaseFailureClassifier
{
    public bool IsUnavailable(Exception exception) => exception switch
    {
        PostgresException postgres => postgres.SqlState.StartsWith("08", StringComparison.Ordinal)
            || postgres.SqlState is PostgresErrorCodes.AdminShutdown or PostgresErrorCodes.CrashShutdown
                or PostgresErrorCodes.CannotConnectNow or PostgresErrorCodes.TooManyConnections,
        NpgsqlException npgsql => npgsql.IsTransient,
        SocketException or TimeoutException => true,
        _ => false,
    };
}
