using CccApi.ServiceModel.Annotations;

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
