using System.Collections.Concurrent;

namespace CccApi.ServiceInterface.Auth;

/// <summary>
/// Counts per key in fixed windows read from a <see cref="TimeProvider"/>: a key's window opens with its
/// first count and lasts <c>window</c>. System.Threading.RateLimiting's limiters read the Stopwatch and
/// take no TimeProvider, so a test of their windows could only wait one out. Windows that have ended are
/// dropped by a timer of the same TimeProvider.
/// </summary>
public sealed class WindowedCounts<TKey> : IDisposable where TKey : notnull
{
    private readonly ConcurrentDictionary<TKey, Window> _windows = new();
    private readonly int _limit;
    private readonly TimeSpan _length;
    private readonly TimeProvider _time;
    private readonly ITimer _sweeper;

    public WindowedCounts(int limit, TimeSpan window, TimeProvider time)
    {
        _limit = Math.Max(1, limit);
        _length = window > TimeSpan.Zero ? window : TimeSpan.FromSeconds(1);
        _time = time;
        _sweeper = time.CreateTimer(static state => ((WindowedCounts<TKey>)state!).Sweep(), this, _length, _length);
    }

    /// <summary>How many keys have a window that has not been swept yet.</summary>
    public int Count => _windows.Count;

    /// <summary>Whether <paramref name="key"/> has a count left in its window, spending none; if not, how long until the window ends.</summary>
    public bool HasLeft(TKey key, out TimeSpan retryAfter) => Take(key, 0, out retryAfter);

    /// <summary>Spends one of <paramref name="key"/>'s counts; false (and how long until its window ends) when none is left.</summary>
    public bool TrySpend(TKey key, out TimeSpan retryAfter) => Take(key, 1, out retryAfter);

    /// <summary>Drops the windows that have ended.</summary>
    public void Sweep()
    {
        var now = _time.GetTimestamp();
        foreach (var (key, window) in _windows)
        {
            lock (window)
            {
                if (!window.HasEnded(now, _time, _length)) continue;
                // Marked under the lock, so a caller holding this window takes a fresh one instead of counting in a dropped one.
                window.Dropped = true;
                _windows.TryRemove(KeyValuePair.Create(key, window));
            }
        }
    }

    public void Dispose() => _sweeper.Dispose();

    private bool Take(TKey key, int count, out TimeSpan retryAfter)
    {
        while (true)
        {
            var now = _time.GetTimestamp();
            var window = _windows.GetOrAdd(key, static (_, opened) => new Window(opened), now);
            lock (window)
            {
                if (window.Dropped) continue;
                if (window.HasEnded(now, _time, _length))
                {
                    window.Opened = now;
                    window.Used = 0;
                }
                if (window.Used + Math.Max(count, 1) > _limit)
                {
                    retryAfter = _length - _time.GetElapsedTime(window.Opened, now);
                    return false;
                }
                window.Used += count;
                retryAfter = TimeSpan.Zero;
                return true;
            }
        }
    }

    private sealed class Window(long opened)
    {
        public long Opened = opened;
        public int Used;
        public bool Dropped;

        public bool HasEnded(long now, TimeProvider time, TimeSpan length) => time.GetElapsedTime(Opened, now) >= length;
    }
}
