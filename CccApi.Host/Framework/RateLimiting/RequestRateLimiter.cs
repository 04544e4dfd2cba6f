using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Threading.RateLimiting;
using CccApi.Host.Framework.Auth;
using Microsoft.Extensions.Options;

namespace CccApi.Host.Framework.RateLimiting;

/// <summary>
/// ASP.NET Core's fixed-window limiters, one partition per credential the request carries (by its
/// SHA-256, never the credential itself) chained with one per client address.
/// </summary>
public sealed class RequestRateLimiter : IDisposable
{
    private readonly PartitionedRateLimiter<HttpContext>? _limiter;

    public RequestRateLimiter(IOptions<ServiceHostOptions> options)
    {
        var settings = options.Value.RateLimit;
        if (!settings.Enabled) return;
        var window = TimeSpan.FromSeconds(Math.Max(1, settings.WindowSeconds));
        var host = options.Value;
        _limiter = PartitionedRateLimiter.CreateChained(
            PartitionedRateLimiter.Create<HttpContext, string>(context => CredentialPartition(context, host) is { } key
                ? RateLimitPartition.GetFixedWindowLimiter(key, _ => Window(settings.PermitLimitPerCredential, window))
                : RateLimitPartition.GetNoLimiter("anonymous")),
            PartitionedRateLimiter.Create<HttpContext, string>(context =>
                RateLimitPartition.GetFixedWindowLimiter(context.Connection.RemoteIpAddress?.ToString() ?? "local", _ => Window(settings.PermitLimitPerAddress, window))));
    }

    /// <summary>Takes one permit for the request, or throws <see cref="RateLimitedException"/>.</summary>
    public void Acquire(HttpContext context)
    {
        if (_limiter is null) return;
        using var lease = _limiter.AttemptAcquire(context);
        if (lease.IsAcquired) return;
        var retryAfter = lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait : TimeSpan.FromSeconds(1);
        throw new RateLimitedException(retryAfter);
    }

    public static string RetryAfterHeader(TimeSpan retryAfter) =>
        Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds)).ToString(CultureInfo.InvariantCulture);

    public void Dispose() => _limiter?.Dispose();

    private static FixedWindowRateLimiterOptions Window(int permits, TimeSpan window) =>
        new() { PermitLimit = Math.Max(1, permits), Window = window, QueueLimit = 0, AutoReplenishment = true };

    private static string? CredentialPartition(HttpContext context, ServiceHostOptions options) =>
        RequestCredential.Read(context.Request, options.AllowApiKeysInHttpParams) is { } credential
            ? Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(credential.Value)))
            : null;
}
