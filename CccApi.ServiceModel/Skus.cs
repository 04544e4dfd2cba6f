using ServiceStackCompat;

namespace CccApi.ServiceModel;

/// <summary>The terms a Sku is created with, on a partner (CreateSku) or on a service (CreateServiceSku): one set of input rules for both.</summary>
public interface ISkuTerms
{
    string? Name { get; }

    string? BillingMetric { get; }

    decimal UnitPrice { get; }

    int Quantity { get; }

    string? Description { get; }
}

[Route("/partners/{PartnerGuid}/skus", "POST", Summary = "Create a new Sku.")]
public class CreateSku : IReturn<CreateSkuResponse>, ISkuTerms
{
    [ApiMember(DataType = "Guid", Description = "Guid of the Partner", IsRequired = true, ParameterType = "path")]
    public Guid PartnerGuid { get; set; }

    [ApiMember(DataType = "Guid", Description = "Guid of the parent SkuBundle", ParameterType = "query")]
    public Guid? SkuBundleGuid { get; set; }

    [ApiMember(DataType = "String", Description = "The name of the Sku", ParameterType = "body")]
    public string? Name { get; set; }

    [ApiMember(DataType = "String", Description = "The billing metric applied to the Sku during reporting. Defaults to NoMetric", ParameterType = "body")]
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

    [ApiMember(DataType = "String", Description = " Description of the Sku", ParameterType = "body")]
    public string? Description { get; set; }

    [ApiMember(DataType = "String", Description = "The Status of a Sku. Defaults to Active", ParameterType = "body")]
    [ApiAllowableValues("Active", "Disabled")]
    public string? Status { get; set; }
}

public class CreateSkuResponse : BaseResponse
{
    [ApiMember(DataType = "Guid", ParameterType = "body")]
    public Guid SkuGuid { get; set; }
}

[Route("/partners/{PartnerGuid}/skus/", "GET", Summary = "Get a Partners Skus.")]
public class GetSkus : IReturn<SkusPagedResponse>, IPagedRequest
{
    [ApiMember(DataType = "Guid", Description = "Guid of the Partner.", IsRequired = true, ParameterType = "path")]
    public Guid PartnerGuid { get; set; }

    [ApiMember(DataType = "Guid", Description = "Guid of the parent SkuBundle.", ParameterType = "query")]
    public Guid? SkuBundleGuid { get; set; }

    [ApiMember(DataType = "String", Description = "Gets only Skus matching this Status. Defaults to Active", ParameterType = "query")]
    [ApiAllowableValues("Active", "Disabled")]
    public string? Status { get; set; }

    [ApiMember(DataType = "Integer", Description = "The Page number being requested. Defaults to 1.", ParameterType = "query")]
    public int? Page { get; set; }

    [ApiMember(DataType = "Integer", Description = "The Page Size returned by the operation. Defaults to 25.", ParameterType = "query")]
    public int? PageSize { get; set; }
}

public class SkusPagedResponse : BaseResponse, IPagedResponse<Sku>
{
    [ApiMember(DataType = "Integer", ParameterType = "body")]
    public int PageSize { get; set; }

    [ApiMember(DataType = "Integer", ParameterType = "body")]
    public int TotalPages { get; set; }

    [ApiMember(DataType = "Integer", ParameterType = "body")]
    public int TotalItems { get; set; }

    [ApiMember(DataType = "Integer", ParameterType = "body")]
    public int CurrentPage { get; set; }

    [ApiMember(DataType = "Sku[]", ParameterType = "body")]
    public List<Sku> Results { get; set; } = [];
}

/// <summary>
/// The original's page survives only as a markdown copy without its headings, so the response type's name
/// is not shown; it is named as GetServiceSku's ServiceSkuResponse is, and has the same shape (a Sku with a ResponseStatus).
/// </summary>
[Route("/skus/{SkuGuid}", "GET", Summary = "Get a Sku.")]
public class GetSku : IReturn<SkuResponse>
{
    [ApiMember(DataType = "Guid", Description = "Guid of the Sku.", IsRequired = true, ParameterType = "path")]
    public Guid SkuGuid { get; set; }
}

public class SkuResponse : Sku, IHasResponseStatus
{
    public ResponseStatus? ResponseStatus { get; set; }
}

/// <summary>A partner's Sku: the priced item AssignServiceSku copies onto a service.</summary>
public class Sku
{
    [ApiMember(DataType = "Guid", ParameterType = "body")]
    public Guid SkuGuid { get; set; }

    public string? Name { get; set; }

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

    [ApiAllowableValues("Active", "Disabled")]
    public string? Status { get; set; }
}
