using CccApi.ServiceInterface.Data;
using CccApi.ServiceInterface.Data.Commands;
using CccApi.ServiceInterface.Data.Entities;
using CccApi.ServiceInterface.Infrastructure;
using CccApi.ServiceInterface.Rules;
using CccApi.ServiceModel;
using Microsoft.EntityFrameworkCore;
using ServiceSku = CccApi.ServiceModel.ServiceSku;
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
        await guard.WriteAsync(ServiceSkuInsert.InsertAsync(db, sku, ct));
        return new AssignServiceSkuResponse { ServiceSkuGuid = sku.Id };
    }

    /// <summary>
    /// Copies the Partner's Sku onto the Service as a new ServiceSku that keeps its SkuGuid and is not editable.
    /// The Sku must belong to the Service's Partner and be Active.
    /// </summary>
    public async Task<AssignServiceSkuResponse> Post(AssignServiceSku request, CancellationToken ct)
    {
        var limit = quotas.Settings.SkusPerService;
        var room = await db.ServiceSkuRoomAsync(caller, request.ServiceGuid, limit, nameof(request.ServiceGuid), ct);
        var sku = await db.SkuAsync(caller, request.SkuGuid, nameof(request.SkuGuid), ct);
        await db.EnsureAssignableAsync(room.ServiceId, sku.PartnerId, sku.Status, "Sku", nameof(request.SkuGuid), ct);
        Quotas.EnsureRoom(room.SkusUpToLimit, limit, "Skus per Service", nameof(request.ServiceGuid));

        var copy = ServiceSkuCopies.CopyOf(sku, room.ServiceId, serviceSkuBundleId: null, time.GetUtcNow().UtcDateTime, request.EndedDate);
        db.ServiceSkus.Add(copy);
        await guard.SaveChangesAsync(ct);
        return new AssignServiceSkuResponse { ServiceSkuGuid = copy.Id };
    }

    /// <summary>A ServiceSku of a Service the caller may see.</summary>
    public async Task<ServiceSkuResponse> Get(GetServiceSku request, CancellationToken ct)
    {
        var services = db.Services.VisibleTo(caller);
        return await db.ServiceSkus
            .Where(s => s.Id == request.ServiceSkuGuid && services.Any(v => v.Id == s.ServiceId))
            .Select(ServiceSkuProjection<ServiceSkuResponse>.ToDto)
            .SingleOrDefaultAsync(ct)
            ?? throw HttpError.NotFound("ServiceSku not found.", nameof(request.ServiceSkuGuid));
    }

    /// <summary>
    /// The Service's Skus, oldest first, filtered by the Sku they were copied from, AssignedDate after and
    /// EndedDate before the given dates.
    /// </summary>
    public async Task<ServiceSkusPagedResponse> Get(GetServiceSkus request, CancellationToken ct)
    {
        var serviceId = await db.ServiceIdAsync(caller, request.ServiceGuid, nameof(request.ServiceGuid), ct);
        var skus = db.ServiceSkus.Where(s => s.ServiceId == serviceId);
        if (request.SkuGuid is { } skuId)
            skus = skus.Where(s => s.SkuId == skuId);
        if (request.AssignedDate is { } assignedAfter)
            skus = skus.Where(s => s.AssignedDate > assignedAfter);
        if (request.EndedDate is { } endedBefore)
            skus = skus.Where(s => s.EndedDate < endedBefore);

        return await skus.OrderBy(s => s.AssignedDate).ThenBy(s => s.Id)
            .Select(ServiceSkuProjection<ServiceSku>.ToDto)
            .ToPageAsync(request, new ServiceSkusPagedResponse(), ct);
    }
}
