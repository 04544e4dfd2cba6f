using ServiceStackCompat;

namespace CccApi.ServiceModel;

/// <summary>
/// The stored copies of this page are cut off after the first BlacklistMode value and show no response type. The rest
/// is completed as UpdateServiceUser's page shows the same fields (BlacklistMode's three values, EnableMfa), and the
/// created user is answered as GetServiceUser answers it, so the caller learns its ServiceUserGuid.
/// </summary>
[Route("/services/{ServiceGuid}/users", "POST", Summary = "Create a new user for a service.", Notes = ServiceUserGroupRules.CreateNotes)]
public class CreateServiceUser : IReturn<ServiceUserResponse>
{
    [ApiMember(DataType = "Guid", IsRequired = true, ParameterType = "path")]
    public Guid ServiceGuid { get; set; }

    [ApiMember(DataType = "String", IsRequired = true, ParameterType = "body")]
    public string? EmailAddress { get; set; }

    [ApiMember(DataType = "String", IsRequired = true, ParameterType = "body")]
    public string? Password { get; set; }

    [ApiMember(DataType = "String", IsRequired = true, ParameterType = "body")]
    public string? FirstName { get; set; }

    [ApiMember(DataType = "String", IsRequired = true, ParameterType = "body")]
    public string? LastName { get; set; }

    [ApiMember(DataType = "Boolean", Description = "Indicates if the user should be pre-registered on the service. Defaults to false.", ParameterType = "body")]
    [ApiAllowableValues("true", "false")]
    public bool? PreRegister { get; set; }

    [ApiMember(DataType = "Boolean",
        Description = "Indicate if the user should be required to complete the registration page or not when first logging in. Defaults to false.",
        ParameterType = "body")]
    [ApiAllowableValues("true", "false")]
    public bool? SkipRegConfirmation { get; set; }

    [ApiMember(DataType = "Guid", Description = "Identify the group the service user will be added to.", ParameterType = "body")]
    public Guid? ServiceUserGroupGuid { get; set; }

    [ApiMember(DataType = "String", Description = "Identify the group the service user will be added to.", ParameterType = "body")]
    [ApiAllowableValues("Guest", "Professional")]
    public string? ServiceUserGroupType { get; set; }

    [ApiMember(DataType = "String", Description = "Language code conforms to ISO 639-1. Supported languages must be two-letters and in lowercase.",
        ParameterType = "body")]
    [ApiAllowableValues("en", "fr", "de", "es", "ja", "nl", "zh")]
    public string? Language { get; set; }

    [ApiMember(DataType = "Boolean", ParameterType = "body")]
    [ApiAllowableValues("true", "false")]
    public bool? EnableCampaigns { get; set; }

    [ApiMember(DataType = "Boolean", ParameterType = "body")]
    [ApiAllowableValues("true", "false")]
    public bool? EnableESignatures { get; set; }

    [ApiMember(DataType = "ServiceUserDefaultSecure", ParameterType = "body")]
    public ServiceUserDefaultSecure? DefaultSecure { get; set; }

    [ApiMember(DataType = "ServiceUserBlacklistMode", ParameterType = "body")]
    public ServiceUserBlacklistMode? BlacklistMode { get; set; }

    [ApiMember(DataType = "Boolean", ParameterType = "body")]
    [ApiAllowableValues("true", "false")]
    public bool? EnableMfa { get; set; }
}

[Route("/services/{ServiceGuid}/users", "PUT", Summary = "Update a service user's details.",
    Notes = "Only fields sent in the request will be updated. If a field is set not available in the request, it will not be updated and will be ignored.")]
public class UpdateServiceUser : IReturn<BaseResponse>, IServiceUserReference
{
    [ApiMember(DataType = "Guid", IsRequired = true, ParameterType = "path")]
    public Guid ServiceGuid { get; set; }

    [ApiMember(DataType = "Guid", ParameterType = "query")]
    public Guid? ServiceUserGuid { get; set; }

