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
    /// oldest first, after OldestServiceGuid's when given; one row per domain.
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
        var rows = await services.OrderBy(s => s.CreatedOn).ThenBy(s => s.Id).Take(MaxServices)
            .Select(s => new ServiceWithDomain { ServiceGuid = s.Id, Domain = s.PrimaryDomain })
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
