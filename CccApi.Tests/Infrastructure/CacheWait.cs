using System.Diagnostics;
using ZiggyCreatures.Caching.Fusion;

namespace CccApi.Tests.Infrastructure;

/// <summary>Waiting for one host's cache to hear of a change made on another (through the backplane).</summary>
public static class CacheWait
{
    /// <returns>How long it took until <paramref name="condition"/> held, or null if it did not within <paramref name="limit"/>.</returns>
    public static async Task<TimeSpan?> UntilAsync(Func<bool> condition, TimeSpan limit)
    {
        var watch = Stopwatch.StartNew();
        while (watch.Elapsed < limit)
        {
            if (condition()) return watch.Elapsed;
            await Task.Delay(10);
        }
        return condition() ? watch.Elapsed : null;
    }

    /// <summary>
    /// Until <paramref name="listener"/> hears a removal made on <paramref name="speaker"/>: the backplane
    /// subscribes in the background after the cache is built, so a test's first change could otherwise be
    /// announced before anyone listens.
    /// </summary>
    public static async Task UntilConnectedAsync(IFusionCache speaker, IFusionCache listener)
    {
        var deadline = DateTime.UtcNow.AddSeconds(15);
        while (DateTime.UtcNow < deadline)
        {
            var probe = "probe:" + Guid.NewGuid().ToString("N");
            listener.Set(probe, 1, options => options.SetSkipBackplaneNotifications(true));
            await speaker.RemoveAsync(probe);
            if (await UntilAsync(() => !listener.TryGet<int>(probe).HasValue, TimeSpan.FromMilliseconds(500)) is not null) return;
        }
        Assert.Fail("The two hosts' caches did not hear each other through Redis within 15 seconds.");
    }
}
