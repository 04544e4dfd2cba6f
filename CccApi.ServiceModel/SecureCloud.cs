using ServiceStackCompat;

namespace CccApi.ServiceModel;

/// <summary>The stored copy is of the v8.12.0.0 page (no v8.4.0.0 copy is stored).</summary>
[Route("/SecureCloud/RecentlyCreatedServicesWithDomains", "GET",
    Summary = "Retrieves services (along with their domains) that were created in the last 2 days and are not connected to Secure Cloud. "
        + "Primarily used by Secure Content API to check if new services should be connected to Secure Cloud.")]
public class RecentlyCreatedServicesWithDomains : IReturn<RecentlyCreatedServicesWithDomainsResponse>
{
    [ApiMember(DataType = "Guid", ParameterType = "query",
        Description = "Optional parameter that indicated oldest service that should be returned (not including it). "
            + "2 day limit still applies even if this Guid indicates an older Service.")]
    public Guid? OldestServiceGuid { get; set; }
}

public class RecentlyCreatedServicesWithDomainsResponse : IHasResponseStatus
{
    public ResponseStatus? ResponseStatus { get; set; }

    public List<ServiceWithDomain> ServicesWithDomains { get; set; } = [];
}

public class ServiceWithDomain
{
    public Guid ServiceGuid { get; set; }

    public string? Domain { get; set; }
}

/// <summary>Ours: the original records the connection outside its API; RecentlyCreatedServicesWithDomains leaves connected services out.</summary>
[RequiredRole("SuperUser")]
[Route("/SecureCloud/services/{ServiceGuid}/connection", "PUT", Summary = "Record whether a service is connected to Secure Cloud.",
    Notes = "Ours. Called by the Secure Content API once it has connected a service (Connected true), or to undo that (false).")]
public class UpdateSecureCloudConnection : IReturn<BaseResponse>
{
    [ApiMember(DataType = "Guid", IsRequired = true, ParameterType = "path")]
    public Guid ServiceGuid { get; set; }

    [ApiMember(DataType = "Boolean", IsRequired = true, ParameterType = "body")]
    public bool? Connected { get; set; }
}
