using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace CccApi.ServiceInterface.Data;

/// <summary>Which database a context uses, for the log: the SQLite file, or the server and database name; never credentials.</summary>
public static class DatabaseDescription
{
    public static string Of(DbContext db) => Of(db.Database);

    public static string Of(DatabaseFacade database)
    {
        var connection = database.GetDbConnection();
        return database.ProviderName switch
        {
            "Microsoft.EntityFrameworkCore.Sqlite" => connection.DataSource is { Length: > 0 } file && file != ":memory:"
                ? $"SQLite database {Path.GetFullPath(file)}"
                : "SQLite database in memory",
            "Npgsql.EntityFrameworkCore.PostgreSQL" => $"PostgreSQL database '{connection.Database}' on {ServerOf(connection)}",
            "Microsoft.EntityFrameworkCore.SqlServer" => $"SQL Server database '{connection.Database}' on {ServerOf(connection)}",
            var other => $"{other} database '{connection.Database}'",
        };
    }

    /// <summary>DbConnection.DataSource names the server alone (Npgsql writes it as tcp://host:port).</summary>
    private static string ServerOf(DbConnection connection) => connection.DataSource.Replace("tcp://", "", StringComparison.Ordinal);
}