    [ApiMember(DataType = "String", ParameterType = "query")]
    public string? EmailAddress { get; set; }

    [ApiMember(DataType = "string", ParameterType = "body")]
    public string? FirstName { get; set; }

    [ApiMember(DataType = "string", ParameterType = "body")]
    public string? LastName { get; set; }

    [ApiMember(DataType = "string", ParameterType = "body")]
    [ApiAllowableValues("en", "fr", "de", "es", "ja", "nl", "zh")]
    public string? Language { get; set; }

    [ApiMember(DataType = "bool?", ParameterType = "body")]
    [ApiAllowableValues("true", "false")]
    public bool? EnableCampaigns { get; set; }

    [ApiMember(DataType = "bool?", ParameterType = "body")]
    [ApiAllowableValues("true", "false")]
    public bool? EnableESignatures { get; set; }

    [ApiMember(DataType = "ServiceUserDefaultSecure", ParameterType = "body")]
    public ServiceUserDefaultSecure? DefaultSecure { get; set; }

    [ApiMember(DataType = "ServiceUserBlacklistMode", ParameterType = "body")]
    public ServiceUserBlacklistMode? BlacklistMode { get; set; }

    [ApiMember(DataType = "bool?", ParameterType = "body")]
    [ApiAllowableValues("true", "false")]
    public bool? EnableMfa { get; set; }
}

[Route("/services/{ServiceGuid}/users/single", "GET", Summary = "Get a specific user.",
    Notes = "Get a specific user for a service. One of ServiceUserGuid or EmailAddress is required. If both are supplied, the EmailAddess must match the ServiceUserGuid.")]
public class GetServiceUser : IReturn<ServiceUserResponse>, IServiceUserReference
{
    [ApiMember(DataType = "Guid", IsRequired = true, ParameterType = "path")]
    public Guid ServiceGuid { get; set; }

    [ApiMember(DataType = "Guid", ParameterType = "query")]
    public Guid? ServiceUserGuid { get; set; }

    [ApiMember(DataType = "String", ParameterType = "query")]
    public string? EmailAddress { get; set; }
}

[Route("/services/single/users", "GET")]
[Route("/services/{ServiceGuid}/users", "GET", Summary = "Get users for a service.", Notes = ServiceUserGroupRules.ListNotes)]
public class GetServiceUsers : IReturn<GetServiceUsersResponse>, IPagedRequest
{
    [ApiMember(DataType = "Guid", Description = "Must provide ServiceGuid if ServiceCode is null.", ParameterType = "query")]
    public Guid? ServiceGuid { get; set; }

    [ApiMember(DataType = "String", Description = "Must provide ServiceCode if ServiceGuid is null.", ParameterType = "query")]
    public string? ServiceCode { get; set; }

    [ApiMember(DataType = "Guid", ParameterType = "query")]
    public Guid? ServiceUserGroupGuid { get; set; }

    [ApiMember(DataType = "String", ParameterType = "query")]
    [ApiAllowableValues("Guest", "Professional")]
    public string? ServiceUserGroupType { get; set; }

    [ApiMember(DataType = "String", ParameterType = "query")]
    public string? Token { get; set; }

    [ApiMember(DataType = "Integer", ParameterType = "query")]
    public int? Page { get; set; }

    [ApiMember(DataType = "Integer", Description = "The Page Size returned by the operation. Defaults to 25.", ParameterType = "query")]
    public int? PageSize { get; set; }
}

public class GetServiceUsersResponse : BaseResponse, IPagedResponse<ServiceUser>
{
    [ApiMember(DataType = "Integer", ParameterType = "body")]
    public int PageSize { get; set; }

    [ApiMember(DataType = "Integer", ParameterType = "body")]
    public int TotalPages { get; set; }

    [ApiMember(DataType = "Integer", ParameterType = "body")]
    public int TotalItems { get; set; }

    [ApiMember(DataType = "Integer", ParameterType = "body")]
    public int CurrentPage { get; set; }

