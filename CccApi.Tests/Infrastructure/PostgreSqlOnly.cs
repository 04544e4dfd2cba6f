namespace CccApi.Tests.Infrastructure;

/// <summary>
/// For tests of category "PostgreSql" (concurrency, outages): they need the run to target PostgreSQL.
/// Elsewhere they are skipped, except under CI=true, where a skip is a failure.
/// </summary>
public static class PostgreSqlOnly
{
    public const string Category = "PostgreSql";

    /// <summary>"VERSION CLUSTER" of the local cluster the outage tests stop and start (exported by .ci/postgres).</summary>
    public const string ClusterVariable = "CCCAPI_TEST_POSTGRES_CLUSTER";

    public static void Require()
    {
        if (TestDatabaseTarget.IsPostgreSql) return;
        Skip($"This test needs {TestDatabaseTarget.ProviderVariable}=PostgreSql and {TestDatabaseTarget.PostgreSqlVariable} (see .ci/postgres).");
    }

    /// <summary>The local cluster's version and name, for tests that stop and start it.</summary>
    public static (string Version, string Name) RequireCluster()
    {
        Require();
        var parts = (Environment.GetEnvironmentVariable(ClusterVariable) ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length != 2)
            Skip($"This test stops and starts the local cluster named by {ClusterVariable} (\"15 main\"; see .ci/postgres).");
        return (parts[0], parts[1]);
    }

    private static void Skip(string message)
    {
        if (ExternalTool.IsCi) Assert.Fail(message + " Under CI=true a skip is a failure.");
        Assert.Ignore(message);
    }
}
