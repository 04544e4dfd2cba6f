using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace CccApi.ServiceInterface.Data;

/// <summary>
/// Readiness: the configured database answers a trivial query (Unhealthy when not), and its storage takes
/// writes (Degraded while the last writes failed on a full, read-only or failing storage: reads still work).
/// </summary>
public sealed class DatabaseHealthCheck(CccDbContext db, DatabaseWriteFailures writeFailures) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            await db.Database.ExecuteSqlRawAsync("SELECT 1", cancellationToken);
        }
        catch (Exception exception) when (exception is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            return HealthCheckResult.Unhealthy("The database is unreachable.", exception);
        }
        return writeFailures.Current is { } failure
            ? HealthCheckResult.Degraded(Describe(failure))
            : HealthCheckResult.Healthy($"{db.Database.ProviderName} is reachable.");
    }

    private static string Describe(WriteFailure failure)
    {
        var reason = failure.Kind == DatabaseFailureKind.StorageFull
            ? "the database is out of storage space"
            : "the database's storage is read-only or failing";
        return $"Writes fail: {reason} ({failure.Count} failed since {failure.Since:O}, the last at {failure.LastAt:O}).";
    }
}
