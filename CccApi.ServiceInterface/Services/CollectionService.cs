using CccApi.ServiceInterface.Configuration;
using CccApi.ServiceInterface.Data;
using CccApi.ServiceInterface.Data.Entities;
using CccApi.ServiceInterface.Infrastructure;
using CccApi.ServiceInterface.Rules;
using CccApi.ServiceModel;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using CollectionEntity = CccApi.ServiceInterface.Data.Entities.Collection;

namespace CccApi.ServiceInterface.Services;

public sealed class CollectionService(CccDbContext db, UniqueIndexGuard guard, TimeProvider time, ICallerContext caller, Quotas quotas, IOptions<DirectorySettings> directory)
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
        var collections = await db.Collections.VisibleTo(db, caller)
            .Where(c => c.OwnerResellerId == reseller.Id || access.Any(a => a.CollectionId == c.Id))
            .OrderBy(c => c.Name).ThenBy(c => c.Id)
            .Select(CollectionProjection<ResellerCollection>.ToDto(db))
            .ToListAsync(ct);
        var defaults = await access.Where(a => a.IsDefaultCollectionForSite).Select(a => a.CollectionId).ToListAsync(ct);
        foreach (var collection in collections)
            collection.IsDefaultCollectionForSite = defaults.Contains(collection.CollectionGuid);
        return collections;
    }

    /// <summary>
    /// The Collections associated with the caller (<see cref="CallerScope"/>), by name, optionally only a Partner's (owned by
    /// its Resellers, granted to them or to it), a Reseller's (owned or granted) or a Site's. A Partner or Reseller filter
    /// the caller may not see lists nothing.
    /// </summary>
    public async Task<CollectionsPagedResponse> Get(GetCollections request, CancellationToken ct)
    {
        var collections = db.Collections.VisibleTo(db, caller);
        if (request.PartnerGuid is { } partnerId)
        {
            var partners = db.Partners.VisibleTo(caller).Where(p => p.Id == partnerId);
            collections = collections.Where(c => partners.Any() && (c.OwnerReseller.PartnerId == partnerId
                || db.ResellerCollectionAccess.Any(a => a.CollectionId == c.Id && a.Reseller.PartnerId == partnerId)
                || db.PartnerCollectionAccess.Any(a => a.CollectionId == c.Id && a.PartnerId == partnerId)));
        }
        if (request.ResellerGuid is { } resellerId)
        {
            var resellers = db.Resellers.VisibleTo(caller).Where(r => r.Id == resellerId);
            collections = collections.Where(c => resellers.Any() && (c.OwnerResellerId == resellerId
                || db.ResellerCollectionAccess.Any(a => a.CollectionId == c.Id && a.ResellerId == resellerId)));
        }
        if (request.SiteGuid is { } siteId)
            collections = collections.Where(c => c.SiteId == siteId);

        return await collections.OrderBy(c => c.Name).ThenBy(c => c.Id)
            .Select(CollectionProjection<ServiceModel.Collection>.ToDto(db))
            .ToPageAsync(request, new CollectionsPagedResponse(), ct);
    }

    public async Task<CollectionResponse> Get(GetCollection request, CancellationToken ct) =>
        await db.Collections.VisibleTo(db, caller).Where(c => c.Id == request.CollectionGuid)
            .Select(CollectionProjection<CollectionResponse>.ToDto(db))
            .SingleOrDefaultAsync(ct)
        ?? throw HttpError.NotFound("Collection not found.", nameof(request.CollectionGuid));

    /// <summary>
    /// Changes the fields sent (null leaves a field as it is). Its owner changes it: a SuperUser, the owning Reseller's
    /// admins and its Partner's; a Reseller that was only granted the Collection is refused (403). Name, Status,
    /// CurrentVersion and DefaultTrialPeriod only a SuperUser sets. A Collection moves to another Site only while no
    /// service is installed in it and no access record names it, since both are tied to its Site; its endpoint must be
    /// one of its (new) Site's.
    /// </summary>
    public async Task<BaseResponse> Put(UpdateCollection request, CancellationToken ct)
    {
        SuperUserFields.Demand(caller, request.Name, nameof(request.Name));
        SuperUserFields.Demand(caller, request.Status, nameof(request.Status));
        SuperUserFields.Demand(caller, request.CurrentVersion, nameof(request.CurrentVersion));
        SuperUserFields.Demand(caller, request.DefaultTrialPeriod, nameof(request.DefaultTrialPeriod));
        var collection = await db.CollectionAsync(caller, request.CollectionGuid, nameof(request.CollectionGuid), ct);
        if (!await IsOwnedByCallerAsync(collection, ct))
            throw HttpError.Forbidden("Only the Collection's owner may change it.", nameof(request.CollectionGuid));

        if (request.SiteGuid is { } siteId && siteId != collection.SiteId)
        {
            var site = await db.SiteAsync(caller, siteId, nameof(request.SiteGuid), ct);
            var tied = await db.Services.AnyAsync(s => s.CollectionId == collection.Id, ct)
                || await db.ResellerCollectionAccess.AnyAsync(a => a.CollectionId == collection.Id, ct)
                || await db.PartnerCollectionAccess.AnyAsync(a => a.CollectionId == collection.Id, ct);
            if (tied)
                throw HttpError.Conflict("The Collection has services or access records on its Site; it cannot move to another Site.", nameof(request.SiteGuid));
            collection.SiteId = site.Id;
            if (request.SiteEndpointGuid is null) collection.SiteEndpointId = null;
        }
        if (request.SiteEndpointGuid is { } endpointId)
        {
            if (!await db.SiteEndpoints.AnyAsync(e => e.Id == endpointId && e.SiteId == collection.SiteId, ct))
                throw HttpError.NotFound("The Collection's Site has no such endpoint.", nameof(request.SiteEndpointGuid));
            collection.SiteEndpointId = endpointId;
        }
        if (NameForms.Normalize(request.Name) is { } name) collection.Name = name;
        collection.Status = RecordStatuses.Checked(request.Status, collection.Status);
        if (request.ServicesApiBaseUrl is { } baseUrl) collection.ServicesApiBaseUrl = baseUrl;
        if (request.CurrentVersion is { } version) collection.CurrentVersion = version.Trim();
        if (request.DefaultTrialPeriod is { } trialDays) collection.DefaultTrialPeriod = trialDays;
        await guard.SaveChangesAsync(ct);
        return new BaseResponse();
    }

    /// <summary>Our UTC time and the versions we hold for the Collection and its Site; it contacts nothing.</summary>
    public async Task<PingCollectionResponse> Get(PingCollection request, CancellationToken ct)
    {
        var versions = await db.Collections.VisibleTo(db, caller).Where(c => c.Id == request.CollectionGuid)
            .Select(c => new
            {
                c.CurrentVersion,
                EndpointVersion = db.SiteEndpoints.Where(e => e.Id == c.SiteEndpointId).Select(e => e.SiteVersion).FirstOrDefault(),
                c.Site.AvailableServerVersion,
            })
            .SingleOrDefaultAsync(ct)
            ?? throw HttpError.NotFound("Collection not found.", nameof(request.CollectionGuid));
        return new PingCollectionResponse
        {
            Timestamp = time.GetUtcNow().UtcDateTime,
            DirectoryVersion = directory.Value.Version,
            SiteVersion = versions.EndpointVersion ?? versions.AvailableServerVersion,
            CollectionVersion = versions.CurrentVersion,
        };
    }

    private async Task<bool> IsOwnedByCallerAsync(CollectionEntity collection, CancellationToken ct) =>
        caller.IsSuperUser
        || (caller.Type == AdminUserType.Reseller && collection.OwnerResellerId == caller.ScopeId)
        || (caller.Type == AdminUserType.Partner
            && await db.Resellers.AnyAsync(r => r.Id == collection.OwnerResellerId && r.PartnerId == caller.ScopeId, ct));
}
