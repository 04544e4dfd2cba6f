using CccApi.ServiceInterface.Infrastructure;
using Microsoft.Extensions.Options;

namespace CccApi.ServiceInterface.Auth;

/// <summary>
/// Sign-in's own limits, before any password is checked: attempts per client address per minute, and
/// failed attempts per account and address. The second is keyed by both, so an attacker who exhausts
/// it locks out only that account from the attacker's own address, never the owner elsewhere.
/// The windows run on the host's <see cref="TimeProvider"/>.
/// </summary>
public sealed class SignInThrottle : IDisposable
{
    private readonly WindowedCounts<string> _attemptsByAddress;
    private readonly WindowedCounts<string> _failuresByAccountAndAddress;

    public SignInThrottle(IOptions<AuthenticationSettings> options, TimeProvider time)
    {
        var settings = options.Value;
        _attemptsByAddress = new WindowedCounts<string>(settings.SignInLimitPerAddress, TimeSpan.FromMinutes(1), time);
        _failuresByAccountAndAddress = new WindowedCounts<string>(
            settings.SignInFailureLimitPerAccountAndAddress, TimeSpan.FromMinutes(settings.SignInFailureWindowMinutes), time);
    }

    /// <summary>Counts an attempt; throws 429 when the address made too many, or this account failed too often from it.</summary>
    public void Admit(string account, string address)
    {
        if (!_attemptsByAddress.TrySpend(address, out var retryAfter))
            throw HttpError.TooManyRequests("Too many sign-in attempts from this address.", retryAfter);
        if (!_failuresByAccountAndAddress.HasLeft(AccountKey(account, address), out retryAfter))
            throw HttpError.TooManyRequests("Too many failed sign-ins for this account from this address.", retryAfter);
    }

    /// <summary>Spends one of the account's failures from this address.</summary>
    public void Failed(string account, string address) => _failuresByAccountAndAddress.TrySpend(AccountKey(account, address), out _);

    public void Dispose()
    {
        _attemptsByAddress.Dispose();
        _failuresByAccountAndAddress.Dispose();
    }

    private static string AccountKey(string account, string address) => $"{AdminAccounts.NormalizeEmail(account)}\n{address}";
}
