namespace CccApi.ServiceInterface.Configuration;

/// <summary>The values Database:Provider accepts.</summary>
public static class DatabaseProviders
{
    public const string Sqlite = "Sqlite";

    public const string PostgreSql = "PostgreSql";

    public const string SqlServer = "SqlServer";

    public static readonly IReadOnlyList<string> All = [Sqlite, PostgreSql, SqlServer];
}
