using CccApi.ServiceInterface.Data;
using Microsoft.EntityFrameworkCore;

namespace CccApi.ServiceInterface.Rules;

/// <summary>A Partner has access to a Site it owns (Site.OwnerPartnerGuid) or has been granted (PartnerSiteAccess).</summary>
public static class PartnerSites
{
    public static IQueryable<Guid> SiteIdsOf(CccDbContext db, Guid partnerId) =>
        db.Sites.Where(s => s.OwnerPartnerId == partnerId || db.PartnerSiteAccess.Any(a => a.SiteId == s.Id && a.PartnerId == partnerId))
            .Select(s => s.Id);

    public static Task<bool> HasAccessAsync(CccDbContext db, Guid partnerId, Guid siteId, CancellationToken ct) =>
        SiteIdsOf(db, partnerId).AnyAsync(id => id == siteId, ct);
}
