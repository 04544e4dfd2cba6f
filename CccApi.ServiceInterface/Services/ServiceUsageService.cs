using CccApi.ServiceInterface.Data;
using CccApi.ServiceInterface.Infrastructure;
using CccApi.ServiceInterface.Rules;
using CccApi.ServiceInterface.Usage;
using CccApi.ServiceModel;
using Microsoft.EntityFrameworkCore;
using ServiceEntity = CccApi.ServiceInterface.Data.Entities.Service;
using ServiceUsageWire = CccApi.ServiceModel.ServiceUsage;

namespace CccApi.ServiceInterface.Services;

/// <summary>
/// Services' usage in a day or month: what their collections reported (messages, attachments, features) and their
/// user counts at the period's end. Services whose Status is Blocked or Provisioning are left out of the lists, and
/// GetServiceUsage refuses them, as the pages say.
/// </summary>
public sealed class ServiceUsageService(CccDbContext db, ICallerContext caller, TimeProvider time, ServicePageAnchors anchors)
{
    /// <summary>The filters narrow together (AND); the dates include their bounds; oldest service first.</summary>
    public Task<ServiceUsagePagedResponse> Get(GetServicesUsage request, CancellationToken ct)
    {
        var services = db.Services.VisibleTo(caller).Reportable();
        // Total and page start come from the kept per-reseller counts unless a filter narrows the list below a reseller.
        var shape = request.ServiceGuid is null && request.CreatedAfterDateTime is null && request.CreatedBeforeDateTime is null
            ? ServiceListShape.SeenBy(caller, reportableOnly: true)
            : null;
        if (request.PartnerGuid is { } partnerId)
        {
            services = services.OfPartner(partnerId);
            shape = shape?.OfPartner(partnerId);
        }
        if (request.ResellerGuid is { } resellerId)
        {
            services = services.Where(s => s.ResellerId == resellerId);
            shape = shape?.OfReseller(resellerId);
        }
        if (request.ServiceGuid is { } serviceId)
            services = services.Where(s => s.Id == serviceId);
        if (request.CreatedAfterDateTime is { } after)
        {
            var from = after.ToUniversalTime();
            services = services.Where(s => s.CreatedOn >= from);
        }
        if (request.CreatedBeforeDateTime is { } before)
        {
            var to = before.ToUniversalTime();
            services = services.Where(s => s.CreatedOn <= to);
        }
        return PageAsync(services, shape, request, UsageReportPeriod.For(request, Now), ct);
    }

    /// <summary>Deprecated on the original, still answered: GetServicesUsage for one Reseller, daily, yesterday.</summary>
    public async Task<ServiceUsagePagedResponse> Get(GetResellerServiceUsage request, CancellationToken ct)
    {
        var resellerId = await db.ResellerIdAsync(caller, request.ResellerGuid, nameof(request.ResellerGuid), ct);
        var services = db.Services.VisibleTo(caller).Reportable().Where(s => s.ResellerId == resellerId);
        return await PageAsync(services, ServiceListShape.SeenBy(caller, reportableOnly: true)?.OfReseller(resellerId), request, UsageReportPeriod.For(null, null, Now), ct);
    }

    /// <summary>The page has no period parameters: yesterday's daily usage.</summary>
    public async Task<ServiceUsageResponse> Get(GetServiceUsage request, CancellationToken ct)
    {
        var period = UsageReportPeriod.For(null, null, Now);
        var service = await db.Services.VisibleTo(caller).Where(s => s.Id == request.ServiceGuid).ToUsage<ServiceUsageResponse>(period).AsNoTracking().SingleOrDefaultAsync(ct)
            ?? throw HttpError.NotFound("Service not found.", nameof(request.ServiceGuid));
        if (ServiceUsageQueries.Excluded.Contains(service.Status))
            throw HttpError.Conflict($"There is no usage report for a Service whose Status is {service.Status}.", nameof(request.ServiceGuid));
        return (await new List<ServiceUsageResponse> { service }.WithFiguresAsync(db, period, ct))[0];
    }

    /// <summary><paramref name="shape"/>: the kept list <paramref name="services"/> are, or null to count and skip them.</summary>
    private async Task<ServiceUsagePagedResponse> PageAsync(IQueryable<ServiceEntity> services, ServiceListShape? shape,
        IPagedRequest request, UsageReportPeriod period, CancellationToken ct)
    {
        var page = await services.OrderBy(s => s.CreatedOn).ThenBy(s => s.Id)
            .ToPageAsync(request, new ServiceUsagePagedResponse(), rows => rows.ReadById(db).OrderBy(s => s.CreatedOn).ThenBy(s => s.Id).ToUsage<ServiceUsageWire>(period), ct,
                shape is null ? null : new KeptServiceList(shape, db, anchors));
        await page.Results.WithFiguresAsync(db, period, ct);
        return page;
    }

    private DateTime Now => time.GetUtcNow().UtcDateTime;
}
