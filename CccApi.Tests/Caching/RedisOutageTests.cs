using System.Diagnostics;
using System.Net;
using CccApi.ServiceInterface.Caching;
using CccApi.ServiceInterface.Data.Entities;
using CccApi.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using ZiggyCreatures.Caching.Fusion;

namespace CccApi.Tests.Caching;

/// <summary>Redis is optional at every moment: unreachable at start or stopped later, hosts serve (alone) and log it.</summary>
[Parallelizable(ParallelScope.Self)] // hosts and a Redis of its own
public sealed class RedisOutageTests
{
    [Test]
    public async Task Redis_unreachable_at_start_the_host_serves_requests_revokes_keys_and_logs_it()
    {
        await using var host = new TestHost(new TestHostOptions { Settings = RedisOnly.Settings(RedisOnly.ClosedAddress(), RedisOnly.NewChannel()) });
        using var client = host.CreateClient();
        var (userGuid, key) = await host.CreateAdminAsync(AdminUserType.Reseller, Guid.NewGuid());
        using var holder = host.CreateClient(key);

        var watch = Stopwatch.StartNew();
        for (var i = 0; i < 10; i++) ApiAssert.IsOk(await client.GetAsync("/api/sites"));
        ApiAssert.IsOk(await holder.GetAsync("/api/apikeys"));
        ApiAssert.IsOk(await client.PutAsync($"/api/adminusers/{userGuid:N}", new { status = "Disabled" }));
        ApiAssert.IsError(await holder.GetAsync("/api/apikeys"), HttpStatusCode.Unauthorized, "Unauthorized");

        Assert.That(watch.Elapsed, Is.LessThan(TimeSpan.FromSeconds(10)), "requests do not wait for Redis");
        // The backplane connects in the background, so the warning may come after the first requests.
        Assert.That(await CacheWait.UntilAsync(() => host.Logs.AllText.Contains("The cache backplane could not reach Redis"), TimeSpan.FromSeconds(15)),
            Is.Not.Null, "the unreachable Redis is logged");
    }

    [Test]
    public async Task With_Redis_stopped_and_started_again_hosts_serve_meanwhile_and_then_hear_each_other_again()
    {
        using var redis = await PrivateRedis.StartAsync();
        var channel = RedisOnly.NewChannel();
        await using var first = new TestHost(new TestHostOptions { Settings = RedisOnly.Settings(redis.Address, channel) });
        await using var second = new TestHost(new TestHostOptions { Settings = RedisOnly.Settings(redis.Address, channel) });
        var onFirst = first.Services.GetRequiredService<IFusionCache>();
        var onSecond = second.Services.GetRequiredService<IFusionCache>();
        await CacheWait.UntilConnectedAsync(onFirst, onSecond);

        redis.Stop();
        using var client = first.CreateClient();
        ApiAssert.IsOk(await client.GetAsync("/api/sites"));
        var key = "urn:Test:" + Guid.NewGuid().ToString("N");
        onSecond.Set(key, "cached", onSecond.FillOptions());
        await onFirst.RemoveAsync(key); // not heard now: Redis is down
        ApiAssert.IsOk(await client.GetAsync("/api/sites"));
        Assert.That(await CacheWait.UntilAsync(() => first.Logs.AllText.Contains("The cache backplane lost Redis"), TimeSpan.FromSeconds(15)),
            Is.Not.Null, "losing Redis is logged");

        await redis.StartAgainAsync();
        await CacheWait.UntilConnectedAsync(onFirst, onSecond);
        Assert.That(await CacheWait.UntilAsync(() => first.Logs.AllText.Contains("The cache backplane reached Redis at"), TimeSpan.FromSeconds(15)),
            Is.Not.Null, "regaining Redis is logged");
        // Not asserted: auto-recovery usually resends the removal made during the outage, but not always (one
        // full run in five missed it); the entry's own lifetime is what bounds it (see README, "Caches and Redis").
        var took = await CacheWait.UntilAsync(() => !onSecond.TryGet<string>(key).HasValue, TimeSpan.FromSeconds(5));
        TestContext.Out.WriteLine(took is null
            ? "the removal made while Redis was down was not heard within 5 s of reconnecting"
            : $"the removal made while Redis was down was heard {took.Value.TotalMilliseconds:0} ms after reconnecting");
    }
}
