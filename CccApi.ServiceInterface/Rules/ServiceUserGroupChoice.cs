using CccApi.ServiceInterface.Data;
using CccApi.ServiceInterface.Data.Entities;
using CccApi.ServiceInterface.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace CccApi.ServiceInterface.Rules;

/// <summary>
/// The pages' ServiceUserGroupGuid / ServiceUserGroupType rule: the Guid names a group of the service; the type alone
/// names that type's default group; both must agree; neither gives the service's default package for users, which
/// is the Professional default group.
/// </summary>
public static class ServiceUserGroupChoice
{
    public const ServiceUserGroupType DefaultPackage = ServiceUserGroupType.Professional;

    /// <summary>Guest or Professional, in any case; validators refuse anything else first.</summary>
    public static ServiceUserGroupType? ParseType(string? text) =>
        string.IsNullOrEmpty(text) ? null
        : string.Equals(text, nameof(ServiceUserGroupType.Guest), StringComparison.OrdinalIgnoreCase) ? ServiceUserGroupType.Guest
        : string.Equals(text, nameof(ServiceUserGroupType.Professional), StringComparison.OrdinalIgnoreCase) ? ServiceUserGroupType.Professional
        : null;

    public static bool IsType(string? text) => ParseType(text) is not null;

    /// <summary>The group the pair names, or the default package when neither is given.</summary>
    public static async Task<ServiceUserGroup> ResolveAsync(CccDbContext db, Guid serviceId, Guid? groupGuid, string? groupType, CancellationToken ct)
    {
        var type = ParseType(groupType);
        if (groupGuid is { } id)
        {
            var group = await db.ServiceUserGroups.AsNoTracking().SingleOrDefaultAsync(g => g.Id == id && g.ServiceId == serviceId, ct)
                ?? throw HttpError.NotFound("The Service has no group with this ServiceUserGroupGuid.", "ServiceUserGroupGuid");
            if (type is { } wanted && group.Type != wanted)
                throw HttpError.BadRequest("NotEqual", "The group identified by ServiceUserGroupGuid is not of the ServiceUserGroupType given.", "ServiceUserGroupType");
            return group;
        }
        var defaultType = type ?? DefaultPackage;
        return await db.ServiceUserGroups.AsNoTracking().SingleOrDefaultAsync(g => g.ServiceId == serviceId && g.Type == defaultType && g.IsDefault, ct)
            ?? throw new InvalidOperationException($"Service {serviceId} has no default {defaultType} group.");
    }
}
