using CccApi.ServiceInterface.Data;
using CccApi.ServiceInterface.Data.Entities;
using CccApi.ServiceInterface.Infrastructure;
using CccApi.ServiceInterface.Rules;
using CccApi.ServiceModel;
using Microsoft.EntityFrameworkCore;
using ServiceSku = CccApi.ServiceModel.ServiceSku;
using ServiceSkuBundleEntity = CccApi.ServiceInterface.Data.Entities.ServiceSkuBundle;
using SkuBundle = CccApi.ServiceModel.SkuBundle;
using SkuBundleEntity = CccApi.ServiceInterface.Data.Entities.SkuBundle;

namespace CccApi.ServiceInterface.Services;

public sealed class SkuBundleService(CccDbContext db, UniqueIndexGuard guard, TimeProvider time, ICallerContext caller, Quotas quotas)
{
    /// <summary>Creates a SkuBundle for the Partner; Status defaults to Active.</summary>
    public async Task<CreateSkuBundleResponse> Post(CreateSkuBundle request, CancellationToken ct)
    {
        var partner = await db.PartnerAsync(caller, request.PartnerGuid, nameof(request.PartnerGuid), ct);
        var status = request.Status is null
            ? RecordStatus.Active
            : RecordStatuses.Parse(request.Status)
              ?? throw HttpError.BadRequest("AllowableValues", RecordStatuses.InvalidMessage, nameof(request.Status));
        await quotas.EnsureRoomAsync(db.SkuBundles.Where(b => b.PartnerId == partner.Id), quotas.Settings.SkuBundlesPerPartner,
            "SkuBundles per Partner", nameof(request.PartnerGuid), ct);

        var bundle = new SkuBundleEntity
        {
            Id = Guid.NewGuid(),
            PartnerId = partner.Id,
            Name = NameForms.Normalize(request.Name)!,
            Status = status,
            CreatedOn = time.GetUtcNow().UtcDateTime,
        };
        db.SkuBundles.Add(bundle);
        await guard.SaveChangesAsync(ct);
        return new CreateSkuBundleResponse { SkuBundleGuid = bundle.Id };
    }

    /// <summary>The Partner's SkuBundles of one Status (Active unless asked), oldest first.</summary>
    public async Task<SkuBundlesPagedResponse> Get(GetSkuBundles request, CancellationToken ct)
    {
        var partnerId = await db.CataloguePartnerIdAsync(caller, request.PartnerGuid, nameof(request.PartnerGuid), ct);
        var status = RecordStatuses.Checked(request.Status, RecordStatus.Active);
        return await db.SkuBundles.Where(b => b.PartnerId == partnerId && b.Status == status)
            .OrderBy(b => b.CreatedOn).ThenBy(b => b.Id)
            .Select(b => new SkuBundle { Guid = b.Id, PartnerGuid = b.PartnerId, Name = b.Name, Status = b.Status.ToString() })
            .ToPageAsync(request, new SkuBundlesPagedResponse(), ct);
    }

    /// <summary>
    /// Assigns a copy of the SkuBundle to the Service: a new ServiceSkuBundle holding a copy of each of the
    /// bundle's Active Skus, written in one transaction. The bundle must belong to the Service's Partner and be
    /// Active; the copies count against the Service's Skus quota.
    /// </summary>
    public async Task<AssignServiceSkuBundleResponse> Post(AssignServiceSkuBundle request, CancellationToken ct)
    {
        var limit = quotas.Settings.SkusPerService;
        var room = await db.ServiceSkuRoomAsync(caller, request.ServiceGuid, limit, nameof(request.ServiceGuid), ct);
        var bundle = await db.SkuBundleAsync(caller, request.SkuBundleGuid, nameof(request.SkuBundleGuid), ct);
        await db.EnsureAssignableAsync(room.ServiceId, bundle.PartnerId, bundle.Status, "SkuBundle", nameof(request.SkuBundleGuid), ct);
        var skus = await db.Skus.AsNoTracking()
            .Where(s => s.SkuBundleId == bundle.Id && s.Status == RecordStatus.Active)
            .OrderBy(s => s.CreatedOn).ThenBy(s => s.Id)
            .ToListAsync(ct);
        Quotas.EnsureRoom(room.SkusUpToLimit, skus.Count, limit, "Skus per Service", nameof(request.ServiceGuid));

        var now = time.GetUtcNow().UtcDateTime;
        var assigned = new ServiceSkuBundleEntity
        {
            Id = Guid.NewGuid(),
            ServiceId = room.ServiceId,
            SkuBundleId = bundle.Id,
            Name = bundle.Name,
            AssignedDate = now,
            EndedDate = request.EndedDate,
        };
        db.ServiceSkuBundles.Add(assigned);
        db.ServiceSkus.AddRange(skus.Select(s => ServiceSkuCopies.CopyOf(s, room.ServiceId, assigned.Id, now, request.EndedDate)));
        await guard.SaveChangesAsync(ct);
        return new AssignServiceSkuBundleResponse { ServiceSkuBundleGuid = assigned.Id };
    }

    /// <summary>A ServiceSkuBundle of a Service the caller may see, with its ServiceSkus oldest first.</summary>
    public async Task<ServiceSkuBundleResponse> Get(GetServiceSkuBundle request, CancellationToken ct)
    {
        var services = db.Services.VisibleTo(caller);
        var bundle = await db.ServiceSkuBundles
            .Where(b => b.Id == request.ServiceSkuBundleGuid && services.Any(s => s.Id == b.ServiceId))
            .Select(b => new ServiceSkuBundleResponse { ServiceSkuBundleGuid = b.Id, SkuBundleGuid = b.SkuBundleId, Name = b.Name })
            .SingleOrDefaultAsync(ct)
            ?? throw HttpError.NotFound("ServiceSkuBundle not found.", nameof(request.ServiceSkuBundleGuid));
        bundle.ServiceSkus = await db.ServiceSkus.Where(s => s.ServiceSkuBundleId == bundle.ServiceSkuBundleGuid)
            .OrderBy(s => s.AssignedDate).ThenBy(s => s.Id)
            .Select(ServiceSkuProjection<ServiceSku>.ToDto)
            .ToListAsync(ct);
        return bundle;
    }
}
