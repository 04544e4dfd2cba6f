namespace CccApi.Tests.Infrastructure;

/// <summary>
/// Which database the run targets, from the environment: CCCAPI_TEST_DATABASE=PostgreSql with
/// CCCAPI_TEST_POSTGRES set to a server connection string ("Host=127.0.0.1;Username=...;Password=...")
/// runs every test on PostgreSQL; otherwise (or with Sqlite) on SQLite.
/// </summary>
public static class TestDatabaseTarget
{
    public const string ProviderVariable = "CCCAPI_TEST_DATABASE";
    public const string PostgreSqlVariable = "CCCAPI_TEST_POSTGRES";

    private static readonly Lazy<PostgreSqlTestServer> Server = new(() => new PostgreSqlTestServer(
        Environment.GetEnvironmentVariable(PostgreSqlVariable) is { Length: > 0 } connectionString
            ? connectionString
            : throw new InvalidOperationException($"{ProviderVariable}=PostgreSql needs {PostgreSqlVariable}, a server connection string.")));

    public static bool IsPostgreSql => string.Equals(
        Environment.GetEnvironmentVariable(ProviderVariable), "PostgreSql", StringComparison.OrdinalIgnoreCase);

    public static PostgreSqlTestServer PostgreSqlServer => Server.Value;
}
