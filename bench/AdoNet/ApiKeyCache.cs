using System.Collections.Concurrent;
using CccApi.ServiceInterface.Auth;

namespace CccApi.Bench.AdoNet;

/// <summary>
/// The API-key check from a cache, as CccApi's: the key's SHA-256 digest looked up in memory, the database
/// asked only on a miss, an answer kept for at most 30 s (CccApi's Authentication:CredentialCacheSeconds)
/// and never past the key's expiry.
/// </summary>
public sealed class ApiKeyCache(IBenchStore store, TimeProvider time)
{
    private static readonly TimeSpan Lifetime = TimeSpan.FromSeconds(30);

    private readonly ConcurrentDictionary<string, (KeyOwner Owner, DateTime ValidUntil)> _owners = new(StringComparer.Ordinal);

    public async ValueTask<KeyOwner?> FindOwnerAsync(HttpRequest request, CancellationToken ct)
    {
        const string Bearer = "Bearer ";
        var header = request.Headers.Authorization.ToString();
        if (!header.StartsWith(Bearer, StringComparison.OrdinalIgnoreCase)) return null;
        var digest = SecretTokens.Digest(header[Bearer.Length..].Trim());
        var now = time.GetUtcNow().UtcDateTime;
        if (_owners.TryGetValue(digest, out var cached) && now < cached.ValidUntil) return cached.Owner;

        var owner = await store.FindKeyOwnerAsync(digest, now, ct);
        if (owner is null) return null;
        var validUntil = owner.ExpiresOn is { } expires && expires < now + Lifetime ? expires : now + Lifetime;
        _owners[digest] = (owner, validUntil);
        return owner;
    }
}
