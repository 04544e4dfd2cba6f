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
    private readonly PartitionedRateLimiter<RateLimitedRequest>? _limiter;

    public RequestRateLimiter(IOptions<ServiceHostOptions> options)
    {
        var settings = options.Value.RateLimit;
        if (!settings.Enabled) return;
        var window = TimeSpan.FromSeconds(Math.Max(1, settings.WindowSeconds));
        _limiter = PartitionedRateLimiter.CreateChained(
            PartitionedRateLimiter.Create<RateLimitedRequest, string>(request => request.Credential is { } credential
                ? RateLimitPartition.GetFixedWindowLimiter(CredentialPartition(credential), _ => Window(settings.PermitLimitPerCredential, window))
                : RateLimitPartition.GetNoLimiter("anonymous")),
            PartitionedRateLimiter.Create<RateLimitedRequest, string>(request =>
                RateLimitPartition.GetFixedWindowLimiter(request.Context.Connection.RemoteIpAddress?.ToString() ?? "local", _ => Window(settings.PermitLimitPerAddress, window))));
    }

    /// <summary>
    /// Takes one permit for the request and the credential it carries (read once by the caller), or
    /// throws <see cref="RateLimitedException"/>.
    /// </summary>
    public void Acquire(HttpContext context, RequestCredential? credential)
    {
        if (_limiter is null) return;
        using var lease = _limiter.AttemptAcquire(new RateLimitedRequest(context, credential));
        if (lease.IsAcquired) return;
        var retryAfter = lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait : TimeSpan.FromSeconds(1);
        throw new RateLimitedException(retryAfter);
    }

    public static string RetryAfterHeader(TimeSpan retryAfter) =>
        Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds)).ToString(CultureInfo.InvariantCulture);

    public void Dispose() => _limiter?.Dispose();

    private static FixedWindowRateLimiterOptions Window(int permits, TimeSpan window) =>
        new() { PermitLimit = Math.Max(1, permits), Window = window, QueueLimit = 0, AutoReplenishment = true };

    private static string CredentialPartition(RequestCredential credential) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(credential.Value)));

    /// <summary>What a limiter partitions on: the request (for its address) and its credential.</summary>
    private readonly record struct RateLimitedRequest(HttpContext Context, RequestCredential? Credential);
}
