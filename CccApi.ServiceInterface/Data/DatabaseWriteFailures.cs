using Microsoft.Extensions.Logging;

namespace CccApi.ServiceInterface.Data;

/// <summary>
/// Whether the database's storage is refusing writes now (full, read-only, failing), for readiness: the last
/// such failure and when the run of failures began, forgotten at the next successful write. A query such as
/// the probe's SELECT 1 still succeeds on a full disk, so only the writes themselves can tell.
/// </summary>
public sealed class DatabaseWriteFailures(TimeProvider time, ILogger<DatabaseWriteFailures> logger)
{
    private WriteFailure? _current;

    /// <summary>The failures since the last successful write; null while writes succeed.</summary>
    public WriteFailure? Current => Volatile.Read(ref _current);

    public void Failed(DatabaseFailureKind kind)
    {
        var now = time.GetUtcNow();
        while (true)
        {
            var seen = Volatile.Read(ref _current);
            var next = seen is null ? new WriteFailure(kind, now, now, 1) : seen with { Kind = kind, LastAt = now, Count = seen.Count + 1 };
            if (Interlocked.CompareExchange(ref _current, next, seen) == seen) return;
        }
    }

    public void Succeeded()
    {
        if (Volatile.Read(ref _current) is null) return;
        if (Interlocked.Exchange(ref _current, null) is { } ended)
            logger.LogInformation("Database writes succeed again, after {Count} failed since {Since:O} ({Kind}).", ended.Count, ended.Since, ended.Kind);
    }
}

/// <param name="Kind">What the last failure was.</param>
/// <param name="Since">When the first failure of this run happened.</param>
/// <param name="LastAt">When the last one happened.</param>
/// <param name="Count">How many writes failed since the last that succeeded.</param>
public sealed record WriteFailure(DatabaseFailureKind Kind, DateTimeOffset Since, DateTimeOffset LastAt, long Count);
