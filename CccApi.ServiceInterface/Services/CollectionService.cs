using CccApi.ServiceInterface.Data;
using CccApi.ServiceInterface.Data.Entities;
using CccApi.ServiceInterface.Infrastructure;
using CccApi.ServiceInterface.Rules;
using CccApi.ServiceModel;
using Microsoft.EntityFrameworkCore;
using CollectionEntity = CccApi.ServiceInterface.Data.Entities.Collection;

namespace CccApi.ServiceInterface.Services;

public sealed class CollectionService(CccDbContext db, UniqueIndexGuard guard, TimeProvider time, ICallerContext caller, Quotas quotas)
{
    /// <summary>
    /// Registers a Collection on a Site associated with the caller (for a Reseller's admins, a Site their partner
    /// owns or was granted, or one they already hold Collections on), owned by the Reseller. CollectionCode is unique; the Reseller's
    /// first Collection becomes its DefaultCollectionGuid when it has none.
    /// </summary>
    public async Task<RegisterCollectionResponse> Post(RegisterCollection request, CancellationToken ct)
    {
        var reseller = await db.ResellerAsync(caller, request.ResellerGuid, nameof(request.ResellerGuid), ct);
        var site = await db.SiteAsync(caller, request.SiteGuid!.Value, nameof(request.SiteGuid), ct);
        var code = Identifiers.Normalize(request.CollectionCode!);
        if (await db.Collections.AnyAsync(c => c.CollectionCode == code, ct))
            throw Conflicts.CollectionCode();
        await quotas.EnsureRoomAsync(db.Collections.Where(c => c.OwnerResellerId == reseller.Id), quotas.Settings.CollectionsPerReseller,
            "Collections per Reseller", nameof(request.ResellerGuid), ct);

        var collection = new CollectionEntity
        {
            Id = Guid.NewGuid(),
            SiteId = site.Id,
            OwnerResellerId = reseller.Id,
            Name = NameForms.Normalize(request.Name)!,
            CollectionCode = code,
            ServicesApiBaseUrl = request.ServicesApiBaseUrl,
            Status = RecordStatus.Active,
            CreatedOn = time.GetUtcNow().UtcDateTime,
        };
        db.Collections.Add(collection);
        reseller.DefaultCollectionId ??= collection.Id;
        await guard.SaveChangesAsync(ct);
        return new RegisterCollectionResponse { CollectionGuid = collection.Id };
    }

    /// <summary>The Collections the Reseller owns and those it has been granted, each with whether it is the Reseller's default for its Site.</summary>
    public async Task<List<ResellerCollection>> Get(GetResellerCollections request, CancellationToken ct)
    {
        var reseller = await db.ResellerAsync(caller, request.ResellerGuid, nameof(request.ResellerGuid), ct);
        var access = db.ResellerCollectionAccess.Where(a => a.ResellerId == reseller.Id);
        return await db.Collections.VisibleTo(db, caller)
            .Where(c => c.OwnerResellerId == reseller.Id || access.Any(a => a.CollectionId == c.Id))
            .OrderBy(c => c.Name).ThenBy(c => c.Id)
            .Select(c => new ResellerCollection
            {
                CollectionGuid = c.Id,
                Name = c.Name,
                CollectionCode = c.CollectionCode,
                Status = c.Status.ToString(),
                CreatedOn = c.CreatedOn,
                ServicesApiBaseUrl = c.ServicesApiBaseUrl,
                SiteGuid = c.SiteId,
                IsDefaultCollectionForSite = access.Any(a => a.CollectionId == c.Id && a.IsDefaultCollectionForSite),
            })
            .ToListAsync(ct);
    }
}
