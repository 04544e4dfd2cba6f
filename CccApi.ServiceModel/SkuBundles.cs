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

[Route("/partners/{PartnerGuid}/skubundles", "GET", Summary = "Get a Partners SkuBundles.")]
public class GetSkuBundles : IReturn<SkuBundlesPagedResponse>, IPagedRequest
{
    [ApiMember(DataType = "Guid", IsRequired = true, ParameterType = "path")]
    public Guid PartnerGuid { get; set; }

    [ApiMember(DataType = "String", Description = "Gets SkuBundles matching this Status only. Defaults to Active", ParameterType = "query")]
    [ApiAllowableValues("Active", "Disabled")]
    public string? Status { get; set; }

    [ApiMember(DataType = "Integer", Description = "The Page number being requested. Defaults to 1.", ParameterType = "query")]
    public int? Page { get; set; }

    [ApiMember(DataType = "Integer", Description = "The Page Size returned by the operation. Defaults to 25.", ParameterType = "query")]
    public int? PageSize { get; set; }
}

/// <summary>As on the original's page, this one paged response has no ResponseStatus of its own.</summary>
public class SkuBundlesPagedResponse : IPagedResponse<SkuBundle>
{
    [ApiMember(DataType = "Integer", ParameterType = "body")]
    public int PageSize { get; set; }

    [ApiMember(DataType = "Integer", ParameterType = "body")]
    public int TotalPages { get; set; }

    [ApiMember(DataType = "Integer", ParameterType = "body")]
    public int TotalItems { get; set; }

    [ApiMember(DataType = "Integer", ParameterType = "body")]
    public int CurrentPage { get; set; }

    [ApiMember(DataType = "SkuBundle[]", ParameterType = "body")]
    public List<SkuBundle> Results { get; set; } = [];
}

public class SkuBundle
{
    [ApiMember(DataType = "Guid", ParameterType = "body")]
    public Guid Guid { get; set; }

    [ApiMember(DataType = "Guid", ParameterType = "body")]
    public Guid PartnerGuid { get; set; }

    public string? Name { get; set; }

    [ApiAllowableValues("Active", "Disabled")]
    public string? Status { get; set; }
}

[Route("/services/skubundles/{ServiceSkuBundleGuid}", "GET", Summary = "Get an ServiceSkuBundle.")]
public class GetServiceSkuBundle : IReturn<ServiceSkuBundleResponse>
{
    [ApiMember(DataType = "Guid", Description = "Guid of the ServiceSkuBundle.", IsRequired = true, ParameterType = "path")]
    public Guid ServiceSkuBundleGuid { get; set; }
}

public class ServiceSkuBundleResponse : ServiceSkuBundle, IHasResponseStatus
{
    public ResponseStatus? ResponseStatus { get; set; }
}

/// <summary>A SkuBundle assigned to a Service, with the ServiceSkus in it.</summary>
public class ServiceSkuBundle
{
    [ApiMember(DataType = "Guid", ParameterType = "body")]
    public Guid ServiceSkuBundleGuid { get; set; }

    [ApiMember(DataType = "Guid", ParameterType = "body")]
    public Guid SkuBundleGuid { get; set; }

    public string? Name { get; set; }

    [ApiMember(DataType = "ServiceSku[]", ParameterType = "body")]
    public List<ServiceSku> ServiceSkus { get; set; } = [];
}
