using System.Text.Json;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace CccApi.Host.Health;

/// <summary>
/// Writes a health report as JSON: {"status":"Healthy","checks":{"database":{"status":...,"description":...}}}.
/// Exception details stay in the logs; a probe only learns what is down.
/// </summary>
internal static class HealthReportWriter
{
    private static readonly JsonSerializerOptions Options = new() { PropertyNamingPolicy = JsonNamingPolicy.CamelCase };

    public static Task WriteAsync(HttpContext context, HealthReport report)
    {
        context.Response.ContentType = "application/json; charset=utf-8";
        var body = new
        {
            status = report.Status.ToString(),
            totalDurationMs = Math.Round(report.TotalDuration.TotalMilliseconds),
            checks = report.Entries.ToDictionary(
                entry => entry.Key,
                entry => new
                {
                    status = entry.Value.Status.ToString(),
                    description = entry.Value.Description,
                    durationMs = Math.Round(entry.Value.Duration.TotalMilliseconds),
                }),
        };
        return context.Response.WriteAsync(JsonSerializer.Serialize(body, Options));
    }
}
