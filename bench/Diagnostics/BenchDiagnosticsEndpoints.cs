using System.Collections.Concurrent;

namespace CccApi.Bench.Diagnostics;

/// <summary>
/// A bench-only endpoint, mapped only when CCCAPI_BENCH_DIAGNOSTICS=1: GET /__bench/gc returns the
/// process's total allocated bytes (precise), collection counts and the number of first-chance
/// exceptions thrown since start, the thread pool's size and the lock contentions so far, so that bench/run.sh can compute bytes allocated and exceptions per
/// request. Never mapped in a normal deployment.
/// </summary>
public static class BenchDiagnosticsEndpoints
{
    public const string EnvironmentVariable = "CCCAPI_BENCH_DIAGNOSTICS";
    public const string Path = "/__bench/gc";

    private static long _firstChanceExceptions;
    private static readonly ConcurrentDictionary<string, long> ExceptionTypes = new();

    public static bool Enabled => Environment.GetEnvironmentVariable(EnvironmentVariable) == "1";

    public static IEndpointRouteBuilder MapBenchDiagnosticsIfEnabled(this IEndpointRouteBuilder endpoints)
    {
        if (!Enabled) return endpoints;
        AppDomain.CurrentDomain.FirstChanceException += (_, args) =>
        {
            Interlocked.Increment(ref _firstChanceExceptions);
            ExceptionTypes.AddOrUpdate(args.Exception.GetType().FullName ?? "?", 1, (_, count) => count + 1);
        };
        endpoints.MapGet(Path, () => Results.Json(new
        {
            allocatedBytes = GC.GetTotalAllocatedBytes(true),
            gen0 = GC.CollectionCount(0),
            gen1 = GC.CollectionCount(1),
            gen2 = GC.CollectionCount(2),
            firstChanceExceptions = Interlocked.Read(ref _firstChanceExceptions),
            exceptionTypes = ExceptionTypes.ToDictionary(),
            // Thread-pool growth and lock contention tell a process's history apart from its per-request cost.
            threadPoolThreads = ThreadPool.ThreadCount,
            lockContentions = Monitor.LockContentionCount,
        }));
        // Started by its first call, so that runs which never ask for a profile pay nothing for it.
        var sampler = new Lazy<AllocationSampler>(() => new AllocationSampler());
        endpoints.MapGet(Path + "/allocations", (bool? reset) =>
        {
            var snapshot = sampler.Value.Snapshot();
            if (reset == true) sampler.Value.Reset();
            // Every type, so that shares are of all the ticks (bench/allocations.py groups the small ones).
            return Results.Json(snapshot.OrderByDescending(p => p.Value).ToDictionary());
        });
        return endpoints;
    }
}
