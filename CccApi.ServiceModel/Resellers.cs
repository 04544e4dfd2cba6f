using ServiceStackCompat;

namespace CccApi.ServiceModel;

[Route("/partners/{PartnerGuid}/resellers", "POST", Summary = "Create a new Reseller")]
public class CreateReseller : IReturn<CreateResellerResponse>
{
    [ApiMember(DataType = "Guid", Description = "The Guid of the Partner.", IsRequired = true, ParameterType = "path")]
    public Guid PartnerGuid { get; set; }

    [ApiMember(DataType = "String", Description = "The Name of the Reseller.", IsRequired = true, ParameterType = "body")]
    public string? Name { get; set; }

    [ApiMember(DataType = "String", Description = "The Company Name of the Reseller.", IsRequired = true, ParameterType = "body")]
    public string? CompanyName { get; set; }

    [ApiMember(DataType = "Guid", Description = "The Default Collection Guid of the Reseller.", ParameterType = "body")]
    public Guid? DefaultCollectionGuid { get; set; }

    [ApiMember(DataType = "ContactInfo", Description = "The Contact Info of the Reseller.", IsRequired = true, ParameterType = "body")]
    public ContactInfo? ContactInfo { get; set; }
}

public class CreateResellerResponse : BaseResponse
{
    [ApiMember(DataType = "Guid", ParameterType = "body")]
    public Guid ResellerGuid { get; set; }
}

[Route("/resellers/{ResellerGuid}", "GET", Summary = "Gets details of the Reseller.")]
public class GetReseller : IReturn<ResellerListItemResponse>
{
    [ApiMember(DataType = "Guid", IsRequired = true, ParameterType = "path")]
    public Guid ResellerGuid { get; set; }
}

/// <summary>The stored copy's tables are complete (only its samples are cut off).</summary>
[Route("/resellers/{ResellerGuid}/services", "GET", Summary = "Gets a paged list of services associated with the specified reseller.")]
public class GetResellerServices : IReturn<ServicesPagedResponse>, IPagedRequest
{
    [ApiMember(DataType = "Guid", IsRequired = true, ParameterType = "path")]
    public Guid ResellerGuid { get; set; }

    [ApiMember(DataType = "Integer", Description = "The Page number being requested. Defaults to 1.", ParameterType = "query")]
    public int? Page { get; set; }

    [ApiMember(DataType = "Integer", Description = "The Page Size returned by the operation. Defaults to 25.", ParameterType = "query")]
    public int? PageSize { get; set; }
}

/// <summary>The reseller itself with responseStatus declared here, so it serialises first as on the original.</summary>
public class ResellerListItemResponse : ResellerListItem, IHasResponseStatus
{
    public ResponseStatus? ResponseStatus { get; set; }
}

public class ResellerListItem
{
    [ApiMember(DataType = "Guid", ParameterType = "body")]
    public Guid ResellerGuid { get; set; }

    public string? Name { get; set; }

    public string? Status { get; set; }

    [ApiMember(DataType = "DateTime", ParameterType = "body")]
    public DateTime CreatedOn { get; set; }

    public string? CompanyName { get; set; }

    [ApiMember(DataType = "Guid", ParameterType = "body")]
    public Guid? DefaultCollectionGuid { get; set; }

    [ApiMember(DataType = "ContactInfo", ParameterType = "body")]
    public ContactInfo? ContactInfo { get; set; }

    [ApiMember(DataType = "Guid", ParameterType = "body")]
    public Guid PartnerGuid { get; set; }
}

[Route("/partners/{PartnerGuid}/resellers", "GET", Summary = "Gets details of Resellers associated with a Partner.")]
public class GetPartnerResellers : IReturn<List<ResellerListItem>>
{
    [ApiMember(DataType = "Guid", Description = "The guid of the Partner", IsRequired = true, ParameterType = "path")]
    public Guid PartnerGuid { get; set; }

    [ApiMember(DataType = "String[]",
        Description = "An array of the Reseller Statuses that will be return by this operation. If left null, only Active Resellers will be returned.",
        ParameterType = "query")]
    [ApiAllowableValues("Active", "Disabled")]
    public string[]? ResellerStatuses { get; set; }
}