    [ApiMember(DataType = "ServiceUser[]", ParameterType = "body")]
    public List<ServiceUser> Results { get; set; } = [];
}

[Route("/services/users", "GET", Summary = "Search users based on a token found in either first name, last name, or email address.",
    Notes = "If ServiceGuid, CollectionGuid and SiteGuid are specified, they need to match.")]
public class SearchServiceUsers : IReturn<SearchServiceUsersResponse>
{
    [ApiMember(DataType = "Guid", Description = "If ServiceGuid is specified then the search is limited to users of that service.", ParameterType = "query")]
    public Guid? ServiceGuid { get; set; }

    [ApiMember(DataType = "Guid", Description = "If CollectionGuid is specified then the search is limited to users of services in that collection.",
        ParameterType = "query")]
    public Guid? CollectionGuid { get; set; }

    [ApiMember(DataType = "Guid", Description = "If SiteGuid is specified then the search is limited to users of services in that site.", ParameterType = "query")]
    public Guid? SiteGuid { get; set; }

    [ApiMember(DataType = "String", Description = "The search term is case insensitive.", IsRequired = true, ParameterType = "query")]
    public string? Token { get; set; }
}

/// <summary>The page declares responseStatus on this type itself, after Results.</summary>
public class SearchServiceUsersResponse : IHasResponseStatus
{
    [ApiMember(DataType = "SearchServiceUserResult[]", ParameterType = "body")]
    public List<SearchServiceUserResult> Results { get; set; } = [];

    public ResponseStatus? ResponseStatus { get; set; }
}

public class SearchServiceUserResult
{
    [ApiMember(DataType = "ServiceUser", ParameterType = "body")]
    public ServiceUser? ServiceUser { get; set; }

    [ApiMember(DataType = "Service", ParameterType = "body")]
    public Service? Service { get; set; }
}

[Route("/services/{ServiceGuid}/sso/users", "POST", Summary = "Create or update a sso user for a service.", Notes = ServiceUserGroupRules.CreateNotes)]
public class ProvisionServiceUser : IReturn<ProvisionServiceUserResponse>
{
    [ApiMember(DataType = "Guid", IsRequired = true, ParameterType = "path")]
    public Guid ServiceGuid { get; set; }

    [ApiMember(DataType = "String", IsRequired = true, ParameterType = "body")]
    public string? EmailAddress { get; set; }

    [ApiMember(DataType = "String", IsRequired = true, ParameterType = "body")]
    public string? FirstName { get; set; }

    [ApiMember(DataType = "String", IsRequired = true, ParameterType = "body")]
    public string? LastName { get; set; }

    [ApiMember(DataType = "Guid", Description = "Identify the sso user as per IdProvider.", ParameterType = "body")]
    public Guid? SsoUid { get; set; }

    [ApiMember(DataType = "Guid", Description = "Identify the group the service user will be added to.", ParameterType = "body")]
    public Guid? ServiceUserGroupGuid { get; set; }

    [ApiMember(DataType = "String", Description = "Identify the group the service user will be added to.", ParameterType = "body")]
    [ApiAllowableValues("Guest", "Professional")]
    public string? ServiceUserGroupType { get; set; }

    [ApiMember(DataType = "string", ParameterType = "body")]
    [ApiAllowableValues("en", "fr", "de", "es", "ja", "nl", "zh")]
    public string? Language { get; set; }

    [ApiMember(DataType = "String[]", ParameterType = "body")]
    public List<string>? Aliases { get; set; }

    [ApiMember(DataType = "Boolean", ParameterType = "body")]
    [ApiAllowableValues("true", "false")]
    public bool? ResetPasswordOnCreate { get; set; }
}

public class ProvisionServiceUserResponse : BaseResponse
{
    [ApiMember(DataType = "Guid", ParameterType = "body")]
    public Guid ServiceUserGuid { get; set; }
}

