using System.Diagnostics;
using System.Net;
using CccApi.Tests.Infrastructure;
using Npgsql;

namespace CccApi.Tests.Database;

/// <summary>
/// The local PostgreSQL cluster is stopped under a running host and started again: operations answer
/// 503 with a responseStatus, quickly, and work again without restarting the host.
/// </summary>
[Category(PostgreSqlOnly.Category)]
[NonParallelizable] // it stops the database server
public sealed class OutageTests
{
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(20);

    [Test]
    public async Task While_the_database_is_down_operations_answer_503_and_recover_when_it_returns()
    {
        var cluster = PostgreSqlOnly.RequireCluster();
        await using var host = new TestHost();
        using var client = host.CreateClient();
        Assert.That((await client.PostAsync("/api/partners", new { name = Scenario.Unique("Before ") })).Status, Is.EqualTo(HttpStatusCode.OK));

        try
        {
            await ClusterAsync(cluster, "stop");

            var watch = Stopwatch.StartNew();
            var down = await client.PostAsync("/api/partners", new { name = Scenario.Unique("During ") });
            Assert.That(watch.Elapsed, Is.LessThan(Bound), "an outage is answered within a bounded time, not a hang");
            ApiAssert.IsError(down, HttpStatusCode.ServiceUnavailable, "ServiceUnavailable");
            Assert.That(down.ResponseStatus?["message"]?.GetValue<string>(), Is.EqualTo("The database is unavailable. Try again shortly."));
            Assert.That((await client.GetAsync("/api/sites")).Status, Is.EqualTo(HttpStatusCode.ServiceUnavailable));

            var ready = await client.GetAsync("/api/health/ready");
            Assert.That(ready.Status, Is.EqualTo(HttpStatusCode.ServiceUnavailable), ready.ToString());
            Assert.That(ready.Json["checks"]!["database"]!["status"]!.GetValue<string>(), Is.EqualTo("Unhealthy"));
            Assert.That((await client.GetAsync("/api/health/live")).Status, Is.EqualTo(HttpStatusCode.OK));
        }
        finally
        {
            await ClusterAsync(cluster, "start");
        }

        var recovered = await EventuallyAsync(() => client.PostAsync("/api/partners", new { name = Scenario.Unique("After ") }));
        Assert.That(recovered.Status, Is.EqualTo(HttpStatusCode.OK), recovered.ToString());
        Assert.That((await client.GetAsync("/api/health/ready")).Status, Is.EqualTo(HttpStatusCode.OK));
    }

    /// <summary>Other hosts of this run (the shared one) hold pooled connections the restart broke; they get fresh ones.</summary>
    [TearDown]
    public void ForgetBrokenConnections()
    {
        if (TestDatabaseTarget.IsPostgreSql) NpgsqlConnection.ClearAllPools();
    }

    private static async Task<ApiResult> EventuallyAsync(Func<Task<ApiResult>> call)
    {
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (true)
        {
            var result = await call();
            if (result.Status != HttpStatusCode.ServiceUnavailable || DateTime.UtcNow > deadline) return result;
            await Task.Delay(250);
        }
    }

    private static async Task ClusterAsync((string Version, string Name) cluster, string action)
    {
        var command = $"pg_ctlcluster {cluster.Version} {cluster.Name} {action}" + (action == "stop" ? " -m fast" : "");
        var (exitCode, output, error) = await ExternalTool.RunAsync("su", ["postgres", "-c", command], AppContext.BaseDirectory, TimeSpan.FromSeconds(60));
        Assert.That(exitCode, Is.Zero, $"{command}: {output}{error}");
    }
}
