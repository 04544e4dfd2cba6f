using System.Collections.Concurrent;

namespace ServiceStackCompat.RateLimiting;

/// <summary>
/// Fixed-window request counts per key (a client address, a caller), kept lock-free: every request
/// of a busy host passes here, and ASP.NET Core's partitioned limiter takes a global lock and a
/// per-partition lock on each acquire, which the profile showed requests queueing on. Windows are
/// counted on the monotonic clock from the start; a counter left idle for a whole window is dropped by a timer.
/// </summary>
public sealed class FixedWindowCounters<TKey> : IDisposable where TKey : notnull
{
    private readonly ConcurrentDictionary<TKey, Counter> _counters = new();
    private readonly int _permitLimit;
    private readonly long _windowTimestampTicks;
    private readonly TimeProvider _time;
    private readonly long _origin;
    private readonly ITimer _sweeper;

    public FixedWindowCounters(int permitLimit, TimeSpan window, TimeProvider time)
    {
        _permitLimit = Math.Max(1, permitLimit);
        _windowTimestampTicks = Math.Max(1, (long)(window.TotalSeconds * time.TimestampFrequency));
        _time = time;
        _origin = time.GetTimestamp();
        _sweeper = time.CreateTimer(static state => ((FixedWindowCounters<TKey>)state!).Sweep(), this, window, window);
    }

    public int Count => _counters.Count;

    /// <summary>Counts one request for <paramref name="key"/>; false (and how long until the next window) when its window is full.</summary>
    public bool TryAcquire(TKey key, out TimeSpan retryAfter)
    {
        var now = _time.GetTimestamp() - _origin;
        var window = now / _windowTimestampTicks;
        var counter = _counters.GetOrAdd(key, static _ => new Counter());
        while (true)
        {
            var state = Volatile.Read(ref counter.State);
            var (stateWindow, count) = Unpack(state);
            long next;
            if (stateWindow < window)
                next = Pack(window, 1);
            else if (count >= _permitLimit)
            {
                retryAfter = TimeSpan.FromSeconds((double)((stateWindow + 1) * _windowTimestampTicks - now) / _time.TimestampFrequency);
                return false;
            }
            else
                next = state + 1;

            if (Interlocked.CompareExchange(ref counter.State, next, state) == state)
            {
                retryAfter = TimeSpan.Zero;
                return true;
            }
        }
    }

    /// <summary>
    /// Drops the counters not used in the current window. A request racing with the drop may go
    /// uncounted: one permit, once, for a key that was idle.
    /// </summary>
    public void Sweep()
    {
        var window = (_time.GetTimestamp() - _origin) / _windowTimestampTicks;
        foreach (var entry in _counters)
        {
            if (Unpack(Volatile.Read(ref entry.Value.State)).Window < window)
                _counters.TryRemove(entry);
        }
    }

    public void Dispose() => _sweeper.Dispose();

    // The window number since the start (32 bits: at one window a second, 136 years) and the count, in one word for compare-and-swap.
    private static long Pack(long window, int count) => ((long)(uint)window << 32) | (uint)count;

    private static (long Window, int Count) Unpack(long state) => ((long)((ulong)state >> 32), (int)(uint)state);

    private sealed class Counter
    {
        public long State;
    }
}
