using CccApi.ServiceInterface.Data;
using CccApi.ServiceInterface.Infrastructure;
using CccApi.ServiceInterface.Rules;
using CccApi.ServiceModel;
using Microsoft.EntityFrameworkCore;
using SiteEntity = CccApi.ServiceInterface.Data.Entities.Site;

namespace CccApi.ServiceInterface.Services;

public sealed class SiteService(CccDbContext db, UniqueIndexGuard guard, TimeProvider time, ICallerContext caller)
{
    /// <summary>
    /// Sites, optionally only those where the Reseller (or any Reseller of the Partner) owns or has been
    /// granted a Collection. A Reseller or Partner the caller may not see filters as one that does not exist.
    /// </summary>
    public async Task<SitesPagedResponse> Get(GetSites request, CancellationToken ct)
    {
        var sites = db.Sites.AsQueryable();
        var visibleResellers = db.Resellers.VisibleTo(caller);
        var visiblePartners = db.Partners.VisibleTo(caller);
        if (request.ResellerGuid is { } resellerId)
            sites = sites.Where(s => visibleResellers.Any(r => r.Id == resellerId) && db.Collections.Any(c => c.SiteId == s.Id
                && (c.OwnerResellerId == resellerId
                    || db.ResellerCollectionAccess.Any(a => a.CollectionId == c.Id && a.ResellerId == resellerId))));
        if (request.PartnerGuid is { } partnerId)
            sites = sites.Where(s => visiblePartners.Any(p => p.Id == partnerId) && db.Collections.Any(c => c.SiteId == s.Id
                && (c.OwnerReseller.PartnerId == partnerId
                    || db.ResellerCollectionAccess.Any(a => a.CollectionId == c.Id && a.Reseller.PartnerId == partnerId))));

        return await sites.OrderBy(s => s.Name).ThenBy(s => s.Id)
            .Select(s => new Site
            {
                SiteGuid = s.Id,
                CreatedOn = s.CreatedOn,
                Name = s.Name,
                ProviderName = s.ProviderName,
                Jurisdiction = s.Jurisdiction,
                Status = s.Status,
                Endpoint = s.Endpoint,
            })
            .ToPageAsync(request, new SitesPagedResponse(), ct);
    }

    public async Task<SiteResponse> Get(GetSite request, CancellationToken ct)
    {
        var site = await db.SiteAsync(request.SiteGuid, nameof(request.SiteGuid), ct);
        return new SiteResponse
        {
            SiteGuid = site.Id,
            CreatedOn = site.CreatedOn,
            Name = site.Name,
            ProviderName = site.ProviderName,
            Jurisdiction = site.Jurisdiction,
            Status = site.Status,
            Endpoint = site.Endpoint,
        };
    }

    /// <summary>Creates a Site; its Name must be unique.</summary>
    public async Task<CreateSiteResponse> Post(CreateSite request, CancellationToken ct)
    {
        SuperUserOnly.Demand(caller, "create a Site");
        var name = NameForms.Normalize(request.Name)!;
        var key = NameKeys.For(name);
        if (await db.Sites.AnyAsync(s => s.NameKey == key, ct))
            throw Conflicts.SiteName();

        var site = new SiteEntity
        {
            Id = Guid.NewGuid(),
            Name = name,
            ProviderName = request.ProviderName,
            Jurisdiction = request.Jurisdiction,
            Endpoint = request.Endpoint,
            Status = SiteStatus.Active,
            CreatedOn = time.GetUtcNow().UtcDateTime,
        };
        db.Sites.Add(site);
        await guard.SaveChangesAsync(ct);
        return new CreateSiteResponse { SiteGuid = site.Id };
    }
}
