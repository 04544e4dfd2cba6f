using CccApi.ServiceInterface.Data.Entities;
using CccApi.ServiceInterface.Infrastructure;
using Microsoft.EntityFrameworkCore;
using ZiggyCreatures.Caching.Fusion;

namespace CccApi.ServiceInterface.Auth;

/// <summary>Issuing and revoking the keys of callers that are no admin users (collections, gateways), one way for all of them.</summary>
public static class IssuedKeys
{
    /// <summary>Fills <paramref name="record"/> for <paramref name="key"/> (a new secret): its digest and prefix, never the key.</summary>
    public static TKey Describe<TKey>(TKey record, string key, string? name, Guid? issuedBy, DateTime now) where TKey : IIssuedKey
    {
        record.Id = Guid.NewGuid();
        record.Digest = SecretTokens.Digest(key);
        record.Prefix = SecretTokens.PrefixOf(key);
        record.Name = string.IsNullOrWhiteSpace(name) ? null : name.Trim();
        record.CreatedByUserId = issuedBy;
        record.CreatedOn = now;
        return record;
    }

    /// <summary>
    /// Revokes the key of <paramref name="ownKeys"/> named <paramref name="keyId"/> (again: nothing changes; another's is
    /// 404 as <paramref name="notFound"/> says) and drops it from the credential cache: it stops at once on this host, and
    /// on every other at once through the cache's backplane (Redis), else within the cache bound.
    /// </summary>
    public static async Task RevokeAsync<TKey>(DbContext db, IQueryable<TKey> ownKeys, Guid keyId, (string Message, string FieldName) notFound,
        Func<string, string> cacheKey, IFusionCache cache, DateTime now, CancellationToken ct) where TKey : class, IIssuedKey
    {
        var record = await ownKeys.SingleOrDefaultAsync(k => k.Id == keyId, ct) ?? throw HttpError.NotFound(notFound.Message, notFound.FieldName);
        record.RevokedOn ??= now;
        await db.SaveChangesAsync(ct);
        // Not cancelled with the request: the revocation is already stored.
        await cache.RemoveAsync(cacheKey(record.Digest), token: CancellationToken.None);
    }
}
