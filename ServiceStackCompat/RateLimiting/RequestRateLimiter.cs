using System.Globalization;
using System.Net;
using System.Security.Claims;
using Microsoft.Extensions.Options;

namespace ServiceStackCompat.RateLimiting;

/// <summary>
/// Fixed-window limits: one count per client address, taken before the request's credential is looked
/// at, and one per authenticated caller (its name identifier), taken once the credential has resolved to
/// one. A credential that resolves to nobody costs only its address's permit.
/// </summary>
public sealed class RequestRateLimiter : IDisposable
{
    // The address a test server or a Unix socket leaves unset.
    private static readonly IPAddress UnknownAddress = IPAddress.IPv6None;

    private readonly FixedWindowCounters<IPAddress>? _byAddress;
    private readonly FixedWindowCounters<string>? _byCaller;

    public RequestRateLimiter(IOptions<ServiceHostOptions> options, TimeProvider time)
    {
        var settings = options.Value.RateLimit;
        if (!settings.Enabled) return;
        var window = TimeSpan.FromSeconds(Math.Max(1, settings.WindowSeconds));
        _byAddress = new FixedWindowCounters<IPAddress>(settings.PermitLimitPerAddress, window, time);
        _byCaller = new FixedWindowCounters<string>(settings.PermitLimitPerCaller, window, time);
    }

    /// <summary>Counts the request against its client address, or throws <see cref="RateLimitedException"/>.</summary>
    public void AcquireForAddress(HttpContext context)
    {
        if (_byAddress is not null) Acquire(_byAddress, context.Connection.RemoteIpAddress ?? UnknownAddress);
    }

    /// <summary>
    /// Counts the request against the authenticated caller, or throws <see cref="RateLimitedException"/>;
    /// a principal without a name identifier or name is not a caller and is not limited here.
    /// </summary>
    public void AcquireForCaller(ClaimsPrincipal caller)
    {
        if (_byCaller is not null && CallerKey(caller) is { } key) Acquire(_byCaller, key);
    }

    public static string RetryAfterHeader(TimeSpan retryAfter) =>
        Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds)).ToString(CultureInfo.InvariantCulture);

    public void Dispose()
    {
        _byAddress?.Dispose();
        _byCaller?.Dispose();
    }

    private static void Acquire<TKey>(FixedWindowCounters<TKey> counters, TKey key) where TKey : notnull
    {
        if (!counters.TryAcquire(key, out var retryAfter)) throw new RateLimitedException(retryAfter);
    }

    private static string? CallerKey(ClaimsPrincipal caller) =>
        caller.FindFirst(ClaimTypes.NameIdentifier)?.Value ?? caller.Identity?.Name;
}
