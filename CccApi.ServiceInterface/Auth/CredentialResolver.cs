using System.Security.Claims;
using CccApi.ServiceInterface.Data;
using CccApi.ServiceInterface.Data.Entities;
using CccApi.ServiceModel.Annotations;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace CccApi.ServiceInterface.Auth;

/// <summary>
/// Finds the admin user behind an API key or a session id by the SHA-256 digest of it, keeping the
/// answer in memory for at most <see cref="AuthenticationSettings.CredentialCacheSeconds"/>. The
/// database context is taken from the request's services only on a cache miss, so that a cached
/// caller costs no context.
/// </summary>
public sealed class CredentialResolver(IServiceProvider services, IMemoryCache cache, IOptions<AuthenticationSettings> settings, TimeProvider time)
    : ICredentialResolver
{
    public ValueTask<ClaimsPrincipal?> ResolveApiKeyAsync(string apiKey, CancellationToken ct) =>
        CachedAsync(CredentialCacheKeys.ApiKey(SecretTokens.Digest(apiKey)), FindApiKeyOwnerAsync, ct);

    public ValueTask<ClaimsPrincipal?> ResolveSessionAsync(string sessionId, CancellationToken ct) =>
        CachedAsync(CredentialCacheKeys.Session(SecretTokens.Digest(sessionId)), FindSessionOwnerAsync, ct);

    private async ValueTask<ClaimsPrincipal?> CachedAsync(
        CredentialCacheKey key, Func<string, CancellationToken, Task<(ClaimsPrincipal Caller, DateTime? ExpiresOn)?>> find, CancellationToken ct)
    {
        if (cache.TryGetValue(key, out ClaimsPrincipal? cached)) return cached;

        var found = await DatabaseAvailability.RequireAsync(() => find(key.Digest, ct));
        if (found is not { } resolved) return null;

        var lifetime = settings.Value.CredentialCacheDuration;
        if (resolved.ExpiresOn is { } expiresOn && expiresOn - Now < lifetime) lifetime = expiresOn - Now;
        if (lifetime > TimeSpan.Zero) cache.Set(key, resolved.Caller, lifetime);
        return resolved.Caller;
    }

    private CccDbContext Db => services.GetRequiredService<CccDbContext>();

    private async Task<(ClaimsPrincipal, DateTime?)?> FindApiKeyOwnerAsync(string digest, CancellationToken ct)
    {
        var db = Db;
        var found = await db.ApiKeys.AsNoTracking()
            .Where(k => k.Digest == digest)
            .Join(db.AdminUsers, k => k.AdminUserId, u => u.Id, (k, u) => new { Key = k, User = u })
            .SingleOrDefaultAsync(ct);
        if (found is null || found.Key.RevokedOn is not null || found.Key.ExpiresOn <= Now || found.User.Status != RecordStatus.Active) return null;
        return (CallerClaims.For(found.User), found.Key.ExpiresOn);
    }

    private async Task<(ClaimsPrincipal, DateTime?)?> FindSessionOwnerAsync(string digest, CancellationToken ct)
    {
        var db = Db;
        var found = await db.AdminSessions.AsNoTracking()
            .Where(s => s.Digest == digest)
            .Join(db.AdminUsers, s => s.AdminUserId, u => u.Id, (s, u) => new { Session = s, User = u })
            .SingleOrDefaultAsync(ct);
        if (found is null || found.Session.EndedOn is not null || found.Session.ExpiresOn <= Now || found.User.Status != RecordStatus.Active) return null;
        return (CallerClaims.For(found.User, found.Session.Id), found.Session.ExpiresOn);
    }

    private DateTime Now => time.GetUtcNow().UtcDateTime;
}
