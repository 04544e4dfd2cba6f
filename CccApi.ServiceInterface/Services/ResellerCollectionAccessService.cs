using CccApi.ServiceInterface.Data;
using CccApi.ServiceInterface.Data.Entities;
using CccApi.ServiceInterface.Data.Queries;
using CccApi.ServiceInterface.Infrastructure;
using CccApi.ServiceInterface.Rules;
using CccApi.ServiceModel;
using Microsoft.EntityFrameworkCore;

namespace CccApi.ServiceInterface.Services;

public sealed class ResellerCollectionAccessService(CccDbContext db, UniqueIndexGuard guard, TimeProvider time, ICallerContext caller)
{
    /// <summary>
    /// Creating an access record that already exists is an error. The first record for a Reseller on a
    /// Site is its default for that Site; IsDefaultCollectionForSite true resets the Site's other defaults.
    /// </summary>
    public async Task<BaseResponse> Post(ResellerCollectionAccess request, CancellationToken ct)
    {
        var (resellerId, collection) = await LoadAsync(request, ct);
        if (await ResellerCollectionAccessQueries.RecordAsync(db, resellerId, collection.CollectionId, ct) is not null)
            throw Conflicts.AccessRecord();

        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        await DefaultCollectionForSite.LockResellerAsync(db, resellerId, ct);
        var firstOnSite = !await DefaultCollectionForSite.ResellerHasRecordOnSiteAsync(db, resellerId, collection.SiteId, ct);
        var isDefault = firstOnSite || request.IsDefaultCollectionForSite == true;
        if (isDefault)
            await DefaultCollectionForSite.ClearOthersAsync(db, resellerId, collection.SiteId, collection.CollectionId, ct);
        db.ResellerCollectionAccess.Add(new ResellerCollectionAccessRecord
        {
            Id = Guid.NewGuid(),
            ResellerId = resellerId,
            CollectionId = collection.CollectionId,
            SiteId = collection.SiteId,
            IsDefaultCollectionForSite = isDefault,
            CreatedOn = time.GetUtcNow().UtcDateTime,
        });
        await guard.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return new BaseResponse();
    }

    /// <summary>Updates the record, which must exist; IsDefaultCollectionForSite false may leave the Site without a default.</summary>
    public async Task<BaseResponse> Put(ResellerCollectionAccess request, CancellationToken ct)
    {
        var (resellerId, collection) = await LoadAsync(request, ct);
        var record = await ResellerCollectionAccessQueries.RecordAsync(db, resellerId, collection.CollectionId, ct) ?? throw RecordNotFound();
        if (request.IsDefaultCollectionForSite is not { } isDefault || isDefault == record.IsDefaultCollectionForSite)
            return new BaseResponse();

        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        if (isDefault)
        {
            await DefaultCollectionForSite.LockResellerAsync(db, resellerId, ct);
            await DefaultCollectionForSite.ClearOthersAsync(db, resellerId, record.SiteId, collection.CollectionId, ct);
        }
        db.ResellerCollectionAccess.Attach(record); // read untracked: SaveChanges then writes the one column that changes
        record.IsDefaultCollectionForSite = isDefault;
        await guard.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return new BaseResponse();
    }

    /// <summary>Removes the record, which must exist; removing the default may leave the Site without one.</summary>
    public async Task<BaseResponse> Delete(ResellerCollectionAccess request, CancellationToken ct)
    {
        if (request.IsDefaultCollectionForSite is not null)
            throw HttpError.BadRequest("InvalidParameter", "This parameter is not valid for DELETE operations.",
                nameof(request.IsDefaultCollectionForSite));

        var (resellerId, collection) = await LoadAsync(request, ct);
        var record = await ResellerCollectionAccessQueries.RecordAsync(db, resellerId, collection.CollectionId, ct) ?? throw RecordNotFound();
        db.ResellerCollectionAccess.Remove(record);
        await guard.SaveChangesAsync(ct);
        return new BaseResponse();
    }

    private async Task<(Guid ResellerId, CollectionPlace Collection)> LoadAsync(ResellerCollectionAccess request, CancellationToken ct) =>
        (await db.ResellerIdAsync(caller, request.ResellerGuid, nameof(request.ResellerGuid), ct),
         await db.CollectionPlaceAsync(caller, request.CollectionGuid, nameof(request.CollectionGuid), ct));

    private static HttpError RecordNotFound() =>
        HttpError.NotFound("The access record for this Reseller and Collection does not exist.");
}