/// <summary>The stored copy is of the v8.12.0.0 page.</summary>
[Route("/services/{ServiceGuid}/users/group", "PUT", Summary = "Update the group to which a service user belongs.",
    Notes = "A specific group guid can be specified, or a group type i.e. Guest or Professional. If both group guid and type is specified the guid "
        + "will be assigned to the user if the group type for the guid match the group type specified by the ServiceUserGroupType property.")]
public class UpdateServiceUserServiceUserGroup : IReturn<BaseResponse>
{
    [ApiMember(DataType = "Guid", IsRequired = true, ParameterType = "path")]
    public Guid ServiceGuid { get; set; }

    [ApiMember(DataType = "Guid", IsRequired = true, ParameterType = "query")]
    public Guid ServiceUserGuid { get; set; }

    [ApiMember(DataType = "Guid", ParameterType = "query")]
    public Guid? ServiceUserGroupGuid { get; set; }

    [ApiMember(DataType = "string", ParameterType = "body")]
    [ApiAllowableValues("Guest", "Professional")]
    public string? ServiceUserGroupType { get; set; }
}

[Route("/services/{ServiceGuid}/users/password", "PUT", Summary = "Change the password of a service user", Notes = "Change the password of a service user.")]
public class ChangeServiceUserPassword : IReturn<BaseResponse>, IServiceUserReference
{
    [ApiMember(DataType = "Guid", IsRequired = true, ParameterType = "path")]
    public Guid ServiceGuid { get; set; }

    [ApiMember(DataType = "Guid", Description = "Only required if EmailAddress is not supplied.", ParameterType = "query")]
    public Guid? ServiceUserGuid { get; set; }

    [ApiMember(DataType = "String", Description = "Only required if ServiceUserGuid is not supplied.", ParameterType = "query")]
    public string? EmailAddress { get; set; }

    [ApiMember(DataType = "String", Description = "Old password for the service user.", IsRequired = true, ParameterType = "body")]
    public string? OldPassword { get; set; }

    [ApiMember(DataType = "String", Description = "New password for the service user.", IsRequired = true, ParameterType = "body")]
    public string? NewPassword { get; set; }
}

[Route("/services/{ServiceGuid}/users/activationmessage", "POST", Summary = "Resent activation message for given user.", Notes = ServiceUserGroupRules.OneOfUserNotes)]
[Route("/services/{ServiceGuid}/users/messages/activation", "POST", Summary = "Resent activation message for given user.", Notes = ServiceUserGroupRules.OneOfUserNotes)]
public class SendActivationMessage : IReturn<SendActivationMessageResponse>, IServiceUserReference
{
    [ApiMember(DataType = "Guid", IsRequired = true, ParameterType = "path")]
    public Guid ServiceGuid { get; set; }

    [ApiMember(DataType = "Guid", ParameterType = "query")]
    public Guid? ServiceUserGuid { get; set; }

    [ApiMember(DataType = "String", ParameterType = "query")]
    public string? EmailAddress { get; set; }
}

/// <summary>The page declares responseStatus on this type itself.</summary>
public class SendActivationMessageResponse : IHasResponseStatus
{
    public ResponseStatus? ResponseStatus { get; set; }
}

/// <summary>The user itself with responseStatus declared here, as GetServiceUser's page shows it.</summary>
public class ServiceUserResponse : ServiceUser, IHasResponseStatus
{
    public ResponseStatus? ResponseStatus { get; set; }
}

/// <summary>A user of a service, as the original's pages show it.</summary>
public class ServiceUser
{
    [ApiMember(DataType = "Guid", ParameterType = "body")]
    public Guid ServiceUserGuid { get; set; }

    public string? EmailAddress { get; set; }

    [ApiMember(DataType = "DateTime", ParameterType = "body")]
    public DateTime CreatedOn { get; set; }

    public string? FirstName { get; set; }

    public string? LastName { get; set; }

    [ApiAllowableValues("Active", "Disabled")]
    public string? Status { get; set; }

    /// <summary>When the user completed registration (activation); null until then.</summary>
    [ApiMember(DataType = "DateTime", ParameterType = "body")]
    public DateTime? RegisteredOn { get; set; }

