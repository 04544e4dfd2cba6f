using System.Data.Common;
using Npgsql;

namespace CccApi.ServiceInterface.Data.PostgreSql;

internal static class PostgreSqlConnectionStrings
{
    /// <summary>Npgsql's statements prepared per physical connection when the connection string does not say.</summary>
    public const int DefaultMaxAutoPrepare = 64;

    /// <summary>
    /// Turns on Npgsql's automatic preparation unless the connection string sets <c>Max Auto Prepare</c>
    /// itself: a statement run twice on a connection is prepared there, so the server skips parsing and
    /// planning it and the client skips its description, which halved this process's CPU per GetService
    /// (bench/RESULTS.md).
    /// </summary>
    public static string Resolve(string connectionString)
    {
        var given = new DbConnectionStringBuilder { ConnectionString = connectionString };
        if (given.ContainsKey("Max Auto Prepare") || given.ContainsKey("MaxAutoPrepare")) return connectionString;
        return new NpgsqlConnectionStringBuilder(connectionString) { MaxAutoPrepare = DefaultMaxAutoPrepare }.ConnectionString;
    }
}
