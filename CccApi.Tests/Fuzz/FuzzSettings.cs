using System.Globalization;

namespace CccApi.Tests.Fuzz;

/// <summary>
/// The fuzz run's knobs, from the environment so a failure can be replayed: CCCAPI_FUZZ_SEED (printed by
/// every run), CCCAPI_FUZZ_SECONDS (the time budget, 60 by default) and CCCAPI_FUZZ_REQUESTS_PER_OPERATION
/// (2000 by default; an operation stops there if the budget allows that many).
/// </summary>
public sealed record FuzzSettings(int Seed, TimeSpan Budget, int RequestsPerOperation)
{
    public static FuzzSettings FromEnvironment() => new(
        IntFrom("CCCAPI_FUZZ_SEED") ?? Random.Shared.Next(),
        TimeSpan.FromSeconds(IntFrom("CCCAPI_FUZZ_SECONDS") ?? 60),
        IntFrom("CCCAPI_FUZZ_REQUESTS_PER_OPERATION") ?? 2000);

    private static int? IntFrom(string variable) =>
        int.TryParse(Environment.GetEnvironmentVariable(variable), NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) ? value : null;

    public override string ToString() =>
        $"CCCAPI_FUZZ_SEED={Seed} CCCAPI_FUZZ_SECONDS={Budget.TotalSeconds} CCCAPI_FUZZ_REQUESTS_PER_OPERATION={RequestsPerOperation}";
}
