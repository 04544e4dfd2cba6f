using CccApi.ServiceInterface.Auth;
using Microsoft.Extensions.Time.Testing;

namespace CccApi.Tests.Auth;

/// <summary>The fixed windows behind sign-in's limits, on a clock the test moves.</summary>
public sealed class WindowedCountsTests
{
    private static readonly TimeSpan Window = TimeSpan.FromMinutes(15);

    [Test]
    public void A_key_gets_its_limit_per_window_and_is_told_when_its_window_ends()
    {
        var clock = new FakeTimeProvider();
        using var counts = new WindowedCounts<string>(2, Window, clock);

        Assert.That(counts.TrySpend("a", out _), Is.True);
        clock.Advance(TimeSpan.FromMinutes(5));
        Assert.That(counts.TrySpend("a", out _), Is.True);
        Assert.That(counts.TrySpend("a", out var retryAfter), Is.False);
        Assert.That(retryAfter, Is.EqualTo(TimeSpan.FromMinutes(10)), "the window opened with the first count");
        Assert.That(counts.TrySpend("b", out _), Is.True, "another key has its own window");

        clock.Advance(TimeSpan.FromMinutes(10) - TimeSpan.FromTicks(1));
        Assert.That(counts.TrySpend("a", out _), Is.False, "the window has not ended yet");
        clock.Advance(TimeSpan.FromTicks(1));
        Assert.That(counts.TrySpend("a", out _), Is.True, "a new window");
    }

    [Test]
    public void Asking_whether_a_count_is_left_spends_none()
    {
        var clock = new FakeTimeProvider();
        using var counts = new WindowedCounts<string>(1, Window, clock);

        Assert.That(counts.HasLeft("a", out _), Is.True);
        Assert.That(counts.HasLeft("a", out _), Is.True);
        Assert.That(counts.TrySpend("a", out _), Is.True);
        Assert.That(counts.HasLeft("a", out var retryAfter), Is.False);
        Assert.That(retryAfter, Is.EqualTo(Window));
    }

    [Test]
    public void Concurrent_counts_are_all_counted()
    {
        using var counts = new WindowedCounts<string>(10_000, Window, new FakeTimeProvider());
        var granted = 0;
        Parallel.For(0, 20_000, attempt =>
        {
            if (counts.TrySpend("busy", out _)) Interlocked.Increment(ref granted);
        });
        Assert.That(granted, Is.EqualTo(10_000));
    }

    [Test]
    public void The_timer_drops_ended_windows_only_and_a_dropped_key_starts_afresh()
    {
        var clock = new FakeTimeProvider();
        using var counts = new WindowedCounts<string>(1, Window, clock);
        counts.TrySpend("idle", out _);
        clock.Advance(Window - TimeSpan.FromMinutes(1));
        counts.TrySpend("recent", out _);

        clock.Advance(TimeSpan.FromMinutes(1)); // the sweeping timer's first tick

        Assert.That(counts.Count, Is.EqualTo(1));
        Assert.That(counts.TrySpend("recent", out _), Is.False, "a window still open keeps its count");
        Assert.That(counts.TrySpend("idle", out _), Is.True);
    }
}
