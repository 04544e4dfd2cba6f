using ServiceStackCompat;

namespace CccApi.ServiceModel;

/// <summary>
/// Anonymous, as on the original. The stored copies of this page end inside the Authenticator table; it is the
/// Authenticator PublicGetService's page shows in full.
/// </summary>
[AllowAnonymous(AnswersPrivately = true)]
[Route("/public/sso", "GET", Summary = "Return a list of services the user can login to.", Notes = SignOnDiscovery.SiteNotes)]
public class PublicGetSSOUser : IReturn<PublicGetSSOUserResponse>, ISignOnDiscoveryRequest
{
    [ApiMember(DataType = "Guid", Description = SignOnDiscovery.ServiceGuidDescription, ParameterType = "body")]
    public Guid? ServiceGuid { get; set; }

    [ApiMember(DataType = "Guid", Description = SignOnDiscovery.CollectionGuidDescription, ParameterType = "body")]
    public Guid? CollectionGuid { get; set; }

    [ApiMember(DataType = "Guid", Description = SignOnDiscovery.SiteGuidDescription, ParameterType = "body")]
    public Guid? SiteGuid { get; set; }

    [ApiMember(DataType = "String", IsRequired = true, ParameterType = "body")]
    public string? EmailAddress { get; set; }
}

public class PublicGetSSOUserResponse : BaseResponse, ISignOnDiscoveryResponse
{
    [ApiMember(DataType = "SSOUser[]", ParameterType = "body")]
    public SSOUser[] Results { get; set; } = [];

    [ApiMember(DataType = "Integer", ParameterType = "body")]
    public int Count { get; set; }
}

/// <summary>
/// Anonymous, as on the original. Only a markdown rendering of this page is stored, without its title lines, table
/// headings, enum value lists or samples, and the response's name is not shown: its tables (Results SSOUser[], Count,
/// then ResponseStatus) are PublicGetSSOUser's, and so is SSOUser.
/// </summary>
[AllowAnonymous(AnswersPrivately = true)]
[Route("/public/discovery", "GET", Summary = "Return a list of services the user can login to.", Notes = SignOnDiscovery.SiteNotes)]
[Route("/public/discovery", "POST", Summary = "Authenticate against all services and return a list of services the user can login to.",
    Notes = SignOnDiscovery.SiteNotes)]
public class PublicDiscoveryServiceUser : IReturn<PublicDiscoveryServiceUserResponse>, ISignOnDiscoveryRequest
{
    [ApiMember(DataType = "Guid", Description = SignOnDiscovery.ServiceGuidDescription, ParameterType = "body")]
    public Guid? ServiceGuid { get; set; }

    [ApiMember(DataType = "Guid", Description = SignOnDiscovery.CollectionGuidDescription, ParameterType = "body")]
    public Guid? CollectionGuid { get; set; }

    [ApiMember(DataType = "Guid", Description = SignOnDiscovery.SiteGuidDescription, ParameterType = "body")]
    public Guid? SiteGuid { get; set; }

    [ApiMember(DataType = "String", IsRequired = true, ParameterType = "body")]
    public string? EmailAddress { get; set; }

    [ApiMember(DataType = "String", Description = "Password is required on POST.", ParameterType = "body")]
    public string? Password { get; set; }
}

public class PublicDiscoveryServiceUserResponse : BaseResponse, ISignOnDiscoveryResponse
{
    [ApiMember(DataType = "SSOUser[]", ParameterType = "body")]
    public SSOUser[] Results { get; set; } = [];

    [ApiMember(DataType = "Integer", ParameterType = "body")]
    public int Count { get; set; }
}

/// <summary>A service a user may sign in to, and how.</summary>
public class SSOUser
{
    [ApiMember(DataType = "Guid", ParameterType = "body")]
    public Guid ServiceGuid { get; set; }

    public ServiceStatus ServiceStatus { get; set; }

    public string? ServiceName { get; set; }

    public string? ServiceCode { get; set; }

    [ApiMember(DataType = "Boolean", ParameterType = "body")]
    [ApiAllowableValues("true", "false")]
    public bool SsoEnabled { get; set; }

    public string? SsoProxyName { get; set; }

    public string? SsoProxyUrl { get; set; }

    public string? SsoProxyLogoutUrl { get; set; }

    [ApiMember(DataType = "Guid", ParameterType = "body")]
    public Guid? SsoProxyGuid { get; set; }

    [ApiMember(DataType = "Guid", ParameterType = "body")]
    public Guid CollectionGuid { get; set; }

    public string? PrimaryDomain { get; set; }

    public Dictionary<string, string> Branding { get; set; } = [];

    public Dictionary<ServiceUrlType, string>? Urls { get; set; }

    public List<Authenticator> Authenticators { get; set; } = [];

    public string? EmailAddress { get; set; }

    [ApiMember(DataType = "Boolean", ParameterType = "body")]
    [ApiAllowableValues("true", "false")]
    public bool IsAuthenticated { get; set; }
}

/// <summary>What PublicGetSSOUser and PublicDiscoveryServiceUser ask alike.</summary>
public interface ISignOnDiscoveryRequest
{
    Guid? ServiceGuid { get; }

    Guid? CollectionGuid { get; }

    Guid? SiteGuid { get; }

    string? EmailAddress { get; }
}

/// <summary>What PublicGetSSOUser and PublicDiscoveryServiceUser answer alike.</summary>
public interface ISignOnDiscoveryResponse
{
    SSOUser[] Results { get; set; }

    int Count { get; set; }
}

/// <summary>The pages' shared descriptions, word for word.</summary>
public static class SignOnDiscovery
{
    public const string SiteNotes = "If both CollectionGuid and SiteGuid are specified, they need to match (ie. the Collection must be within the Site).";
    public const string ServiceGuidDescription = "If ServiceGuid is specified then the service to which the user can login is defined by it.";
    public const string CollectionGuidDescription = "If CollectionGuid is specified then the services to which the user can login are within that collection";
    public const string SiteGuidDescription = "if SiteGuid is specified then the services to which the user can login are within that site";
}
