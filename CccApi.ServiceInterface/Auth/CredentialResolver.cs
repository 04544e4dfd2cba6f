using System.Security.Claims;
using CccApi.ServiceInterface.Caching;
using CccApi.ServiceInterface.Data;
using CccApi.ServiceInterface.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using ServiceStackCompat;
using ZiggyCreatures.Caching.Fusion;

namespace CccApi.ServiceInterface.Auth;

/// <summary>
/// Finds the admin user behind an API key or a session id, the collection behind a collection key (by its
/// <see cref="SecretTokens.CollectionKeyPrefix"/>) or the gateway behind a gateway key (<see cref="SecretTokens.GatewayKeyPrefix"/>), by the SHA-256 digest of it, keeping the
/// answer in the shared cache for at most <see cref="AuthenticationSettings.CredentialCacheSeconds"/>; a
/// removal (<see cref="AdminAccounts"/>) reaches every host through its backplane. A singleton:
/// a database context (from the pool, in a scope of its own) is taken only on a cache miss, so that a
/// cached caller costs no scope, context or service lookup.
/// </summary>
public sealed class CredentialResolver(IServiceScopeFactory scopes, IFusionCache cache, IOptions<AuthenticationSettings> settings, TimeProvider time)
    : ICredentialResolver
{
    public ValueTask<ClaimsPrincipal?> ResolveApiKeyAsync(string apiKey, CancellationToken ct)
    {
        var digest = SecretTokens.Digest(apiKey);
        var (key, find) = SecretTokens.IsCollectionKey(apiKey)
            ? (CredentialCacheKeys.CollectionKey(digest), (Func<CccDbContext, string, CancellationToken, Task<(ClaimsPrincipal, DateTime?)?>>)FindCollectionKeyOwnerAsync)
            : SecretTokens.IsGatewayKey(apiKey)
                ? (CredentialCacheKeys.GatewayKey(digest), FindGatewayKeyOwnerAsync)
                : (CredentialCacheKeys.ApiKey(digest), FindApiKeyOwnerAsync);
        return TryGetCached(key, out var cached) ? ValueTask.FromResult<ClaimsPrincipal?>(cached) : FindAndCacheAsync(key, digest, find, ct);
    }

    public ValueTask<ClaimsPrincipal?> ResolveSessionAsync(string sessionId, CancellationToken ct)
    {
        var digest = SecretTokens.Digest(sessionId);
        var key = CredentialCacheKeys.Session(digest);
        return TryGetCached(key, out var cached) ? ValueTask.FromResult<ClaimsPrincipal?>(cached) : FindAndCacheAsync(key, digest, FindSessionOwnerAsync, ct);
    }

    public async ValueTask EndSessionAsync(string sessionId, CancellationToken ct)
    {
        var digest = SecretTokens.Digest(sessionId);
        await using (var scope = scopes.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<CccDbContext>();
            var now = Now;
            await DatabaseAvailability.RequireAsync(() => db.AdminSessions
                .Where(s => s.Digest == digest && s.EndedOn == null)
                .ExecuteUpdateAsync(s => s.SetProperty(session => session.EndedOn, now), ct));
        }
        await cache.RemoveAsync(CredentialCacheKeys.Session(digest), token: CancellationToken.None);
    }

    private async ValueTask<ClaimsPrincipal?> FindAndCacheAsync(
        string key, string digest, Func<CccDbContext, string, CancellationToken, Task<(ClaimsPrincipal Caller, DateTime? ExpiresOn)?>> find, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CccDbContext>();
        var found = await DatabaseAvailability.RequireAsync(() => find(db, digest, ct));
        if (found is not { } resolved) return null;

        var lifetime = settings.Value.CredentialCacheDuration;
        if (resolved.ExpiresOn is { } expiresOn && expiresOn - Now < lifetime) lifetime = expiresOn - Now;
        if (lifetime > TimeSpan.Zero)
            cache.Set(key, new CachedCaller(resolved.Caller, time.GetUtcNow() + lifetime), cache.FillOptions(lifetime), token: CancellationToken.None);
        return resolved.Caller;
    }

    /// <summary>
    /// A cached caller whose bound has not passed by <see cref="TimeProvider"/>: the cache expires entries
    /// by its own clock, so the bound is also kept in the entry and checked here.
    /// </summary>
    private bool TryGetCached(string key, out ClaimsPrincipal caller)
    {
        if (cache.TryGet<CachedCaller>(key) is { HasValue: true, Value: { } entry } && time.GetUtcNow() < entry.ValidUntil)
        {
            caller = entry.Caller;
            return true;
        }
        caller = null!;
        return false;
    }

    private sealed record CachedCaller(ClaimsPrincipal Caller, DateTimeOffset ValidUntil);

    private async Task<(ClaimsPrincipal, DateTime?)?> FindApiKeyOwnerAsync(CccDbContext db, string digest, CancellationToken ct)
    {
        var found = await db.ApiKeys.AsNoTracking()
            .Where(k => k.Digest == digest)
            .Join(db.AdminUsers.NotUnderDisabledPartner(db), k => k.AdminUserId, u => u.Id, (k, u) => new { Key = k, User = u })
            .SingleOrDefaultAsync(ct);
        if (found is null || found.Key.RevokedOn is not null || found.Key.ExpiresOn <= Now || found.User.Status != RecordStatus.Active) return null;
        return (CallerClaims.For(found.User), found.Key.ExpiresOn);
    }

    /// <summary>
    /// A collection key that is not revoked, of a collection that exists. Neither the collection's status nor its
    /// owners' matter: a Disabled collection takes no new services but still runs (and reports) those it has.
    /// </summary>
    private static async Task<(ClaimsPrincipal, DateTime?)?> FindCollectionKeyOwnerAsync(CccDbContext db, string digest, CancellationToken ct)
    {
        var collectionId = await db.CollectionKeys.AsNoTracking()
            .Where(k => k.Digest == digest && k.RevokedOn == null)
            .Join(db.Collections, k => k.CollectionId, c => c.Id, (k, c) => (Guid?)c.Id)
            .SingleOrDefaultAsync(ct);
        return collectionId is { } id ? (CallerClaims.ForCollection(id), null) : null;
    }

    /// <summary>A gateway key that is not revoked, of a gateway that exists; the gateway's reach travels in the caller.</summary>
    private static async Task<(ClaimsPrincipal, DateTime?)?> FindGatewayKeyOwnerAsync(CccDbContext db, string digest, CancellationToken ct)
    {
        var gateway = await db.GatewayKeys.AsNoTracking()
            .Where(k => k.Digest == digest && k.RevokedOn == null)
            .Join(db.Gateways, k => k.GatewayId, g => g.Id, (k, g) => new { g.Id, g.RegistrarType, g.RegistrarScopeId })
            .SingleOrDefaultAsync(ct);
        return gateway is null ? null : (CallerClaims.ForGateway(new GatewayReach(gateway.Id, gateway.RegistrarType, gateway.RegistrarScopeId)), null);
    }

    private async Task<(ClaimsPrincipal, DateTime?)?> FindSessionOwnerAsync(CccDbContext db, string digest, CancellationToken ct)
    {
        var found = await db.AdminSessions.AsNoTracking()
            .Where(s => s.Digest == digest)
            .Join(db.AdminUsers.NotUnderDisabledPartner(db), s => s.AdminUserId, u => u.Id, (s, u) => new { Session = s, User = u })
            .SingleOrDefaultAsync(ct);
        if (found is null || found.Session.EndedOn is not null || found.Session.ExpiresOn <= Now || found.User.Status != RecordStatus.Active) return null;
        return (CallerClaims.For(found.User), found.Session.ExpiresOn);
    }

    private DateTime Now => time.GetUtcNow().UtcDateTime;
}
