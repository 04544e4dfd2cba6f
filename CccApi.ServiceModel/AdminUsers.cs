using ServiceStackCompat;

namespace CccApi.ServiceModel;

[Route("/partners/{PartnerGuid}/users", "POST", Summary = "Create a new partner level admin user in the CCC.",
    Notes = "A SuperUser, or a Partner admin of this partner, may call it. The email address names one admin user "
        + "across all partners, resellers and services, compared without regard to case. The password is stored hashed "
        + "and never returned; it is 8 to 128 characters long.")]
public class CreatePartnerAdminUser : IReturn<AdminUserResponse>
{
    [ApiMember(DataType = "Guid", Description = "Partner for which the user is created.", IsRequired = true, ParameterType = "path")]
    public Guid PartnerGuid { get; set; }

    [ApiMember(DataType = "String", Description = "Email Address for the user.", IsRequired = true, ParameterType = "body")]
    public string? EmailAddress { get; set; }

    [ApiMember(DataType = "String", Description = "Password for the user.", IsRequired = true, ParameterType = "body")]
    public string? Password { get; set; }
}

/// <summary>
/// The original types Page and PageSize as String on this page; they stay strings on the wire and must
/// hold a whole number (see <see cref="IPagedTextRequest"/>).
/// </summary>
[Route("/partners/{PartnerGuid}/users", "GET", Summary = "Gets a paged list of Partners AdminUsers.",
    Notes = "A SuperUser, or a Partner admin of this partner, may call it. Lists the partner level admin users, oldest first. "
        + "Page is 1 or more; PageSize 1 to 100.")]
public class GetPartnerAdminUsers : IReturn<AdminUsersPagedResponse>, IPagedTextRequest
{
    [ApiMember(DataType = "Guid", Description = "The Partner you want to get AdminUsers for.", IsRequired = true, ParameterType = "path")]
    public Guid PartnerGuid { get; set; }

    [ApiMember(DataType = "String", Description = "The Page number being requested. Defaults to 1.", ParameterType = "query")]
    public string? Page { get; set; }

    [ApiMember(DataType = "String", Description = "The Page Size returned by the operation. Defaults to 25.", ParameterType = "query")]
    public string? PageSize { get; set; }
}

/// <summary>Ours: CreatePartnerAdminUser's counterpart one level down.</summary>
[Route("/resellers/{ResellerGuid}/users", "POST", Summary = "Create a new reseller level admin user in the CCC.",
    Notes = "Ours. A SuperUser, a Partner admin of the reseller's partner, or a Reseller admin of this reseller may call it. "
        + "The email address names one admin user across all partners, resellers and services, compared without regard to case. "
        + "The password is stored hashed and never returned; it is 8 to 128 characters long.")]
public class CreateResellerAdminUser : IReturn<AdminUserResponse>
{
    [ApiMember(DataType = "Guid", Description = "Reseller for which the user is created.", IsRequired = true, ParameterType = "path")]
    public Guid ResellerGuid { get; set; }

    [ApiMember(DataType = "String", Description = "Email Address for the user.", IsRequired = true, ParameterType = "body")]
    public string? EmailAddress { get; set; }

    [ApiMember(DataType = "String", Description = "Password for the user.", IsRequired = true, ParameterType = "body")]
    public string? Password { get; set; }
}

/// <summary>Ours: GetPartnerAdminUsers' counterpart one level down, with the same String paging fields.</summary>
[Route("/resellers/{ResellerGuid}/users", "GET", Summary = "Gets a paged list of Resellers AdminUsers.",
    Notes = "Ours. A SuperUser, a Partner admin of the reseller's partner, or a Reseller admin of this reseller may call it. "
        + "Lists the reseller level admin users, oldest first. Page is 1 or more; PageSize 1 to 100.")]
public class GetResellerAdminUsers : IReturn<AdminUsersPagedResponse>, IPagedTextRequest
{
    [ApiMember(DataType = "Guid", Description = "The Reseller you want to get AdminUsers for.", IsRequired = true, ParameterType = "path")]
    public Guid ResellerGuid { get; set; }

