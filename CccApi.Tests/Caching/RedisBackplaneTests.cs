using CccApi.ServiceInterface.Caching;
using CccApi.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using ZiggyCreatures.Caching.Fusion;

namespace CccApi.Tests.Caching;

/// <summary>
/// Two hosts on one Redis channel: a change to the shared cache on one (Set, Remove, RemoveByTag, Clear)
/// evicts the other's memory entry within a second. Each host has a database of its own: only the caches
/// are shared here (the two hosts on one PostgreSQL database are in <see cref="TwoHostCredentialTests"/>).
/// </summary>
[Parallelizable(ParallelScope.Self)] // hosts of its own
public sealed class RedisBackplaneTests
{
    private static readonly TimeSpan Limit = TimeSpan.FromSeconds(5);

    private TestHost _first = null!;
    private TestHost _second = null!;

    private IFusionCache OnFirst => _first.Services.GetRequiredService<IFusionCache>();

    private IFusionCache OnSecond => _second.Services.GetRequiredService<IFusionCache>();

    [OneTimeSetUp]
    public async Task StartTwoHosts()
    {
        var redis = RedisOnly.Require();
        var channel = RedisOnly.NewChannel();
        _first = new TestHost(new TestHostOptions { Settings = RedisOnly.Settings(redis, channel) });
        _second = new TestHost(new TestHostOptions { Settings = RedisOnly.Settings(redis, channel) });
        await CacheWait.UntilConnectedAsync(OnFirst, OnSecond);
        // The first Clear and RemoveByTag a host hears take 0.7 to 1.7 s on this 2-core machine (the
        // tag-timestamp paths run for the first time on both hosts); the promise of a second is for a running host.
        var warm = NewKey();
        OnSecond.Set(warm, "warm", OnSecond.FillOptions(), ["urn:Test:warm"]);
        await OnFirst.RemoveByTagAsync("urn:Test:warm");
        await OnFirst.ClearAsync(allowFailSafe: false);
        Assert.That(await CacheWait.UntilAsync(() => !OnSecond.TryGet<string>(warm).HasValue, Limit), Is.Not.Null, "the warm-up was heard");
    }

    [OneTimeTearDown]
    public async Task StopHosts()
    {
        if (_first is not null) await _first.DisposeAsync();
        if (_second is not null) await _second.DisposeAsync();
    }

    [Test]
    public async Task With_Redis_a_Set_on_one_host_evicts_the_other_hosts_entry_within_a_second()
    {
        var key = NewKey();
        OnSecond.Set(key, "old", OnSecond.FillOptions());

        await OnFirst.SetAsync(key, "new");

        AssertWithinASecond(await CacheWait.UntilAsync(() => OnSecond.TryGet<string>(key).GetValueOrDefault("gone") != "old", Limit));
    }

    [Test]
    public async Task With_Redis_a_Remove_on_one_host_evicts_the_other_hosts_entry_within_a_second()
    {
        var key = NewKey();
        OnSecond.Set(key, "cached", OnSecond.FillOptions());

        await OnFirst.RemoveAsync(key);

        AssertWithinASecond(await CacheWait.UntilAsync(() => !OnSecond.TryGet<string>(key).HasValue, Limit));
    }

    [Test]
    public async Task With_Redis_a_RemoveByTag_on_one_host_evicts_the_other_hosts_tagged_entries_within_a_second()
    {
        var tag = "urn:Test:" + Guid.NewGuid().ToString("N");
        var (tagged, other) = (NewKey(), NewKey());
        OnSecond.Set(tagged, "tagged", OnSecond.FillOptions(), [tag]);
        OnSecond.Set(other, "untagged", OnSecond.FillOptions());
        Assert.That(OnSecond.TryGet<string>(tagged).HasValue, Is.True, "the tagged entry is cached before the removal");

        await OnFirst.RemoveByTagAsync(tag);

        AssertWithinASecond(await CacheWait.UntilAsync(() => !OnSecond.TryGet<string>(tagged).HasValue, Limit));
        Assert.That(OnSecond.TryGet<string>(other).GetValueOrDefault(""), Is.EqualTo("untagged"), "an entry without the tag stays");
    }

    [Test]
    public async Task With_Redis_a_Clear_on_one_host_evicts_the_other_hosts_entries_within_a_second()
    {
        var key = NewKey();
        OnSecond.Set(key, "cached", OnSecond.FillOptions());

        await OnFirst.ClearAsync(allowFailSafe: false);

        AssertWithinASecond(await CacheWait.UntilAsync(() => !OnSecond.TryGet<string>(key).HasValue, Limit));
    }

    [Test]
    public async Task With_Redis_a_fill_on_one_host_leaves_the_other_hosts_entry_alone()
    {
        var key = NewKey();
        OnSecond.Set(key, "cached on the second", OnSecond.FillOptions());
        OnFirst.Set(key, "read by the first", OnFirst.FillOptions());
        // A removal sent after the fill arrives after it too: once it is heard, the fill would have been.
        var marker = NewKey();
        OnSecond.Set(marker, "marker", OnSecond.FillOptions());
        await OnFirst.RemoveAsync(marker);
        Assert.That(await CacheWait.UntilAsync(() => !OnSecond.TryGet<string>(marker).HasValue, Limit), Is.Not.Null, "the marker's removal was heard");

        Assert.That(OnSecond.TryGet<string>(key).GetValueOrDefault(""), Is.EqualTo("cached on the second"));
    }

    private static string NewKey() => "urn:Test:" + Guid.NewGuid().ToString("N");

    private static void AssertWithinASecond(TimeSpan? took)
    {
        Assert.That(took, Is.Not.Null, $"the other host still had the entry after {Limit.TotalSeconds} seconds");
        TestContext.Out.WriteLine($"evicted on the other host after {took!.Value.TotalMilliseconds:0} ms");
        Assert.That(took.Value, Is.LessThan(TimeSpan.FromSeconds(1)));
    }
}
