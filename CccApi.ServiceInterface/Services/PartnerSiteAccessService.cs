using CccApi.ServiceInterface.Data;
using CccApi.ServiceInterface.Data.Entities;
using CccApi.ServiceInterface.Infrastructure;
using CccApi.ServiceInterface.Rules;
using CccApi.ServiceModel;
using Microsoft.EntityFrameworkCore;

namespace CccApi.ServiceInterface.Services;

/// <summary>A Partner's access to a Site, which only a SuperUser grants and removes ([RequiredRole("SuperUser")] on the DTO).</summary>
public sealed class PartnerSiteAccessService(CccDbContext db, UniqueIndexGuard guard, TimeProvider time, ICallerContext caller)
{
    /// <summary>Grants the access; a second grant of the same access is a 409, decided by the unique index.</summary>
    public async Task<BaseResponse> Post(PartnerSiteAccess request, CancellationToken ct)
    {
        var partner = await db.PartnerAsync(caller, request.PartnerGuid, nameof(request.PartnerGuid), ct);
        var site = await db.SiteAsync(request.SiteGuid, nameof(request.SiteGuid), ct);
        if (await db.PartnerSiteAccess.AnyAsync(a => a.PartnerId == partner.Id && a.SiteId == site.Id, ct))
            throw Conflicts.PartnerSiteAccess();

        db.PartnerSiteAccess.Add(new PartnerSiteAccessRecord
        {
            Id = Guid.NewGuid(),
            PartnerId = partner.Id,
            SiteId = site.Id,
            CreatedOn = time.GetUtcNow().UtcDateTime,
        });
        await guard.SaveChangesAsync(ct);
        return new BaseResponse();
    }

    /// <summary>
    /// Removes the access. Refused (409) while any of the Partner's Resellers owns a Collection on the Site or has
    /// been granted one there, or the Partner itself has been granted one there (PartnerCollectionAccess): removing the Site from under them would strand their services; their grants are
    /// removed first, so nothing is revoked behind a Reseller's back.
    /// </summary>
    public async Task<BaseResponse> Delete(PartnerSiteAccess request, CancellationToken ct)
    {
        var partner = await db.PartnerAsync(caller, request.PartnerGuid, nameof(request.PartnerGuid), ct);
        var site = await db.SiteAsync(request.SiteGuid, nameof(request.SiteGuid), ct);
        var inUse = await db.Collections.AnyAsync(c => c.SiteId == site.Id && c.OwnerReseller.PartnerId == partner.Id, ct)
            || await db.ResellerCollectionAccess.AnyAsync(a => a.SiteId == site.Id && a.Reseller.PartnerId == partner.Id, ct);
        if (inUse)
            throw HttpError.Conflict("The Partner's Resellers still use Collections on this Site; remove their Collection access first.", nameof(request.SiteGuid));
        if (await db.PartnerCollectionAccess.AnyAsync(a => a.SiteId == site.Id && a.PartnerId == partner.Id, ct))
            throw HttpError.Conflict("The Partner still has access to Collections on this Site; remove its Collection access first.", nameof(request.SiteGuid));
        var removed = await db.PartnerSiteAccess.Where(a => a.PartnerId == partner.Id && a.SiteId == site.Id).ExecuteDeleteAsync(ct);
        if (removed == 0)
            throw HttpError.NotFound("The access record does not exist.", nameof(request.SiteGuid));
        return new BaseResponse();
    }
}
