using ServiceStackCompat;

namespace CccApi.ServiceModel;

/// <summary>The stored copy is of the v8.12.0.0 page (no v8.4.0.0 copy is stored).</summary>
[Route("/services/{ServiceGuid}/domains/{Domain}", "POST", Summary = "Add a Domain to a Service.",
    Notes = "If this is the first domain to be added to the Service, this domain will marked as the Primary Domain for that Service. "
        + "Domains must be unique across all Services in the system.")]
[Route("/services/{ServiceGuid}/domains/{Domain}", "DELETE", Summary = "Remove a Domain from a Service.",
    Notes = "If this domain was the Primary domain, the Primary domain for the Service will be nulled.")]
public class AddRemoveServiceDomain : IReturn<BaseResponse>
{
    [ApiMember(DataType = "Guid", Description = "The ServiceGuid that you want to add / remove the domain to.", IsRequired = true, ParameterType = "path")]
    public Guid ServiceGuid { get; set; }

    [ApiMember(DataType = "String", Description = "The domain name for the Service.", IsRequired = true, ParameterType = "path")]
    public string? Domain { get; set; }
}

/// <summary>The stored copy is of the v8.4.0.0 page.</summary>
[Route("/services/{ServiceGuid}/domains/{Domain}", "PUT",
    Summary = "Update the name of a domain of a service and/or whether it is the primary domain for that service.")]
public class UpdateServiceDomain : IReturn<BaseResponse>
{
    [ApiMember(DataType = "Guid", Description = "The ServiceGuid of the service that contains the domain to be updated.", IsRequired = true, ParameterType = "path")]
    public Guid ServiceGuid { get; set; }

    [ApiMember(DataType = "String", Description = "The Domain to be updated", IsRequired = true, ParameterType = "path")]
    public string? Domain { get; set; }

    [ApiMember(DataType = "String", Description = "The new Domain name. New Domains must be unique across all Services in the system.", IsRequired = true, ParameterType = "query")]
    public string? NewDomain { get; set; }

    [ApiMember(DataType = "Boolean", Description = "The flag indicating whether the Domain becomes the new PrimaryDomain for the service", IsRequired = true, ParameterType = "query")]
    [ApiAllowableValues("true", "false")]
    public bool? SetAsPrimaryDomain { get; set; }
}
