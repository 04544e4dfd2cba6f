using ServiceStackCompat;

namespace CccApi.ServiceModel;

/// <summary>
/// Anonymous, as on the original: DeliverySlip's client libraries call it first to find a portal's API URL (Urls).
/// The page shows ServiceGuid as a query parameter although the first route carries it in the path.
/// </summary>
[AllowAnonymous]
[Route("/public/services/{ServiceGuid}", "GET")]
[Route("/public/services/single", "GET", Summary = "Get detailed information about a specific service.")]
public class PublicGetService : IReturn<PublicGetServiceResponse>
{
    [ApiMember(DataType = "Guid", Description = "Must provide ServiceGuid if ServiceCode is null.", ParameterType = "query")]
    public Guid? ServiceGuid { get; set; }

    [ApiMember(DataType = "String", Description = "Must provide ServiceCode if ServiceGuid is null.", ParameterType = "query")]
    public string? ServiceCode { get; set; }
}

public class PublicGetServiceResponse : BaseResponse
{
    [ApiMember(DataType = "Guid", ParameterType = "body")]
    public Guid ServiceGuid { get; set; }

    // The original's page lists no values under this ServiceStatus, unlike GetService's and CreateService's.
    [ApiAllowableValues]
    public ServiceStatus ServiceStatus { get; set; }

    public string? ServiceName { get; set; }

    public string? ServiceCode { get; set; }

    [ApiMember(DataType = "Guid", ParameterType = "body")]
    public Guid CollectionGuid { get; set; }

    public string? CollectionName { get; set; }

    public string? Jurisdiction { get; set; }

    public string? ProviderName { get; set; }

    public string? PrimaryDomain { get; set; }

    [ApiMember(DataType = "Integer", ParameterType = "body")]
    public int AlertCode { get; set; }

    [ApiMember(DataType = "Boolean", ParameterType = "body")]
    public bool SSOEnabled { get; set; }

    public Dictionary<string, string> Branding { get; set; } = [];

    public Dictionary<ServiceUrlType, string>? Urls { get; set; }

    public List<Connector> Connectors { get; set; } = [];

    public List<Authenticator> Authenticators { get; set; } = [];

    [ApiMember(DataType = "DateTime", ParameterType = "body")]
    public DateTime? TrialEndDate { get; set; }
}

/// <summary>An identity proxy a service's users may sign in through.</summary>
public class Connector
{
    [ApiMember(DataType = "String", ParameterType = "body")]
    public string? Name { get; set; }

    [ApiMember(DataType = "Guid", ParameterType = "body")]
    public Guid IdPxGuid { get; set; }

    [ApiMember(DataType = "String", ParameterType = "body")]
    public string? IdPxLoginUrl { get; set; }

    // The original's page lists no true/false under this Boolean.
    [ApiMember(DataType = "Boolean", ParameterType = "body")]
    [ApiAllowableValues]
    public bool MatchesAuth { get; set; }
}

/// <summary>An identity provider a service's users authenticate with.</summary>
public class Authenticator
{
    [ApiMember(DataType = "String", ParameterType = "body")]
    public string? Name { get; set; }

    [ApiMember(DataType = "String", ParameterType = "body")]
    public string? Description { get; set; }

    [ApiMember(DataType = "Guid", ParameterType = "body")]
    public Guid IdProviderGuid { get; set; }

    [ApiMember(DataType = "String", ParameterType = "body")]
    public string? IdPxLoginUrl { get; set; }

    // The original's page lists no true/false under this Boolean.
    [ApiMember(DataType = "Boolean", ParameterType = "body")]
    [ApiAllowableValues]
    public bool UsedLast { get; set; }
}
