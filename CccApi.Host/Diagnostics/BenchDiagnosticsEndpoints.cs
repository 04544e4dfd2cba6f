namespace CccApi.Host.Diagnostics;

/// <summary>
/// A bench-only endpoint, mapped only when CCCAPI_BENCH_DIAGNOSTICS=1: GET /__bench/gc returns the
/// process's total allocated bytes (precise) and collection counts, so that bench/run.sh can compute
/// bytes allocated per request. Never mapped in a normal deployment.
/// </summary>
public static class BenchDiagnosticsEndpoints
{
    public const string EnvironmentVariable = "CCCAPI_BENCH_DIAGNOSTICS";
    public const string Path = "/__bench/gc";

    public static bool Enabled => Environment.GetEnvironmentVariable(EnvironmentVariable) == "1";

    public static IEndpointRouteBuilder MapBenchDiagnosticsIfEnabled(this IEndpointRouteBuilder endpoints)
    {
        if (!Enabled) return endpoints;
        endpoints.MapGet(Path, () => Results.Text(
            $"{{\"allocatedBytes\":{GC.GetTotalAllocatedBytes(true)},\"gen0\":{GC.CollectionCount(0)},\"gen1\":{GC.CollectionCount(1)},\"gen2\":{GC.CollectionCount(2)}}}",
            "application/json"));
        return endpoints;
    }
}
