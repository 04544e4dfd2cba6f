using CccApi.ServiceInterface.Data;
using CccApi.ServiceInterface.Infrastructure;
using CccApi.ServiceInterface.Rules;
using CccApi.ServiceModel;
using Microsoft.EntityFrameworkCore;
using ServiceSkuEntity = CccApi.ServiceInterface.Data.Entities.ServiceSku;

namespace CccApi.ServiceInterface.Services;

public sealed class ServiceSkuService(CccDbContext db, UniqueIndexGuard guard, TimeProvider time, ICallerContext caller, Quotas quotas)
{
    /// <summary>
    /// Adds a Sku to the Service, optionally inside one of the Service's bundles. BillingMetric defaults
    /// to NoMetric; UnitPrice and Quantity to 0; EndedDate to null.
    /// </summary>
    public async Task<AssignServiceSkuResponse> Post(CreateServiceSku request, CancellationToken ct)
    {
        var limit = quotas.Settings.SkusPerService;
        var room = await db.ServiceSkuRoomAsync(caller, request.ServiceGuid, limit, nameof(request.ServiceGuid), ct);
        var serviceId = room.ServiceId;
        if (request.ServiceSkuBundleGuid is { } bundleId
            && !await db.ServiceSkuBundles.AnyAsync(b => b.Id == bundleId && b.ServiceId == serviceId, ct))
            throw HttpError.NotFound("ServiceSkuBundle not found for this Service.", nameof(request.ServiceSkuBundleGuid));
        Quotas.EnsureRoom(room.SkusUpToLimit, limit, "Skus per Service", nameof(request.ServiceGuid));

        var metric = request.BillingMetric is null
            ? BillingMetrics.Default
            : BillingMetrics.Canonical(request.BillingMetric)
              ?? throw HttpError.BadRequest("AllowableValues", BillingMetrics.InvalidMessage, nameof(request.BillingMetric));

        var sku = new ServiceSkuEntity
        {
            Id = Guid.NewGuid(),
            ServiceId = serviceId,
            ServiceSkuBundleId = request.ServiceSkuBundleGuid,
            Name = NameForms.Normalize(request.Name),
            BillingMetric = metric,
            UnitPrice = request.UnitPrice,
            Quantity = request.Quantity,
            Description = request.Description,
            AssignedDate = time.GetUtcNow().UtcDateTime,
            EndedDate = request.EndedDate,
        };
        db.ServiceSkus.Add(sku);
        await guard.SaveChangesAsync(ct);
        return new AssignServiceSkuResponse { ServiceSkuGuid = sku.Id };
    }

    /// <summary>The Service's Skus, oldest first, filtered by AssignedDate after and EndedDate before the given dates.</summary>
    public async Task<ServiceSkusPagedResponse> Get(GetServiceSkus request, CancellationToken ct)
    {
        var serviceId = await db.ServiceIdAsync(caller, request.ServiceGuid, nameof(request.ServiceGuid), ct);
        var skus = db.ServiceSkus.Where(s => s.ServiceId == serviceId);
        if (request.AssignedDate is { } assignedAfter)
            skus = skus.Where(s => s.AssignedDate > assignedAfter);
        if (request.EndedDate is { } endedBefore)
            skus = skus.Where(s => s.EndedDate < endedBefore);

        return await skus.OrderBy(s => s.AssignedDate).ThenBy(s => s.Id)
            .Select(s => new ServiceSku
            {
                ServiceSkuGuid = s.Id,
                ServiceSkuBundleGuid = s.ServiceSkuBundleId,
                Name = s.Name,
                AssignedDate = s.AssignedDate,
                EndedDate = s.EndedDate,
                BillingMetric = s.BillingMetric,
                Quantity = s.Quantity,
                UnitPrice = s.UnitPrice,
                Description = s.Description,
            })
            .ToPageAsync(request, new ServiceSkusPagedResponse(), ct);
    }
}