    [ApiMember(DataType = "String", Description = "The Page number being requested. Defaults to 1.", ParameterType = "query")]
    public string? Page { get; set; }

    [ApiMember(DataType = "String", Description = "The Page Size returned by the operation. Defaults to 25.", ParameterType = "query")]
    public string? PageSize { get; set; }
}

/// <summary>Ours: disabling an admin user ends its sessions and revokes its API keys.</summary>
[Route("/adminusers/{UserGuid}", "PUT", Summary = "Enable or disable an admin user.",
    Notes = "Ours. A Disabled user can no longer sign in; its sessions end and its API keys are revoked at once "
        + "(on other hosts within the credential cache bound), and enabling it again restores neither. "
        + "A SuperUser may change any admin user but itself; a Partner admin its partner's users and those of its "
        + "resellers and their services; a Reseller admin its reseller's users and those of its services. "
        + "Any other admin user is a 404 naming UserGuid.")]
public class UpdateAdminUser : IReturn<AdminUserResponse>
{
    [ApiMember(DataType = "Guid", Description = "The admin user to change.", IsRequired = true, ParameterType = "path")]
    public Guid UserGuid { get; set; }

    [ApiMember(DataType = "AdminUserStatusEnum", Description = "Active or Disabled.", IsRequired = true, ParameterType = "body")]
    public AdminUserStatusEnum? Status { get; set; }
}

/// <summary>The admin user itself with responseStatus declared here, so it serialises first as on the original.</summary>
public class AdminUserResponse : AdminUser, IHasResponseStatus
{
    public ResponseStatus? ResponseStatus { get; set; }
}

public class AdminUsersPagedResponse : BaseResponse, IPagedResponse<AdminUser>
{
    [ApiMember(DataType = "Integer", ParameterType = "body")]
    public int PageSize { get; set; }

    [ApiMember(DataType = "Integer", ParameterType = "body")]
    public int TotalPages { get; set; }

    [ApiMember(DataType = "Integer", ParameterType = "body")]
    public int TotalItems { get; set; }

    [ApiMember(DataType = "Integer", ParameterType = "body")]
    public int CurrentPage { get; set; }

    [ApiMember(DataType = "AdminUser[]", ParameterType = "body")]
    public List<AdminUser> Results { get; set; } = [];
}

/// <summary>Someone who may call the API; the password is never part of it.</summary>
public class AdminUser
{
    [ApiMember(DataType = "Guid", ParameterType = "body")]
    public Guid UserGuid { get; set; }

    public string? EmailAddress { get; set; }

    /// <summary>The partner, reseller or service the user belongs to; empty for a SuperUser.</summary>
    [ApiMember(DataType = "Guid", ParameterType = "body")]
    public Guid UserTypeGuid { get; set; }

    [ApiMember(DataType = "DateTime", ParameterType = "body")]
    public DateTime CreatedOn { get; set; }

    public AdminUserEnum UserType { get; set; }

    public AdminUserStatusEnum Status { get; set; }

    public List<string> Permissions { get; set; } = [];

    public List<string> Roles { get; set; } = [];
}

public enum AdminUserEnum
{
    SuperUser,
    Partner,
    Reseller,
    Service,
}

public enum AdminUserStatusEnum
{
    Active,
    Disabled,
}

[Route("/users/{UserGuid}/changepassword", "PUT", Summary = "Change current AdminUsers password.",
    Notes = "Only the currently logged in user can change their password.")]
public class ChangeAdminUserPassword : IReturn<BaseResponse>
{
    [ApiMember(DataType = "Guid", IsRequired = true, ParameterType = "path")]
    public Guid UserGuid { get; set; }

    [ApiMember(DataType = "String", IsRequired = true, ParameterType = "body")]
    public string? OldPassword { get; set; }

    [ApiMember(DataType = "String", IsRequired = true, ParameterType = "body")]
    public string? NewPassword { get; set; }

    [ApiMember(DataType = "String", IsRequired = true, ParameterType = "body")]
    public string? ConfirmNewPassword { get; set; }
}
