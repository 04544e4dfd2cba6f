using CccApi.ServiceModel;

namespace CccApi.ServiceInterface.Data.Entities;

/// <summary>
/// A user of a service. The SystemUser of CreateService is the first one, marked IsSystemUser and linked to the
/// service's Service admin (AdminUserId): the two share one password and one status (see SystemUserLink).
/// </summary>
public class ServiceUser
{
    public Guid Id { get; set; }

    public Guid ServiceId { get; set; }

    /// <summary>Stored in its normal form (EmailAddresses.Normalize); unique within the service.</summary>
    public string? Email { get; set; }

    public string? FirstName { get; set; }

    public string? LastName { get; set; }

    /// <summary>The case-folded first name (NameKeys), which the Token searches match by prefix.</summary>
    public string? FirstNameKey { get; set; }

    public string? LastNameKey { get; set; }

    /// <summary>ASP.NET Core Identity's PBKDF2 format; the plain password is never stored.</summary>
    public string? PasswordHash { get; set; }

    public bool IsSystemUser { get; set; }

    /// <summary>The Service admin the system user signs in to CCC as; null for every other user.</summary>
    public Guid? AdminUserId { get; set; }

    public RecordStatus Status { get; set; }

    /// <summary>When the user was activated (pre-registered, or the activation token used); null until then.</summary>
    public DateTime? RegisteredOn { get; set; }

    /// <summary>SkipRegConfirmation false: the user completes the registration page when first signing in.</summary>
    public bool CompletesRegistrationPage { get; set; }

    /// <summary>ResetPasswordOnCreate: the user chooses a password when first signing in.</summary>
    public bool ResetsPasswordOnFirstSignIn { get; set; }

    public Guid GroupId { get; set; }

    public ServiceUserGroup Group { get; set; } = null!;

    /// <summary>ISO 639-1, one of the pages' languages.</summary>
    public string Language { get; set; } = "en";

    public bool EnableCampaigns { get; set; }

    public bool EnableESignatures { get; set; }

    public bool EnableMfa { get; set; }

    public ServiceUserDefaultSecure DefaultSecure { get; set; }

    public ServiceUserBlacklistMode BlacklistMode { get; set; }

    /// <summary>The user's id at the service's identity provider (ProvisionServiceUser); unique within the service.</summary>
    public Guid? SsoUid { get; set; }

    public List<ServiceUserAlias> Aliases { get; set; } = [];

    public DateTime CreatedOn { get; set; }
}
