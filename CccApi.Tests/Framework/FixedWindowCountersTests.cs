using ServiceStackCompat.RateLimiting;

namespace CccApi.Tests.Framework;

/// <summary>The lock-free window counts behind the rate limits: per key, reset each window, idle keys dropped.</summary>
public sealed class FixedWindowCountersTests
{
    private static readonly TimeSpan Window = TimeSpan.FromSeconds(60);

    [Test]
    public void A_key_gets_its_limit_per_window_and_is_told_when_the_next_one_starts()
    {
        var clock = new ManualClock();
        using var counters = new FixedWindowCounters<string>(2, Window, clock);

        Assert.That(counters.TryAcquire("a", out _), Is.True);
        clock.Advance(TimeSpan.FromSeconds(20));
        Assert.That(counters.TryAcquire("a", out _), Is.True);
        Assert.That(counters.TryAcquire("a", out var retryAfter), Is.False);
        Assert.That(retryAfter, Is.EqualTo(TimeSpan.FromSeconds(40)));
        Assert.That(counters.TryAcquire("b", out _), Is.True, "another key has its own count");

        clock.Advance(TimeSpan.FromSeconds(40));
        Assert.That(counters.TryAcquire("a", out _), Is.True, "a new window");
    }

    [Test]
    public void Concurrent_requests_are_all_counted()
    {
        using var counters = new FixedWindowCounters<string>(10_000, Window, new ManualClock());
        var granted = 0;
        Parallel.For(0, 20_000, attempt =>
        {
            if (counters.TryAcquire("busy", out _)) Interlocked.Increment(ref granted);
        });
        Assert.That(granted, Is.EqualTo(10_000));
    }

    [Test]
    public void A_sweep_drops_only_keys_idle_for_the_whole_current_window()
    {
        var clock = new ManualClock();
        using var counters = new FixedWindowCounters<string>(1, Window, clock);
        counters.TryAcquire("idle", out _);
        clock.Advance(Window);
        counters.TryAcquire("active", out _);

        counters.Sweep();

        Assert.That(counters.Count, Is.EqualTo(1));
        Assert.That(counters.TryAcquire("active", out _), Is.False, "the active key keeps its count");
        Assert.That(counters.TryAcquire("idle", out _), Is.True);
    }

    /// <summary>A clock the test moves; its timers never fire (the test sweeps by hand).</summary>
    private sealed class ManualClock : TimeProvider
    {
        private long _timestamp = 1_000_000;

        public override long TimestampFrequency => TimeSpan.TicksPerSecond;

        public override long GetTimestamp() => Interlocked.Read(ref _timestamp);

        public void Advance(TimeSpan by) => Interlocked.Add(ref _timestamp, by.Ticks);

        public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period) => new InertTimer();

        private sealed class InertTimer : ITimer
        {
            public bool Change(TimeSpan dueTime, TimeSpan period) => true;

            public void Dispose() { }

            public ValueTask DisposeAsync() => ValueTask.CompletedTask;
        }
    }
}
