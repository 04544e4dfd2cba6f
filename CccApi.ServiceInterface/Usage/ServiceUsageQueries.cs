using CccApi.ServiceInterface.Data;
using CccApi.ServiceInterface.Data.Entities;
using CccApi.ServiceModel;
using Microsoft.EntityFrameworkCore;
using ServiceEntity = CccApi.ServiceInterface.Data.Entities.Service;
using ServiceUsageWire = CccApi.ServiceModel.ServiceUsage;

namespace CccApi.ServiceInterface.Usage;

/// <summary>
/// Services with their usage in one period: the services' own fields in one query, then their rollup rows of the
/// period and their latest user counts at its end, each one query keyed by the page's services, so a page costs
/// the same however many records or users lie behind it.
/// </summary>
public static class ServiceUsageQueries
{
    /// <summary>The statuses whose services the usage reports leave out, as the pages say.</summary>
    public static readonly ServiceStatus[] Excluded = [ServiceStatus.Blocked, ServiceStatus.Provisioning];

    public static IQueryable<ServiceEntity> Reportable(this IQueryable<ServiceEntity> services) =>
        services.Where(s => s.Status != ServiceStatus.Blocked && s.Status != ServiceStatus.Provisioning);

    /// <summary>The kept counts (<see cref="ServiceStatusCount"/>) of the services <see cref="Reportable(IQueryable{ServiceEntity})"/> keeps.</summary>
    public static IQueryable<ServiceStatusCount> Reportable(this IQueryable<ServiceStatusCount> counts) =>
        counts.Where(c => c.Status != ServiceStatus.Blocked && c.Status != ServiceStatus.Provisioning);

    /// <summary>
    /// A partner's services: by the partner kept on each service, one range of the (PartnerId, CreatedOn, Id, Status)
    /// index, in page order. (As "reseller in the partner's resellers", SQLite 3.53 read and sorted all of a 100,000-service
    /// partner's services for every page, 0.3-2 s; walking all services in page order instead cost 0.5 µs a service passed.)
    /// </summary>
    public static IQueryable<ServiceEntity> OfPartner(this IQueryable<ServiceEntity> services, Guid partnerId) =>
        services.Where(s => s.PartnerId == partnerId);

    /// <summary>
    /// The services of <paramref name="page"/> (a page of an ordered query), read again by Id: the page itself is then
    /// chosen by a query of Ids alone, which an index holding the filter and order (PartnerId, CreatedOn, Id, Status;
    /// CreatedOn, Id, ResellerId, Status) answers without reading a row, skipped or not.
    /// </summary>
    public static IQueryable<ServiceEntity> ReadById(this IQueryable<ServiceEntity> page, CccDbContext db) =>
        db.Services.Where(s => page.Select(p => p.Id).Contains(s.Id));

    /// <summary>The page's services as ServiceUsage (in the page's order), usage and counts still zero.</summary>
    public static IQueryable<T> ToUsage<T>(this IQueryable<ServiceEntity> services, UsageReportPeriod period) where T : ServiceUsageWire, new() =>
        services.Select(s => new T
        {
            ServiceGuid = s.Id,
            Name = s.ServiceName,
            Status = s.Status,
            ServiceCode = s.ServiceCode,
            ReferenceId = s.ReferenceId,
            PrimaryDomain = s.PrimaryDomain,
            CreatedOn = s.CreatedOn,
            TrialEndDate = s.TrialEndDate,
            EffectiveDate = s.EffectiveDate,
            InitialTerm = s.InitialTerm ?? 0,
            CollectionGuid = s.CollectionId,
            CollectionName = s.Collection.Name,
            ClientGuid = s.ClientGuid,
            Contact = s.Contact == null ? null : new ContactInfo { Name = s.Contact.Name, Email = s.Contact.Email, PhoneNumber = s.Contact.PhoneNumber },
            Company = s.Company == null ? null : new Company
            {
                Name = s.Company.Name,
                Address = s.Company.Address,
                City = s.Company.City,
                StateProvince = s.Company.StateProvince,
                PostalCode = s.Company.PostalCode,
                Country = s.Company.Country,
                Website = s.Company.Website,
            },
            PeriodType = period.Type,
            Period = period.Start,
        });

    /// <summary>Fills each item's usage figures and user counts for its period.</summary>
    public static async Task<List<T>> WithFiguresAsync<T>(this List<T> items, CccDbContext db, UsageReportPeriod period, CancellationToken ct) where T : ServiceUsageWire
    {
        if (items.Count == 0) return items;
        var ids = items.Select(i => i.ServiceGuid).ToList();
        var figures = await FiguresAsync(db, ids, period, ct);
        var counts = await UserCountQueries.AtAsync(db, ids, period, ct);
        foreach (var item in items)
        {
            if (figures.TryGetValue(item.ServiceGuid, out var usage))
            {
                item.TotalMessageCount = WireIntegers.Saturated(usage.MessagesSent);
                item.TotalAttachmentCount = WireIntegers.Saturated(usage.AttachmentsCount);
                item.AttachmentStorageUsage = usage.AttachmentsSize;
                item.FeatureUsageSecureMessagingGateway = WireIntegers.Saturated(usage.SecureMessagingGateway);
                item.FeatureUsageSecureMessagingPlus = WireIntegers.Saturated(usage.SecureMessagingPlus);
                item.FeatureUsageDataLeakPrevention = WireIntegers.Saturated(usage.DataLeakPrevention);
                item.FeatureUsageSecureLargeFiles = WireIntegers.Saturated(usage.SecureLargeFiles);
                item.FeatureUsageSecureForms = WireIntegers.Saturated(usage.SecureForms);
            }
            if (counts.TryGetValue(item.ServiceGuid, out var count))
            {
                item.TotalUserCount = count.Total;
                item.ProUserCount = count.Professional;
                item.GuestUserCount = count.Guest;
                item.DisabledUserCount = count.Disabled;
                item.UnregisteredUserCount = count.Unregistered;
            }
        }
        return items;
    }

    private static async Task<Dictionary<Guid, UsageFigures>> FiguresAsync(CccDbContext db, List<Guid> ids, UsageReportPeriod period, CancellationToken ct)
    {
        var start = period.Start;
        return period.Type == PeriodType.Daily
            ? (await db.ServiceUsageDays.AsNoTracking().Where(d => ids.Contains(d.ServiceId) && d.Day == start).ToListAsync(ct))
                .ToDictionary(d => d.ServiceId, d => (UsageFigures)d)
            : (await db.ServiceUsageMonths.AsNoTracking().Where(m => ids.Contains(m.ServiceId) && m.Month == start).ToListAsync(ct))
                .ToDictionary(m => m.ServiceId, m => (UsageFigures)m);
    }

}
