using CccApi.ServiceInterface.Auth;
using CccApi.ServiceInterface.Data;
using CccApi.ServiceInterface.Data.Entities;
using CccApi.ServiceInterface.Infrastructure;
using CccApi.ServiceInterface.Rules;
using CccApi.ServiceModel;
using Microsoft.EntityFrameworkCore;
using ZiggyCreatures.Caching.Fusion;

namespace CccApi.ServiceInterface.Services;

/// <summary>
/// Issue, list and revoke a collection's usage-reporting keys (ReportCollectionUsage's credential). A SuperUser, or an
/// admin of the Reseller that owns the collection; anyone else who sees the collection (its owner's Partner admins, a
/// Reseller only granted it) is refused (403), and a collection the caller does not see is 404.
/// </summary>
public sealed class CollectionKeyService(CccDbContext db, ICallerContext caller, Quotas quotas, IFusionCache cache, TimeProvider time)
{
    /// <summary>The key is in this answer only: just its SHA-256 digest and first characters are stored.</summary>
    public async Task<CreateCollectionKeyResponse> Post(CreateCollectionKey request, CancellationToken ct)
    {
        var collectionId = await OwnedCollectionAsync(request.CollectionGuid, ct);
        await quotas.EnsureRoomAsync(db.CollectionKeys.Where(k => k.CollectionId == collectionId && k.RevokedOn == null),
            quotas.Settings.CollectionKeysPerCollection, "usage-reporting keys per collection", nameof(request.CollectionGuid), ct);

        var key = SecretTokens.NewCollectionKey();
        var record = IssuedKeys.Describe(new CollectionKey { CollectionId = collectionId }, key, request.Name, caller.UserId, time.GetUtcNow().UtcDateTime);
        db.CollectionKeys.Add(record);
        await db.SaveChangesAsync(ct);
        return new CreateCollectionKeyResponse { CollectionKeyGuid = record.Id, Key = key, Prefix = record.Prefix, CreatedOn = record.CreatedOn };
    }

    /// <summary>Every key of the collection, revoked ones included, oldest first; never a key itself.</summary>
    public async Task<GetCollectionKeysResponse> Get(GetCollectionKeys request, CancellationToken ct)
    {
        var collectionId = await OwnedCollectionAsync(request.CollectionGuid, ct);
        var keys = await db.CollectionKeys.AsNoTracking()
            .Where(k => k.CollectionId == collectionId)
            .Select(k => new CollectionKeySummary
            {
                CollectionKeyGuid = k.Id,
                Name = k.Name,
                Prefix = k.Prefix,
                CreatedOn = k.CreatedOn,
                RevokedOn = k.RevokedOn,
            })
            .ToListAsync(ct);
        return new GetCollectionKeysResponse { Keys = [.. keys.OrderBy(k => k.CreatedOn).ThenBy(k => k.CollectionKeyGuid)] };
    }

    /// <summary>
    /// Revokes the key (again: nothing changes) and drops it from the credential cache: it stops working on this host
    /// at once, and on every other host at once through the cache's backplane (Redis), else within the cache bound.
    /// </summary>
    public async Task<BaseResponse> Delete(RevokeCollectionKey request, CancellationToken ct)
    {
        var collectionId = await OwnedCollectionAsync(request.CollectionGuid, ct);
        await IssuedKeys.RevokeAsync(db, db.CollectionKeys.Where(k => k.CollectionId == collectionId), request.CollectionKeyGuid,
            ("Collection key not found.", nameof(request.CollectionKeyGuid)), CredentialCacheKeys.CollectionKey, cache, time.GetUtcNow().UtcDateTime, ct);
        return new BaseResponse();
    }

    /// <summary>The collection's id when the caller may manage its keys; 404 when it does not see it, 403 when it sees but does not own it.</summary>
    private async Task<Guid> OwnedCollectionAsync(Guid collectionGuid, CancellationToken ct)
    {
        var collection = await db.Collections.VisibleTo(db, caller).Where(c => c.Id == collectionGuid)
            .Select(c => new { c.Id, c.OwnerResellerId })
            .SingleOrDefaultAsync(ct)
            ?? throw HttpError.NotFound("Collection not found.", nameof(CreateCollectionKey.CollectionGuid));
        var owns = caller.IsSuperUser || (caller.Type == AdminUserType.Reseller && caller.ScopeId == collection.OwnerResellerId);
        if (!owns)
            throw HttpError.Forbidden("Only a SuperUser or an admin of the Reseller that owns the Collection may manage its usage-reporting keys.",
                nameof(CreateCollectionKey.CollectionGuid));
        return collection.Id;
    }
}
