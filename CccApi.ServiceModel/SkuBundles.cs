using ServiceStackCompat;

namespace CccApi.ServiceModel;

[Route("/partners/{PartnerGuid}/skubundles", "POST", Summary = "Create a new SkuBundle.",
    Notes = "Status - The Status of the SkuBundle. Defaults to Active")]
public class CreateSkuBundle : IReturn<CreateSkuBundleResponse>
{
    [ApiMember(DataType = "Guid", IsRequired = true, ParameterType = "path")]
    public Guid PartnerGuid { get; set; }

    [ApiMember(ParameterType = "body")]
    public string? Name { get; set; }

    [ApiMember(ParameterType = "body")]
    [ApiAllowableValues("Active", "Disabled")]
    public string? Status { get; set; }
}

public class CreateSkuBundleResponse : BaseResponse
{
    [ApiMember(DataType = "Guid", ParameterType = "body")]
    public Guid SkuBundleGuid { get; set; }
}

[Route("/services/{ServiceGuid}/skubundles/{SkuBundleGuid}", "POST", Summary = "Create a new ServiceSkuBundle from a SkuBundle.",
    Notes = "Copies all available Skus from SkuBundle and copies them into a new ServiceSkuBundle (and the bundles ServiceSkus) and assigns them to a Service.")]
public class AssignServiceSkuBundle : IReturn<AssignServiceSkuBundleResponse>
{
    [ApiMember(DataType = "Guid", Description = "The Guid of the Service that this SkuBundle is applicable to.", IsRequired = true, ParameterType = "path")]
    public Guid ServiceGuid { get; set; }

    [ApiMember(DataType = "Guid", Description = "The Guid of the SkuBundle to copy from.", IsRequired = true, ParameterType = "path")]
    public Guid SkuBundleGuid { get; set; }

    [ApiMember(DataType = "DateTime", Description = "The date the ServiceSkuBundle should no longer be applied to the Service. Defaults to null", ParameterType = "body")]
    public DateTime? EndedDate { get; set; }
}

public class AssignServiceSkuBundleResponse : BaseResponse
{
    [ApiMember(DataType = "Guid", ParameterType = "body")]
    public Guid ServiceSkuBundleGuid { get; set; }
}
