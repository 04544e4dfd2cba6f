using CccApi.ServiceInterface.Data;
using CccApi.ServiceInterface.Data.Entities;
using CccApi.ServiceModel;
using ServiceUserEntity = CccApi.ServiceInterface.Data.Entities.ServiceUser;
using ServiceUserWire = CccApi.ServiceModel.ServiceUser;

namespace CccApi.ServiceInterface.Rules;

/// <summary>A service user as the pages show it, read in one query with its group, aliases and package expiry.</summary>
public static class ServiceUserViews
{
    /// <summary>Aliases carry no state of their own: each shows as Active.</summary>
    public const string AliasStatus = "Active";

    public static IQueryable<ServiceUserRow> ToRows(this IQueryable<ServiceUserEntity> users, CccDbContext db) =>
        users.Select(u => new ServiceUserRow
        {
            Id = u.Id,
            ServiceId = u.ServiceId,
            Email = u.Email,
            FirstName = u.FirstName,
            LastName = u.LastName,
            Status = u.Status,
            CreatedOn = u.CreatedOn,
            RegisteredOn = u.RegisteredOn,
            Language = u.Language,
            GroupId = u.GroupId,
            GroupName = u.Group.Name,
            GroupType = u.Group.Type,
            EnableCampaigns = u.EnableCampaigns,
            EnableESignatures = u.EnableESignatures,
            EnableMfa = u.EnableMfa,
            DefaultSecure = u.DefaultSecure,
            BlacklistMode = u.BlacklistMode,
            Aliases = u.Aliases.OrderBy(a => a.Alias).Select(a => a.Alias).ToList(),
            // A user's package is the service's: while the service is in trial it ends with the trial.
            PackageExpiry = db.Services.Where(s => s.Id == u.ServiceId && s.Status == ServiceStatus.TrialActive).Select(s => s.TrialEndDate).FirstOrDefault(),
        });

    public static T ToWire<T>(this ServiceUserRow row) where T : ServiceUserWire, new() => new()
    {
        ServiceUserGuid = row.Id,
        EmailAddress = row.Email,
        CreatedOn = row.CreatedOn,
        FirstName = row.FirstName,
        LastName = row.LastName,
        Status = row.Status.ToString(),
        RegisteredOn = row.RegisteredOn,
        PackageExpiry = row.PackageExpiry,
        Language = row.Language,
        EmailAliases = row.Aliases.ToDictionary(a => a, _ => AliasStatus),
        GroupName = row.GroupName,
        GroupGuid = row.GroupId,
        GroupType = row.GroupType.ToString(),
        EnableCampaigns = row.EnableCampaigns,
        EnableESignatures = row.EnableESignatures,
        DefaultSecure = row.DefaultSecure.ToString(),
        BlacklistMode = row.BlacklistMode.ToString(),
        EnableMfa = row.EnableMfa,
    };
}

/// <summary>The columns a service user is shown from; never its password hash.</summary>
public sealed class ServiceUserRow
{
    public Guid Id { get; init; }

    public Guid ServiceId { get; init; }

    public string? Email { get; init; }

    public string? FirstName { get; init; }

    public string? LastName { get; init; }

    public RecordStatus Status { get; init; }

    public DateTime CreatedOn { get; init; }

    public DateTime? RegisteredOn { get; init; }

    public string Language { get; init; } = "";

    public Guid GroupId { get; init; }

    public string GroupName { get; init; } = "";

    public ServiceUserGroupType GroupType { get; init; }

    public bool EnableCampaigns { get; init; }

    public bool EnableESignatures { get; init; }

    public bool EnableMfa { get; init; }

    public ServiceUserDefaultSecure DefaultSecure { get; init; }

    public ServiceUserBlacklistMode BlacklistMode { get; init; }

    public List<string> Aliases { get; init; } = [];

    public DateTime? PackageExpiry { get; init; }
}
