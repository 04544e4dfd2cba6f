using CccApi.ServiceInterface.Data;
using CccApi.ServiceInterface.Email;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;
using ServiceStackCompat;

namespace CccApi.Host.Health;

/// <summary>
/// Probes for load balancers, below the API's base path: {base}/health/live answers as long as the process
/// serves requests (no dependency is checked); {base}/health/ready also checks the database and answers 503
/// while it is unreachable, and 200 with status Degraded while writes fail on a full, read-only or failing
/// storage (reads still work, so a load balancer keeps the host; monitoring alerts on Degraded) or while no SMTP
/// server is configured (email stays queued).
/// </summary>
public static class HealthEndpoints
{
    private const string ReadinessTag = "ready";
    private static readonly TimeSpan DatabaseCheckTimeout = TimeSpan.FromSeconds(5);

    public static IServiceCollection AddCccHealthChecks(this IServiceCollection services)
    {
        services.AddHealthChecks()
            .AddCheck<DatabaseHealthCheck>("database", HealthStatus.Unhealthy, [ReadinessTag], DatabaseCheckTimeout)
            .AddCheck<EmailHealthCheck>("email", HealthStatus.Degraded, [ReadinessTag]);
        return services;
    }

    public static IEndpointRouteBuilder MapCccHealthChecks(this IEndpointRouteBuilder endpoints)
    {
        var basePath = "/" + endpoints.ServiceProvider.GetRequiredService<IOptions<ServiceHostOptions>>().Value.BasePath.Trim('/');
        endpoints.MapHealthChecks(basePath + "/health/live", new HealthCheckOptions
        {
            Predicate = _ => false,
            ResponseWriter = HealthReportWriter.WriteAsync,
        }).WithDisplayName("Liveness");
        endpoints.MapHealthChecks(basePath + "/health/ready", new HealthCheckOptions
        {
            Predicate = check => check.Tags.Contains(ReadinessTag),
            ResponseWriter = HealthReportWriter.WriteAsync,
        }).WithDisplayName("Readiness");
        return endpoints;
    }
}
