using CccApi.ServiceInterface.Data;
using CccApi.ServiceInterface.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace CccApi.ServiceInterface.Rules;

/// <summary>A reseller, and a partner, has at most one default Collection per Site; the database's filtered unique indexes enforce it too.</summary>
public static class DefaultCollectionForSite
{
    /// <summary>
    /// Takes the reseller's row lock for the rest of the caller's transaction (an update that changes
    /// nothing locks the row on every provider), so that requests changing the reseller's defaults take
    /// turns: each then reads the defaults the previous one committed, instead of two of them waiting on
    /// each other's new default in the unique index (a deadlock).
    /// </summary>
    public static Task LockResellerAsync(CccDbContext db, Guid resellerId, CancellationToken ct) =>
        db.Resellers.Where(r => r.Id == resellerId).ExecuteUpdateAsync(set => set.SetProperty(r => r.Status, r => r.Status), ct);

    public static Task<bool> ResellerHasRecordOnSiteAsync(CccDbContext db, Guid resellerId, Guid siteId, CancellationToken ct) =>
        db.ResellerCollectionAccess.AnyAsync(a => a.ResellerId == resellerId && a.SiteId == siteId, ct);

    /// <summary>
    /// Clears the reseller's other defaults on the Site and saves, so that the new default written
    /// afterwards (in the caller's transaction) never meets the old one in the unique index.
    /// </summary>
    public static async Task ClearOthersAsync(CccDbContext db, Guid resellerId, Guid siteId, Guid keepCollectionId, CancellationToken ct)
    {
        var others = await db.ResellerCollectionAccess
            .Where(a => a.ResellerId == resellerId && a.SiteId == siteId && a.IsDefaultCollectionForSite && a.CollectionId != keepCollectionId)
            .ToListAsync(ct);
        if (others.Count == 0)
            return;
        foreach (var other in others)
            other.IsDefaultCollectionForSite = false;
        await db.SaveChangesAsync(ct);
    }

    /// <summary>As <see cref="LockResellerAsync"/>, for the partner's defaults (PartnerCollectionAccess).</summary>
    public static Task LockPartnerAsync(CccDbContext db, Guid partnerId, CancellationToken ct) =>
        db.Partners.Where(p => p.Id == partnerId).ExecuteUpdateAsync(set => set.SetProperty(p => p.Status, p => p.Status), ct);

    public static Task<bool> PartnerHasRecordOnSiteAsync(CccDbContext db, Guid partnerId, Guid siteId, CancellationToken ct) =>
        db.PartnerCollectionAccess.AnyAsync(a => a.PartnerId == partnerId && a.SiteId == siteId, ct);

    /// <summary>As <see cref="ClearOthersAsync"/>, for the partner's defaults.</summary>
    public static async Task ClearPartnerOthersAsync(CccDbContext db, Guid partnerId, Guid siteId, Guid keepCollectionId, CancellationToken ct)
    {
        var others = await db.PartnerCollectionAccess
            .Where(a => a.PartnerId == partnerId && a.SiteId == siteId && a.IsDefaultCollectionForSite && a.CollectionId != keepCollectionId)
            .ToListAsync(ct);
        if (others.Count == 0)
            return;
        foreach (var other in others)
            other.IsDefaultCollectionForSite = false;
        await db.SaveChangesAsync(ct);
    }
}
