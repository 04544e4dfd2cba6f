using System.Net.Sockets;
using Npgsql;

namespace CccApi.ServiceInterface.Data.PostgreSql;

/// <summary>
/// Unavailable: a failure below SQL that Npgsql calls transient (socket, I/O, timeout), or a server error of
/// class 08 (connection exception), 57P01-57P03 (shutting down, starting up) or 53300 (too many connections).
/// Storage full: 53100 (disk_full). Storage failed: 58030 (io_error) and 25006 (read_only_sql_transaction,
/// a server that has become a read-only standby). Constraint, syntax and serialization errors are none of these.
/// </summary>
internal sealed class PostgreSqlFailureClassifier : IDatabaseFailureClassifier
{
    public DatabaseFailureKind Classify(Exception exception) => exception switch
    {
        PostgresException postgres => Classify(postgres.SqlState),
        NpgsqlException { IsTransient: true } or SocketException or TimeoutException => DatabaseFailureKind.Unavailable,
        _ => DatabaseFailureKind.Other,
    };

    public static DatabaseFailureKind Classify(string sqlState) => sqlState switch
    {
        PostgresErrorCodes.DiskFull => DatabaseFailureKind.StorageFull,
        PostgresErrorCodes.IoError or PostgresErrorCodes.ReadOnlySqlTransaction => DatabaseFailureKind.StorageFailed,
        PostgresErrorCodes.AdminShutdown or PostgresErrorCodes.CrashShutdown or PostgresErrorCodes.CannotConnectNow
            or PostgresErrorCodes.TooManyConnections => DatabaseFailureKind.Unavailable,
        _ when sqlState.StartsWith("08", StringComparison.Ordinal) => DatabaseFailureKind.Unavailable,
        _ => DatabaseFailureKind.Other,
    };
}
