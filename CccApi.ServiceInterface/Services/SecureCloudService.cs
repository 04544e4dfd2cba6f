using CccApi.ServiceInterface.Data;
using CccApi.ServiceInterface.Infrastructure;
using CccApi.ServiceInterface.Rules;
using CccApi.ServiceModel;
using Microsoft.EntityFrameworkCore;

namespace CccApi.ServiceInterface.Services;

public sealed class SecureCloudService(CccDbContext db, ICallerContext caller, TimeProvider time)
{
    /// <summary>The page's window: services created in the last two days.</summary>
    public static readonly TimeSpan Window = TimeSpan.FromDays(2);

    /// <summary>At most this many services a call; the caller continues with the last one's Guid as OldestServiceGuid.</summary>
    public const int MaxServices = 1000;

    /// <summary>
    /// The services the caller sees that were created in the last two days and are not connected to Secure Cloud,
    /// oldest first, after OldestServiceGuid's when given; one row per domain of each (primary first), at most MaxServices services.
    /// </summary>
    public async Task<RecentlyCreatedServicesWithDomainsResponse> Get(RecentlyCreatedServicesWithDomains request, CancellationToken ct)
    {
        var since = time.GetUtcNow().UtcDateTime - Window;
        var services = db.Services.VisibleTo(caller).Where(s => s.CreatedOn >= since && s.SecureCloudConnectedOn == null);
        if (request.OldestServiceGuid is { } oldestId)
        {
            var oldest = await db.Services.VisibleTo(caller).Where(s => s.Id == oldestId).Select(s => new { s.CreatedOn, s.Id }).SingleOrDefaultAsync(ct)
                ?? throw HttpError.NotFound("Service not found.", nameof(request.OldestServiceGuid));
            // After it in the list's order (creation, then Guid), so that services created at the same instant are neither lost nor repeated.
            services = services.Where(s => s.CreatedOn > oldest.CreatedOn || (s.CreatedOn == oldest.CreatedOn && s.Id.CompareTo(oldest.Id) > 0));
        }
        // The page of services first, then their domains: the cap counts services, however many domains each has. A
        // service without a domain is listed once, its Domain null; the primary domain comes first, then the others as added.
        var page = services.OrderBy(s => s.CreatedOn).ThenBy(s => s.Id).Take(MaxServices);
        var rows = await page
            .SelectMany(s => db.ServiceDomains.Where(d => d.ServiceId == s.Id).DefaultIfEmpty(),
                (s, d) => new { s.CreatedOn, s.Id, IsPrimary = d != null && d.Domain == s.PrimaryDomain, DomainAdded = d == null ? (DateTime?)null : d.CreatedOn, Domain = d == null ? null : d.Domain })
            .OrderBy(r => r.CreatedOn).ThenBy(r => r.Id).ThenByDescending(r => r.IsPrimary).ThenBy(r => r.DomainAdded).ThenBy(r => r.Domain)
            .Select(r => new ServiceWithDomain { ServiceGuid = r.Id, Domain = r.Domain })
            .ToListAsync(ct);
        return new RecentlyCreatedServicesWithDomainsResponse { ServicesWithDomains = rows };
    }

    public async Task<BaseResponse> Put(UpdateSecureCloudConnection request, CancellationToken ct)
    {
        SuperUserOnly.Demand(caller, "record Secure Cloud connections");
        DateTime? connectedOn = request.Connected == true ? time.GetUtcNow().UtcDateTime : null;
        var changed = await db.Services.Where(s => s.Id == request.ServiceGuid)
            .ExecuteUpdateAsync(s => s.SetProperty(x => x.SecureCloudConnectedOn, x => request.Connected == true ? x.SecureCloudConnectedOn ?? connectedOn : null), ct);
        if (changed == 0) throw HttpError.NotFound("Service not found.", nameof(request.ServiceGuid));
        return new BaseResponse();
    }
}
