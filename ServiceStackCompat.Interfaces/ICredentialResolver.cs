using System.Security.Claims;

namespace ServiceStackCompat;

/// <summary>
/// Turns the credentials a request carries into the caller they stand for; the host reads them from
/// the request and the application decides what they are worth. Null: the credential is not valid.
/// </summary>
public interface ICredentialResolver
{
    ValueTask<ClaimsPrincipal?> ResolveApiKeyAsync(string apiKey, CancellationToken ct);

    ValueTask<ClaimsPrincipal?> ResolveSessionAsync(string sessionId, CancellationToken ct);

    /// <summary>Ends the session this id names, if there is one (logout): from now on it resolves to nobody.</summary>
    ValueTask EndSessionAsync(string sessionId, CancellationToken ct);
}
