using ServiceStackCompat;

namespace CccApi.ServiceModel;

[Route("/services/{ServiceGuid}/skus", "POST", Summary = "Create a new Sku.")]
public class CreateServiceSku : IReturn<AssignServiceSkuResponse>, ISkuTerms
{
    [ApiMember(DataType = "Guid", Description = "Guid of the Service this Sku applies to.", IsRequired = true, ParameterType = "path")]
    public Guid ServiceGuid { get; set; }

    [ApiMember(DataType = "Guid", Description = " Guid of the parent SkuBundle", ParameterType = "body")]
    public Guid? ServiceSkuBundleGuid { get; set; }

    [ApiMember(DataType = "String", Description = "Name of the ServiceSku", ParameterType = "body")]
    public string? Name { get; set; }

    [ApiMember(DataType = "DateTime", Description = "The date the ServiceSku should no longer be applied to the Service. Defaults to null", ParameterType = "body")]
    public DateTime? EndedDate { get; set; }

    [ApiMember(DataType = "String", Description = "The billing metric that is applied to the Sku during monthly reporting. Defaults to NoMetric", ParameterType = "body")]
    [ApiAllowableValues(
        "NoMetric", "ProUsersCount", "NumberOfMessagesEntitlement", "NumberOfMessagesOverage",
        "DataTransfer50GbEntitlement", "DataTransferAmountInGbEntitlement", "DataTransferAmountPerUserInGbEntitlement",
        "DataTransferAmountInGbOverage", "MftDataTransfer50GbEntitlement", "MftDataTransferAmountInGbEntitlement",
        "MftDataTransferAmountPerUserInGbEntitlement", "MftDataTransferAmountInGbOverage")]
    public string? BillingMetric { get; set; }

    [ApiMember(DataType = "Decimal", Description = "Unit Price of the Sku. Defaults to 0", ParameterType = "body")]
    public decimal UnitPrice { get; set; }

    [ApiMember(DataType = "Integer", Description = "Quantity of the Sku. Defaults to 0", ParameterType = "body")]
    public int Quantity { get; set; }

    [ApiMember(DataType = "String", Description = "Description of the Sku", ParameterType = "body")]
    public string? Description { get; set; }
}

public class AssignServiceSkuResponse : BaseResponse
{
    [ApiMember(DataType = "Guid", ParameterType = "body")]
    public Guid ServiceSkuGuid { get; set; }
}

[Route("/services/{ServiceGuid}/skus/{SkuGuid}", "POST", Summary = "Create a new ServiceSku from a Sku.",
    Notes = "This operation copies the Sku into a new ServiceSku and applies it to a Service.")]
public class AssignServiceSku : IReturn<AssignServiceSkuResponse>
{
    [ApiMember(DataType = "Guid", Description = "The Guid of the Service that this ServiceSku is applicable to.", IsRequired = true, ParameterType = "path")]
    public Guid ServiceGuid { get; set; }

    [ApiMember(DataType = "Guid", Description = "The Guid of the Sku used to create this new ServiceSku.", IsRequired = true, ParameterType = "path")]
    public Guid SkuGuid { get; set; }

    [ApiMember(DataType = "DateTime", Description = "The date the ServiceSku should no longer be applied to the Service. Defaults to null", ParameterType = "body")]
    public DateTime? EndedDate { get; set; }
}

[Route("/services/skus/{ServiceSkuGuid}/", "GET", Summary = "Get a ServiceSku.")]
public class GetServiceSku : IReturn<ServiceSkuResponse>
{
    [ApiMember(DataType = "Guid", Description = "Guid of the ServiceSku.", IsRequired = true, ParameterType = "path")]
    public Guid ServiceSkuGuid { get; set; }
}

public class ServiceSkuResponse : ServiceSku, IHasResponseStatus
{
    public ResponseStatus? ResponseStatus { get; set; }
}

