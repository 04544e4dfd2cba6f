using CccApi.ServiceInterface.Data;
using CccApi.ServiceInterface.Data.Entities;
using CccApi.ServiceInterface.Infrastructure;
using CccApi.ServiceInterface.Rules;
using CccApi.ServiceModel;
using Microsoft.EntityFrameworkCore;

namespace CccApi.ServiceInterface.Services;

/// <summary>
/// A Partner's access to a Collection, which only a SuperUser grants, changes and removes ([RequiredRole("SuperUser")]
/// on the DTO). Every Reseller of the Partner may install services in a Collection granted to the Partner, and the
/// Partner's default Collection for a Site is where CreateService puts a service given only that Site when the
/// Reseller has no default of its own there.
/// </summary>
public sealed class PartnerCollectionAccessService(CccDbContext db, UniqueIndexGuard guard, TimeProvider time, ICallerContext caller)
{
    /// <summary>
    /// Creating an access record that already exists is an error; the Partner needs access to the Collection's Site
    /// (PartnerSiteAccess, or owning it). The first record on a Site is the default; true resets the Site's other defaults.
    /// </summary>
    public async Task<BaseResponse> Post(PartnerCollectionAccess request, CancellationToken ct)
    {
        var (partner, collection) = await LoadAsync(request, ct);
        if (await RecordAsync(partner.Id, collection.Id, ct) is not null)
            throw Conflicts.PartnerCollectionAccess();
        if (!await PartnerSites.HasAccessAsync(db, partner.Id, collection.SiteId, ct))
            throw HttpError.Forbidden("The Partner does not have access to the Collection's Site; grant it PartnerSiteAccess first.", nameof(request.CollectionGuid));

        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        await DefaultCollectionForSite.LockPartnerAsync(db, partner.Id, ct);
        var firstOnSite = !await DefaultCollectionForSite.PartnerHasRecordOnSiteAsync(db, partner.Id, collection.SiteId, ct);
        var isDefault = firstOnSite || request.IsDefaultCollectionForSite == true;
        if (isDefault)
            await DefaultCollectionForSite.ClearPartnerOthersAsync(db, partner.Id, collection.SiteId, collection.Id, ct);
        db.PartnerCollectionAccess.Add(new PartnerCollectionAccessRecord
        {
            Id = Guid.NewGuid(),
            PartnerId = partner.Id,
            CollectionId = collection.Id,
            SiteId = collection.SiteId,
            IsDefaultCollectionForSite = isDefault,
            CreatedOn = time.GetUtcNow().UtcDateTime,
        });
        await guard.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return new BaseResponse();
    }

    /// <summary>Updates the record, which must exist; IsDefaultCollectionForSite false may leave the Site without a default.</summary>
    public async Task<BaseResponse> Put(PartnerCollectionAccess request, CancellationToken ct)
    {
        var (partner, collection) = await LoadAsync(request, ct);
        var record = await RecordAsync(partner.Id, collection.Id, ct) ?? throw RecordNotFound();
        if (request.IsDefaultCollectionForSite is not { } isDefault || isDefault == record.IsDefaultCollectionForSite)
            return new BaseResponse();

        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        if (isDefault)
        {
            await DefaultCollectionForSite.LockPartnerAsync(db, partner.Id, ct);
            await DefaultCollectionForSite.ClearPartnerOthersAsync(db, partner.Id, record.SiteId, collection.Id, ct);
        }
        record.IsDefaultCollectionForSite = isDefault;
        await guard.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return new BaseResponse();
    }

    /// <summary>
    /// Removes the record, which must exist. Refused (409) while services of the Partner's Resellers are installed
    /// in the Collection by this grant alone (their Reseller neither owns the Collection nor has its own access to
    /// it): they would be left in a Collection their Reseller may not use. Nothing is revoked behind a Reseller's back.
    /// </summary>
    public async Task<BaseResponse> Delete(PartnerCollectionAccess request, CancellationToken ct)
    {
        if (request.IsDefaultCollectionForSite is not null)
            throw HttpError.BadRequest("InvalidParameter", "This parameter is not valid for DELETE operations.",
                nameof(request.IsDefaultCollectionForSite));

        var (partner, collection) = await LoadAsync(request, ct);
        var record = await RecordAsync(partner.Id, collection.Id, ct) ?? throw RecordNotFound();
        var inUse = await db.Services.AnyAsync(s => s.CollectionId == collection.Id && s.Reseller.PartnerId == partner.Id
            && s.Collection.OwnerResellerId != s.ResellerId
            && !db.ResellerCollectionAccess.Any(a => a.CollectionId == collection.Id && a.ResellerId == s.ResellerId), ct);
        if (inUse)
            throw HttpError.Conflict("Services of the Partner's Resellers are installed in this Collection through this access; grant their Resellers access first.",
                nameof(request.CollectionGuid));
        db.PartnerCollectionAccess.Remove(record);
        await guard.SaveChangesAsync(ct);
        return new BaseResponse();
    }

    private async Task<(Partner Partner, Data.Entities.Collection Collection)> LoadAsync(PartnerCollectionAccess request, CancellationToken ct) =>
        (await db.PartnerAsync(caller, request.PartnerGuid, nameof(request.PartnerGuid), ct),
         await db.CollectionAsync(caller, request.CollectionGuid, nameof(request.CollectionGuid), ct));

    private Task<PartnerCollectionAccessRecord?> RecordAsync(Guid partnerId, Guid collectionId, CancellationToken ct) =>
        db.PartnerCollectionAccess.SingleOrDefaultAsync(a => a.PartnerId == partnerId && a.CollectionId == collectionId, ct);

    private static HttpError RecordNotFound() =>
        HttpError.NotFound("The access record for this Partner and Collection does not exist.");
}
