using CccApi.ServiceInterface.Auth;
using CccApi.ServiceInterface.Infrastructure;
using Microsoft.Extensions.Options;

namespace CccApi.ServiceInterface.PublicOperations;

/// <summary>
/// Each anonymous operation's requests per client address per minute, and for the sign-in discovery operations per
/// email address too, on the host's <see cref="TimeProvider"/>.
/// </summary>
public sealed class PublicOperationThrottle(IOptions<PublicOperationSettings> options, TimeProvider time) : IDisposable
{
    private readonly WindowedCounts<(string Operation, string Address)> _requests =
        new(options.Value.RequestsPerAddressPerMinute, TimeSpan.FromMinutes(1), time);

    private readonly WindowedCounts<(string Operation, string Email)> _lookups =
        new(options.Value.RequestsPerEmailPerMinute, TimeSpan.FromMinutes(1), time);

    /// <summary>Counts a request; throws 429 when the address made too many to this operation.</summary>
    public void Admit(string operation, string? address)
    {
        if (!_requests.TrySpend((operation, address ?? "unknown"), out var retryAfter))
            throw HttpError.TooManyRequests($"Too many {operation} requests from this address.", retryAfter);
    }

    /// <summary>
    /// Counts a look-up of one (normalised) email address, from any client address; throws 429 when that address was
    /// asked about too often, so spreading guesses over many client addresses does not speed up a password guess.
    /// </summary>
    public void AdmitEmail(string operation, string email)
    {
        if (!_lookups.TrySpend((operation, email), out var retryAfter))
            throw HttpError.TooManyRequests($"Too many {operation} requests for this email address.", retryAfter);
    }

    public void Dispose()
    {
        _requests.Dispose();
        _lookups.Dispose();
    }
}
