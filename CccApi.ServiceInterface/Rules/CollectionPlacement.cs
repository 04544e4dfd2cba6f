using CccApi.ServiceInterface.Data;
using CccApi.ServiceInterface.Data.Entities;
using CccApi.ServiceInterface.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace CccApi.ServiceInterface.Rules;

/// <summary>
/// Where CreateService installs a service: the CollectionGuid when given (one the reseller owns, or was granted,
/// or its partner was granted); else the reseller's default Collection for the SiteGuid, or its partner's when
/// the reseller has none there; else the reseller's DefaultCollectionGuid. A CollectionGuid the caller may
/// not see is a 404; one the caller sees but the reseller may not use (a SuperUser or Partner acting for a
/// reseller) is a 403.
/// </summary>
public static class CollectionPlacement
{
    /// <summary>The Collection, which must be Active: a Disabled Collection takes no new services (409 naming CollectionGuid).</summary>
    public static async Task<Collection> ChooseAsync(CccDbContext db, ICallerContext caller, Reseller reseller, Guid? collectionGuid, Guid? siteGuid, CancellationToken ct)
    {
        var collection = await FindAsync(db, caller, reseller, collectionGuid, siteGuid, ct);
        return collection.Status == RecordStatus.Active
            ? collection
            : throw HttpError.Conflict("The Collection is Disabled and takes no new services.", "CollectionGuid");
    }

    private static async Task<Collection> FindAsync(CccDbContext db, ICallerContext caller, Reseller reseller, Guid? collectionGuid, Guid? siteGuid, CancellationToken ct)
    {
        if (collectionGuid is { } requested)
            return await AccessibleCollectionAsync(db, caller, reseller, requested, ct);
        if (siteGuid is { } site)
            return await DefaultForSiteAsync(db, reseller, site, ct);
        // The reseller's own configured default: the caller already sees the reseller, and the request names no collection.
        if (reseller.DefaultCollectionId is { } fallback)
            return await db.Collections.FindAsync([fallback], ct)
                ?? throw HttpError.NotFound("Collection not found.", "ResellerGuid");

        throw HttpError.BadRequest("NoDefaultCollection",
            "The Reseller has no DefaultCollectionGuid; specify a CollectionGuid or a SiteGuid.", "CollectionGuid");
    }

    private static async Task<Collection> AccessibleCollectionAsync(CccDbContext db, ICallerContext caller, Reseller reseller, Guid collectionGuid, CancellationToken ct)
    {
        var collection = await db.CollectionAsync(caller, collectionGuid, "CollectionGuid", ct);
        var granted = collection.OwnerResellerId == reseller.Id
            || await db.ResellerCollectionAccess.AnyAsync(a => a.ResellerId == reseller.Id && a.CollectionId == collection.Id, ct)
            || await db.PartnerCollectionAccess.AnyAsync(a => a.PartnerId == reseller.PartnerId && a.CollectionId == collection.Id, ct);
        return granted
            ? collection
            : throw HttpError.Forbidden("The Reseller does not have access to this Collection.", "CollectionGuid");
    }

    private static async Task<Collection> DefaultForSiteAsync(CccDbContext db, Reseller reseller, Guid siteGuid, CancellationToken ct)
    {
        var site = await db.SiteAsync(siteGuid, "SiteGuid", ct);
        var collection = await db.ResellerCollectionAccess
            .Where(a => a.ResellerId == reseller.Id && a.SiteId == site.Id && a.IsDefaultCollectionForSite)
            .Select(a => a.Collection)
            .SingleOrDefaultAsync(ct)
            ?? await db.PartnerCollectionAccess
                .Where(a => a.PartnerId == reseller.PartnerId && a.SiteId == site.Id && a.IsDefaultCollectionForSite)
                .Select(a => a.Collection)
                .SingleOrDefaultAsync(ct);
        return collection
            ?? throw HttpError.BadRequest("NoDefaultCollection", "The Reseller has no default Collection for this Site.", "SiteGuid");
    }
}
