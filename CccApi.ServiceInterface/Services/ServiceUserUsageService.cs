using CccApi.ServiceInterface.Data;
using CccApi.ServiceInterface.Data.Entities;
using CccApi.ServiceInterface.Infrastructure;
using CccApi.ServiceInterface.Rules;
using CccApi.ServiceInterface.Usage;
using CccApi.ServiceModel;
using Microsoft.EntityFrameworkCore;

namespace CccApi.ServiceInterface.Services;

/// <summary>
/// A service's users with what their collection reported for them in a day or month (yesterday's day by default).
/// Whoever sees the service sees its users' usage.
/// </summary>
public sealed class ServiceUserUsageService(CccDbContext db, ICallerContext caller, TimeProvider time)
{
    /// <summary>The filters narrow together (AND); oldest user first.</summary>
    public async Task<GetServiceUsersUsagePagedResponse> Get(GetServiceUsersUsage request, CancellationToken ct)
    {
        var serviceId = await db.ServiceIdAsync(caller, request.ServiceGuid, nameof(request.ServiceGuid), ct);
        var period = UsageReportPeriod.For(request, Now);
        var users = db.ServiceUsers.AsNoTracking().Where(u => u.ServiceId == serviceId);
        if (request.UserStatus is { } status)
        {
            var stored = status == ServiceUserStatusEnum.Active ? RecordStatus.Active : RecordStatus.Disabled;
            users = users.Where(u => u.Status == stored);
        }
        if (request.UserGroupType is { } groupType)
        {
            var stored = groupType == ServiceUserGroupEnum.Professional ? ServiceUserGroupType.Professional : ServiceUserGroupType.Guest;
            users = users.Where(u => u.Group.Type == stored);
        }
        if (request.UserGroupGuid is { } groupId)
            users = users.Where(u => u.GroupId == groupId);

        var page = await users.OrderBy(u => u.CreatedOn).ThenBy(u => u.Id)
            .ToPageAsync(request, new GetServiceUsersUsagePagedResponse(), rows => rows.OrderBy(u => u.CreatedOn).ThenBy(u => u.Id).ToUsage(), ct);
        await page.Results.WithFiguresAsync(db, serviceId, period, ct);
        page.PeriodType = period.Type;
        page.Period = period.Start;
        page.ServiceGuid = serviceId;
        return page;
    }

    public async Task<GetServiceUserUsageResponse> Get(GetServiceUserUsage request, CancellationToken ct)
    {
        var serviceId = await db.ServiceIdAsync(caller, request.ServiceGuid, nameof(request.ServiceGuid), ct);
        var period = UsageReportPeriod.For(request, Now);
        var user = await db.ServiceUsers.AsNoTracking().Where(u => u.ServiceId == serviceId && u.Id == request.UserGuid).ToUsage().SingleOrDefaultAsync(ct)
            ?? throw HttpError.NotFound("Service user not found.", nameof(request.UserGuid));
        await new List<UserUsage> { user }.WithFiguresAsync(db, serviceId, period, ct);
        return new GetServiceUserUsageResponse { ServiceGuid = serviceId, PeriodType = period.Type, Period = period.Start, Usage = user };
    }

    private DateTime Now => time.GetUtcNow().UtcDateTime;
}
