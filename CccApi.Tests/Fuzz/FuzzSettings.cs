using System.Globalization;

namespace CccApi.Tests.Fuzz;

/// <summary>
/// The fuzz run's knobs. By default every run sends the same requests: a fixed seed and a fixed number of
/// requests per operation. The environment overrides them to explore or to replay a failure:
/// CCCAPI_FUZZ_SEED, CCCAPI_FUZZ_REQUESTS_PER_OPERATION, and CCCAPI_FUZZ_MAX_SECONDS, a cap on the run's
/// time that fails the test when it is reached before every operation has had its requests.
/// </summary>
public sealed record FuzzSettings(int Seed, int RequestsPerOperation, TimeSpan TimeCap)
{
    public const int DefaultSeed = 20261204;

    /// <summary>
    /// 17,500 requests, 57 s on a two-core machine: about the 60 s the run took when time decided its length
    /// (the operations that hash a password cost 10 to 30 ms a request).
    /// </summary>
    public const int DefaultRequestsPerOperation = 700;

    /// <summary>
    /// A cap far above a quiet run's time, so that only a hang fails it: with 96 operations (64,400 requests) the run
    /// took 265 s on a two-core machine loaded with other test runs, close to the former 300 s cap.
    /// </summary>
    public const int DefaultMaxSeconds = 900;

    public static FuzzSettings FromEnvironment() => new(
        IntFrom("CCCAPI_FUZZ_SEED") ?? DefaultSeed,
        IntFrom("CCCAPI_FUZZ_REQUESTS_PER_OPERATION") ?? DefaultRequestsPerOperation,
        TimeSpan.FromSeconds(IntFrom("CCCAPI_FUZZ_MAX_SECONDS") ?? DefaultMaxSeconds));

    private static int? IntFrom(string variable) =>
        int.TryParse(Environment.GetEnvironmentVariable(variable), NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) ? value : null;

    public override string ToString() =>
        $"CCCAPI_FUZZ_SEED={Seed} CCCAPI_FUZZ_REQUESTS_PER_OPERATION={RequestsPerOperation} CCCAPI_FUZZ_MAX_SECONDS={TimeCap.TotalSeconds}";
}
