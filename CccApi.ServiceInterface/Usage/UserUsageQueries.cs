using CccApi.ServiceInterface.Data;
using CccApi.ServiceInterface.Data.Entities;
using CccApi.ServiceModel;
using Microsoft.EntityFrameworkCore;
using ServiceUserEntity = CccApi.ServiceInterface.Data.Entities.ServiceUser;

namespace CccApi.ServiceInterface.Usage;

/// <summary>
/// Service users with their usage in one period: the users' fields in one query, then the records of the page's
/// users in the period (at most a month of days each) in one more, summed here.
/// </summary>
public static class UserUsageQueries
{
    public static IQueryable<UserUsage> ToUsage(this IQueryable<ServiceUserEntity> users) =>
        users.Select(u => new UserUsage
        {
            UserGuid = u.Id,
            EmailAddress = u.Email,
            FirstName = u.FirstName,
            LastName = u.LastName,
            Status = u.Status == RecordStatus.Active ? ServiceUserStatusEnum.Active : ServiceUserStatusEnum.Disabled,
            CreatedOn = u.CreatedOn,
            RegisteredOn = u.RegisteredOn,
            GroupName = u.Group.Name,
            GroupType = u.Group.Type == ServiceUserGroupType.Professional ? ServiceUserGroupEnum.Professional : ServiceUserGroupEnum.Guest,
            GroupGuid = u.GroupId,
        });

    /// <summary>Adds each user's figures of the period: sums of its days, the latest of its last-activity times, its last reported toolbar.</summary>
    public static async Task<List<UserUsage>> WithFiguresAsync(this List<UserUsage> users, CccDbContext db, Guid serviceId, UsageReportPeriod period, CancellationToken ct)
    {
        if (users.Count == 0) return users;
        var ids = users.Select(u => u.UserGuid).ToList();
        var (first, last) = (period.Start, period.LastDay);
        var records = await db.CollectionUsageRecords.AsNoTracking()
            .Where(r => ids.Contains(r.ServiceUserId) && r.ServiceId == serviceId && r.Day >= first && r.Day <= last)
            .ToListAsync(ct);
        var byUser = records.ToLookup(r => r.ServiceUserId);
        foreach (var user in users)
        {
            var days = byUser[user.UserGuid].OrderBy(r => r.Day).ToList();
            if (days.Count == 0) continue;
            user.TotalMessagesSent = WireIntegers.Saturated(days.Sum(r => r.MessagesSent));
            user.TotalMessagesReceived = WireIntegers.Saturated(days.Sum(r => r.MessagesReceived));
            user.TotalAttachmentsCount = WireIntegers.Saturated(days.Sum(r => r.AttachmentsCount));
            user.TotalAttachmentsSize = days.Sum(r => r.AttachmentsSize);
            user.TotalInvitationsSent = WireIntegers.Saturated(days.Sum(r => r.InvitationsSent));
            user.TotalInvitationsAccepted = WireIntegers.Saturated(days.Sum(r => r.InvitationsAccepted));
            user.LastToolbarVersion = days.LastOrDefault(r => r.ToolbarVersion is not null)?.ToolbarVersion;
            user.LastMsgSent = days.Max(r => r.LastMsgSent);
            user.LastMsgRetrieved = days.Max(r => r.LastMsgRetrieved);
            user.LastActivity = days.Max(r => r.LastActivity);
        }
        return users;
    }

}