    /// <summary>When the user's package ends: the service's trial end while it is in trial; null otherwise.</summary>
    [ApiMember(DataType = "DateTime", ParameterType = "body")]
    public DateTime? PackageExpiry { get; set; }

    [ApiAllowableValues("en", "fr", "de", "es", "ja", "nl", "zh")]
    public string? Language { get; set; }

    /// <summary>Each alias address of the user (ProvisionServiceUser's Aliases), mapped to its status.</summary>
    public Dictionary<string, string>? EmailAliases { get; set; }

    public string? GroupName { get; set; }

    [ApiMember(DataType = "Guid", ParameterType = "body")]
    public Guid GroupGuid { get; set; }

    [ApiAllowableValues("Guest", "Professional")]
    public string? GroupType { get; set; }

    public bool EnableCampaigns { get; set; }

    public bool EnableESignatures { get; set; }

    /// <summary>Reported by the messaging platform, which CCC does not run: null here.</summary>
    [ApiMember(DataType = "DateTime", ParameterType = "body")]
    public DateTime? LastLogin { get; set; }

    public string? LastIpAddress { get; set; }

    public string? CurrentToolbarVersion { get; set; }

    public DateTime? PasswordExpiry { get; set; }

    // The original's page lists no true/false under this Boolean.
    [ApiAllowableValues]
    public bool PasswordThrottled { get; set; }

    [ApiAllowableValues("Never", "BasedOnKeywords", "Always")]
    public string? DefaultSecure { get; set; }

    [ApiAllowableValues("Never", "SecureOnly", "SecureAndBasic")]
    public string? BlacklistMode { get; set; }

    public bool EnableMfa { get; set; }
}

public enum ServiceUserDefaultSecure
{
    Never,
    BasedOnKeywords,
    Always,
}

public enum ServiceUserBlacklistMode
{
    Never,
    SecureOnly,
    SecureAndBasic,
}

/// <summary>A request naming one user of a service by ServiceUserGuid, EmailAddress or both.</summary>
public interface IServiceUserReference
{
    Guid ServiceGuid { get; }

    Guid? ServiceUserGuid { get; }

    string? EmailAddress { get; }
}

/// <summary>Route notes several of the pages share, word for word.</summary>
internal static class ServiceUserGroupRules
{
    private const string GroupRules = "if only ServiceUserGroupGuid is specified then the group identified by that guid is used; "
        + "if only ServiceUserGroupType is specified then the default group for that type is used; "
        + "if both ServiceUserGroupGuid and ServiceUserGroupType are specified, the type of the group identified by the ServiceUserGroupGuid has to match the ServiceUserGroupType; "
        + "if neither ServiceUserGroupGuid nor ServiceUserGroupType are specified, the user will be assigned the services' default package for users.";

    public const string CreateNotes = "ServiceUserGroupGuid / ServiceUserGroupType - " + GroupRules;

    public const string ListNotes = "ServiceUserGroupGuid / ServiceUserGroupType - Identify the group the service user will be added to: " + GroupRules;

    public const string OneOfUserNotes = "One of ServiceUserGuid or EmailAddress is required. If both are supplied, the EmailAddess must match the ServiceUserGuid.";
}

/// <summary>
/// Ours: the end of an activation message's link. Anonymous (the token is the credential), rate-limited per client
/// address like the original's public operations.
/// </summary>
[AllowAnonymous]
[Route("/public/services/users/activation", "POST", Summary = "Activate a service user with the token of its activation message.",
    Notes = "Ours. The token works once, until it expires (ServiceUsers:ActivationTokenHours) or a newer activation message replaces it; "
        + "a token that does not is a 400 naming Token, whatever the reason.")]
public class ActivateServiceUser : IReturn<BaseResponse>
{
    [ApiMember(DataType = "String", Description = "The token of the activation message.", IsRequired = true, ParameterType = "body")]
    [Secret]
    public string? Token { get; set; }
}
