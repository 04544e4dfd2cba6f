using CccApi.ServiceInterface.Data;
using CccApi.ServiceInterface.Data.Entities;
using CccApi.ServiceInterface.Infrastructure;
using CccApi.ServiceInterface.Rules;
using CccApi.ServiceModel;
using Microsoft.EntityFrameworkCore;

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

        var bundle = new SkuBundle
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

    /// <summary>
    /// Assigns a copy of the SkuBundle to the Service. The bundle must belong to the Service's Partner.
    /// This API keeps no partner-level Skus, so the new ServiceSkuBundle starts empty; ServiceSkus are
    /// added to it with CreateServiceSku.
    /// </summary>
    public async Task<AssignServiceSkuBundleResponse> Post(AssignServiceSkuBundle request, CancellationToken ct)
    {
        var service = await db.ServiceAsync(caller, request.ServiceGuid, nameof(request.ServiceGuid), ct);
        var bundle = await db.SkuBundleAsync(caller, request.SkuBundleGuid, nameof(request.SkuBundleGuid), ct);
        var servicePartnerId = await db.Resellers.Where(r => r.Id == service.ResellerId).Select(r => r.PartnerId).SingleAsync(ct);
        if (bundle.PartnerId != servicePartnerId)
            throw HttpError.Forbidden("The SkuBundle belongs to a different Partner than the Service.", nameof(request.SkuBundleGuid));

        var assigned = new ServiceSkuBundle
        {
            Id = Guid.NewGuid(),
            ServiceId = service.Id,
            SkuBundleId = bundle.Id,
            Name = bundle.Name,
            AssignedDate = time.GetUtcNow().UtcDateTime,
            EndedDate = request.EndedDate,
        };
        db.ServiceSkuBundles.Add(assigned);
        await guard.SaveChangesAsync(ct);
        return new AssignServiceSkuBundleResponse { ServiceSkuBundleGuid = assigned.Id };
    }
}
