using ServiceStackCompat;

namespace CccApi.ServiceModel;

[Route("/services/{ServiceGuid}/skus", "POST", Summary = "Create a new Sku.")]
public class CreateServiceSku : IReturn<AssignServiceSkuResponse>
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

/// <summary>
/// The original's SkuGuid filter is left out: ServiceSkus here are created directly, never copied
/// from a Sku, so there is nothing to filter by.
/// </summary>
[Route("/services/{ServiceGuid}/skus", "GET", Summary = "Get the ServiceSkus assigned to a Service.")]
public class GetServiceSkus : IReturn<ServiceSkusPagedResponse>, IPagedRequest
{
    [ApiMember(DataType = "Guid", Description = "Guid of the Service.", IsRequired = true, ParameterType = "path")]
    public Guid ServiceGuid { get; set; }

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

/// <summary>A Sku applied to a Service. The original's SkuGuid and IsEditable are left out: no data for them.</summary>
public class ServiceSku
{
    [ApiMember(DataType = "Guid", ParameterType = "body")]
    public Guid ServiceSkuGuid { get; set; }

    [ApiMember(DataType = "Guid", ParameterType = "body")]
    public Guid? ServiceSkuBundleGuid { get; set; }

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
}
