using CccApi.Tests.Infrastructure;

namespace CccApi.Tests.Hosting;

/// <summary>
/// The host as shipped (its appsettings.json, in a child process) writes nothing per successful request: a log line
/// per call would cost every request its formatting and console write, and flood the logs. FusionCache traces each
/// cache read at Information, so the shipped configuration lowers it to warnings.
/// </summary>
[Parallelizable(ParallelScope.Self)] // a child process on a database of its own
public sealed class RequestLogVolumeTests
{
    [Test]
    public async Task Authenticated_requests_served_from_the_credential_cache_write_no_log_lines()
    {
        using var database = TestDatabase.CreateDefault();
        await using var host = ChildHost.Start(database);
        await host.WaitUntilReadyAsync(TimeSpan.FromSeconds(90));
        using var client = host.CreateClient();
        ApiAssert.IsOk(await client.GetAsync("/api/sites")); // the key's first use fills the credential cache
        await Task.Delay(500);
        var before = host.Output;

        for (var i = 0; i < 20; i++)
            ApiAssert.IsOk(await client.GetAsync("/api/sites"));
        await Task.Delay(500);

        var written = host.Output[before.Length..];
        Assert.That(written, Is.Empty, "20 requests logged:\n" + written[..Math.Min(written.Length, 2000)]);
    }
}
