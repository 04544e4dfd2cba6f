using System.Threading.RateLimiting;
using CccApi.ServiceInterface.Infrastructure;
using Microsoft.Extensions.Options;

namespace CccApi.ServiceInterface.Auth;

/// <summary>
/// Sign-in's own limits, before any password is checked: attempts per client address per minute, and
/// failed attempts per account and address. The second is keyed by both, so an attacker who exhausts
/// it locks out only that account from the attacker's own address, never the owner elsewhere.
/// Fixed windows from System.Threading.RateLimiting, whose idle partitions are dropped on their own.
/// </summary>
public sealed class SignInThrottle : IDisposable
{
    private readonly PartitionedRateLimiter<string> _attemptsByAddress;
    private readonly PartitionedRateLimiter<string> _failuresByAccountAndAddress;

    public SignInThrottle(IOptions<AuthenticationSettings> options)
    {
        var settings = options.Value;
        _attemptsByAddress = PartitionedRateLimiter.Create<string, string>(address => RateLimitPartition.GetFixedWindowLimiter(address,
            _ => Window(settings.SignInLimitPerAddress, TimeSpan.FromMinutes(1))));
        _failuresByAccountAndAddress = PartitionedRateLimiter.Create<string, string>(key => RateLimitPartition.GetFixedWindowLimiter(key,
            _ => Window(settings.SignInFailureLimitPerAccountAndAddress, TimeSpan.FromMinutes(settings.SignInFailureWindowMinutes))));
    }

    /// <summary>Counts an attempt; throws 429 when the address made too many, or this account failed too often from it.</summary>
    public void Admit(string account, string address)
    {
        using (var attempt = _attemptsByAddress.AttemptAcquire(address))
            if (!attempt.IsAcquired) throw TooMany(attempt, "Too many sign-in attempts from this address.");
        // Zero permits: only asks whether any failure is left, spending none.
        using var failuresLeft = _failuresByAccountAndAddress.AttemptAcquire(AccountKey(account, address), permitCount: 0);
        if (!failuresLeft.IsAcquired) throw TooMany(failuresLeft, "Too many failed sign-ins for this account from this address.");
    }

    /// <summary>Spends one of the account's failures from this address.</summary>
    public void Failed(string account, string address)
    {
        using var _ = _failuresByAccountAndAddress.AttemptAcquire(AccountKey(account, address));
    }

    public void Dispose()
    {
        _attemptsByAddress.Dispose();
        _failuresByAccountAndAddress.Dispose();
    }

    private static FixedWindowRateLimiterOptions Window(int permits, TimeSpan window) => new()
    {
        PermitLimit = Math.Max(1, permits),
        Window = window,
        QueueLimit = 0,
        AutoReplenishment = true,
    };

    private static string AccountKey(string account, string address) => $"{AdminAccounts.NormalizeEmail(account)}\n{address}";

    private static HttpError TooMany(RateLimitLease lease, string message) =>
        HttpError.TooManyRequests(message, lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter) ? retryAfter : TimeSpan.FromMinutes(1));
}
