using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;

namespace CccApi.ServiceInterface.Email;

/// <summary>
/// Readiness: Degraded while no SMTP server is configured, since email is then only queued. The host keeps
/// serving (Degraded answers 200) and monitoring sees why nothing is delivered.
/// </summary>
public sealed class EmailHealthCheck(IOptions<EmailSettings> options) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        Task.FromResult(options.Value.Smtp.IsConfigured
            ? HealthCheckResult.Healthy("Email is delivered over SMTP.")
            : HealthCheckResult.Degraded("Email:Smtp:Host is not set: email stays queued in the outbox."));
}
