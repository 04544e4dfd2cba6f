using System.Collections.Concurrent;
using System.Diagnostics.Tracing;

namespace CccApi.Bench.Diagnostics;

/// <summary>
/// Bench-only: listens to the runtime's allocation-tick events (one per ~100 KB allocated, naming the
/// type whose allocation crossed the mark) and sums them by type, so a profile of what a scenario
/// allocates can be read from /__bench/allocations without an external profiler.
/// </summary>
internal sealed class AllocationSampler : EventListener
{
    private const EventKeywords GcKeyword = (EventKeywords)0x1;
    private readonly ConcurrentDictionary<string, long> _bytesByType = new();

    public IReadOnlyDictionary<string, long> Snapshot() => _bytesByType.ToDictionary();

    public void Reset() => _bytesByType.Clear();

    protected override void OnEventSourceCreated(EventSource source)
    {
        if (source.Name == "Microsoft-Windows-DotNETRuntime")
            EnableEvents(source, EventLevel.Verbose, GcKeyword);
    }

    protected override void OnEventWritten(EventWrittenEventArgs data)
    {
        if (data.EventName is null || !data.EventName.StartsWith("GCAllocationTick", StringComparison.Ordinal) || data.Payload is null) return;
        var typeName = data.PayloadNames!.IndexOf("TypeName") is var t and >= 0 ? data.Payload[t] as string ?? "?" : "?";
        var amount = data.PayloadNames.IndexOf("AllocationAmount64") is var a and >= 0 ? Convert.ToInt64(data.Payload[a]) : 100_000;
        _bytesByType.AddOrUpdate(typeName, amount, (_, sum) => sum + amount);
    }
}