[Route("/services/{ServiceGuid}/skus", "GET", Summary = "Get the ServiceSkus assigned to a Service.")]
public class GetServiceSkus : IReturn<ServiceSkusPagedResponse>, IPagedRequest
{
    [ApiMember(DataType = "Guid", Description = "Guid of the Service.", IsRequired = true, ParameterType = "path")]
    public Guid ServiceGuid { get; set; }

    [ApiMember(DataType = "Guid", Description = "Filter by the guid of the Sku that was originally used to assign the ServiceSku.", ParameterType = "query")]
    public Guid? SkuGuid { get; set; }

    [ApiMember(DataType = "DateTime", Description = "Filter by searching for ServiceSkus with an AssignedDate greater than this parameter.", ParameterType = "query")]
    public DateTime? AssignedDate { get; set; }

    [ApiMember(DataType = "DateTime", Description = "Filter by searching for ServiceSkus with an EndedDate less than this parameter.", ParameterType = "query")]
    public DateTime? EndedDate { get; set; }

    [ApiMember(DataType = "Integer", Description = "The Page number being requested. Defaults to 1.", ParameterType = "query")]
    public int? Page { get; set; }

    [ApiMember(DataType = "Integer", Description = "The Page Size returned by the operation. Defaults to 25.", ParameterType = "query")]
    public int? PageSize { get; set; }
}

public class ServiceSkusPagedResponse : BaseResponse, IPagedResponse<ServiceSku>
{
    [ApiMember(DataType = "Integer", ParameterType = "body")]
    public int PageSize { get; set; }

    [ApiMember(DataType = "Integer", ParameterType = "body")]
    public int TotalPages { get; set; }

    [ApiMember(DataType = "Integer", ParameterType = "body")]
    public int TotalItems { get; set; }

    [ApiMember(DataType = "Integer", ParameterType = "body")]
    public int CurrentPage { get; set; }

    [ApiMember(DataType = "ServiceSku[]", ParameterType = "body")]
    public List<ServiceSku> Results { get; set; } = [];
}

/// <summary>A Sku applied to a Service: created on it, or copied from a partner's Sku (then SkuGuid names that Sku).</summary>
public class ServiceSku
{
    [ApiMember(DataType = "Guid", ParameterType = "body")]
    public Guid ServiceSkuGuid { get; set; }

    [ApiMember(DataType = "Guid", ParameterType = "body")]
    public Guid? ServiceSkuBundleGuid { get; set; }

    [ApiMember(DataType = "Guid", ParameterType = "body")]
    public Guid? SkuGuid { get; set; }

    public string? Name { get; set; }

    [ApiMember(DataType = "DateTime", ParameterType = "body")]
    public DateTime AssignedDate { get; set; }

    [ApiMember(DataType = "DateTime", ParameterType = "body")]
    public DateTime? EndedDate { get; set; }

    [ApiAllowableValues(
        "NoMetric", "ProUsersCount", "NumberOfMessagesEntitlement", "NumberOfMessagesOverage",
        "DataTransfer50GbEntitlement", "DataTransferAmountInGbEntitlement", "DataTransferAmountPerUserInGbEntitlement",
        "DataTransferAmountInGbOverage", "MftDataTransfer50GbEntitlement", "MftDataTransferAmountInGbEntitlement",
        "MftDataTransferAmountPerUserInGbEntitlement", "MftDataTransferAmountInGbOverage")]
    public string? BillingMetric { get; set; }

    [ApiMember(DataType = "Integer", ParameterType = "body")]
    public int Quantity { get; set; }

    [ApiMember(DataType = "Decimal", ParameterType = "body")]
    public decimal UnitPrice { get; set; }

    public string? Description { get; set; }

    /// <summary>False for a copy of a partner's Sku, whose terms are the partner's.</summary>
    [ApiMember(DataType = "Boolean", ParameterType = "body")]
    public bool IsEditable { get; set; }
}
