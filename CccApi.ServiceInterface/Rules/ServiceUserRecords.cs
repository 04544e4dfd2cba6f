using CccApi.ServiceInterface.Data;
using CccApi.ServiceInterface.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace CccApi.ServiceInterface.Rules;

/// <summary>
/// The rows that come with a service user and its changes: its default groups for a new service, and the history
/// (status changes, group periods) that "Catalogue 7"'s reports read. Each method only adds to the context, so the
/// caller's SaveChanges writes the change and its history in one transaction.
/// </summary>
public static class ServiceUserRecords
{
    /// <summary>The Professional and the Guest default groups of a new service, each named after its type.</summary>
    public static IEnumerable<ServiceUserGroup> DefaultGroups(Guid serviceId, DateTime now) =>
        Enum.GetValues<ServiceUserGroupType>().Select(type => new ServiceUserGroup
        {
            Id = Guid.NewGuid(),
            ServiceId = serviceId,
            Name = type.ToString(),
            Type = type,
            IsDefault = true,
            CreatedOn = now,
        });

    /// <summary>Sets the user's stored names and their search keys from what the caller typed.</summary>
    public static void SetNames(ServiceUser user, string? firstName, string? lastName)
    {
        if (firstName is not null)
        {
            user.FirstName = NameForms.Normalize(firstName);
            user.FirstNameKey = NameKeys.For(firstName);
        }
        if (lastName is not null)
        {
            user.LastName = NameForms.Normalize(lastName);
            user.LastNameKey = NameKeys.For(lastName);
        }
    }

    /// <summary>Adds a new user with its first status (Active) and its first group period.</summary>
    public static void AddNew(CccDbContext db, ServiceUser user, ServiceUserGroup group, Guid? changedBy)
    {
        user.GroupId = group.Id;
        user.Status = RecordStatus.Active;
        db.ServiceUsers.Add(user);
        db.ServiceUserStatusChanges.Add(StatusChange(user, from: null, RecordStatus.Active, user.CreatedOn, changedBy));
        db.ServiceUserGroupPeriods.Add(OpenPeriod(user, group, user.CreatedOn));
    }

    /// <summary>Ends the user's open group period and opens one in <paramref name="group"/> at the same instant (in the caller's transaction).</summary>
    public static async Task ChangeGroupPeriodAsync(CccDbContext db, ServiceUser user, ServiceUserGroup group, DateTime now, CancellationToken ct)
    {
        await db.ServiceUserGroupPeriods.Where(p => p.ServiceUserId == user.Id && p.EndedOn == null)
            .ExecuteUpdateAsync(set => set.SetProperty(p => p.EndedOn, now), ct);
        db.ServiceUserGroupPeriods.Add(OpenPeriod(user, group, now));
    }

    public static ServiceUserStatusChange StatusChange(ServiceUser user, RecordStatus? from, RecordStatus to, DateTime now, Guid? changedBy) => new()
    {
        Id = Guid.NewGuid(),
        ServiceUserId = user.Id,
        ServiceId = user.ServiceId,
        FromStatus = from,
        ToStatus = to,
        ChangedOn = now,
        ChangedByUserId = changedBy,
    };

    public static ServiceUserGroupPeriod OpenPeriod(ServiceUser user, ServiceUserGroup group, DateTime now) => new()
    {
        Id = Guid.NewGuid(),
        ServiceUserId = user.Id,
        ServiceId = user.ServiceId,
        GroupId = group.Id,
        GroupType = group.Type,
        StartedOn = now,
    };
}
