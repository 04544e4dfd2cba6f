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
    /// The Sites associated with the caller (<see cref="CallerScope"/>), optionally only those where the Reseller (or
    /// any Reseller of the Partner) owns or has been granted a Collection. A Reseller or Partner the caller may not see filters as one that does not exist.
    /// </summary>
    public async Task<SitesPagedResponse> Get(GetSites request, CancellationToken ct)
    {
        var sites = db.Sites.VisibleTo(db, caller);
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
            .Select(SiteProjection<Site>.ToDto)
            .ToPageAsync(request, new SitesPagedResponse(), ct);
    }

    public async Task<SiteResponse> Get(GetSite request, CancellationToken ct) =>
        await db.Sites.VisibleTo(db, caller).Where(s => s.Id == request.SiteGuid)
            .Select(SiteProjection<SiteResponse>.ToDto)
            .SingleOrDefaultAsync(ct)
        ?? throw HttpError.NotFound("Site not found.", nameof(request.SiteGuid));

    /// <summary>The Sites the Partner has been given access to (PartnerSiteAccess) or owns, by name.</summary>
    public async Task<SitesPagedResponse> Get(GetPartnerSites request, CancellationToken ct)
    {
        var partner = await db.PartnerAsync(caller, request.PartnerGuid, nameof(request.PartnerGuid), ct);
        return await db.Sites
            .Where(s => s.OwnerPartnerId == partner.Id || db.PartnerSiteAccess.Any(a => a.SiteId == s.Id && a.PartnerId == partner.Id))
            .OrderBy(s => s.Name).ThenBy(s => s.Id)
            .Select(SiteProjection<Site>.ToDto)
            .ToPageAsync(request, new SitesPagedResponse(), ct);
    }

    /// <summary>Creates a Site; its Name must be unique.</summary>
    public async Task<CreateSiteResponse> Post(CreateSite request, CancellationToken ct)
    {
        SuperUserOnly.Demand(caller, "create a Site");
        var name = NameForms.Normalize(request.Name)!;
        var key = NameKeys.For(name);
        if (await db.Sites.AnyAsync(s => s.NameKey == key, ct))
            throw Conflicts.SiteName();
        if (request.OwnerPartnerGuid is { } ownerId)
            await db.PartnerAsync(caller, ownerId, nameof(request.OwnerPartnerGuid), ct);

        var site = new SiteEntity
        {
            Id = Guid.NewGuid(),
            Name = name,
            ProviderName = request.ProviderName,
            Jurisdiction = request.Jurisdiction,
            Endpoint = request.Endpoint,
            OwnerPartnerId = request.OwnerPartnerGuid,
            AvailableServerVersion = request.AvailableServerVersion,
            AvailableServicePack = request.AvailableServicePack,
            Status = SiteStatus.Active,
            CreatedOn = time.GetUtcNow().UtcDateTime,
        };
        db.Sites.Add(site);
        await guard.SaveChangesAsync(ct);
        return new CreateSiteResponse { SiteGuid = site.Id };
    }

    /// <summary>Adds an endpoint to a Site (ours; SuperUser only by [RequiredRole] on the DTO).</summary>
    public async Task<CreateSiteEndpointResponse> Post(CreateSiteEndpoint request, CancellationToken ct)
    {
        var site = await db.SiteAsync(request.SiteGuid, nameof(request.SiteGuid), ct);
        var endpoint = new Data.Entities.SiteEndpoint
        {
            Id = Guid.NewGuid(),
            SiteId = site.Id,
            Name = NameForms.Normalize(request.Name)!,
            SiteVersion = request.SiteVersion?.Trim(),
            Description = request.Description,
            Url = request.Url!,
            CreatedOn = time.GetUtcNow().UtcDateTime,
        };
        db.SiteEndpoints.Add(endpoint);
        await guard.SaveChangesAsync(ct);
        return new CreateSiteEndpointResponse { SiteEndpointGuid = endpoint.Id };
    }
}
