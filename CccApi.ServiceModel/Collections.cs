using ServiceStackCompat;

namespace CccApi.ServiceModel;

[Route("/resellers/{ResellerGuid}/collections", "POST", Summary = "Register a collection deployment with the Directory.")]
public class RegisterCollection : IReturn<RegisterCollectionResponse>
{
    [ApiMember(DataType = "Guid", Description = "The Reseller to create the collection for.", IsRequired = true, ParameterType = "path")]
    public Guid ResellerGuid { get; set; }

    [ApiMember(DataType = "Guid", Description = "The site on which the collection will be registered to.", ParameterType = "body")]
    public Guid? SiteGuid { get; set; }

    [ApiMember(DataType = "String", Description = "The name of the new collection.", ParameterType = "body")]
    public string? Name { get; set; }

    [ApiMember(DataType = "String", Description = "The code of the collection. Must be unique within the system.", ParameterType = "body")]
    public string? CollectionCode { get; set; }

    [ApiMember(DataType = "String", Description = "The base URL where this collection can be reached at.", ParameterType = "body")]
    public string? ServicesApiBaseUrl { get; set; }
}

public class RegisterCollectionResponse : BaseResponse
{
    [ApiMember(DataType = "Guid", ParameterType = "body")]
    public Guid CollectionGuid { get; set; }
}

/// <summary>Answers with a bare JSON array, as the original does: no envelope, no responseStatus.</summary>
[Route("/resellers/{ResellerGuid}/collections", "GET", Summary = "Gets a list of Collections that a Reseller has access to.",
    Notes = "In addition to returning Collections that are owned by a Reseller, this will also include Collections that have explicitly been granted access to the specific Reseller.")]
public class GetResellerCollections : IReturn<List<ResellerCollection>>
{
    [ApiMember(DataType = "Guid", IsRequired = true, ParameterType = "path")]
    public Guid ResellerGuid { get; set; }
}

public class ResellerCollection : Collection
{
    [ApiMember(DataType = "Boolean", ParameterType = "body")]
    public bool IsDefaultCollectionForSite { get; set; }
}

/// <summary>A collection deployment on a Site. The original's SiteEndpoint is left out: no data for it.</summary>
public class Collection
{
    [ApiMember(DataType = "Guid", ParameterType = "body")]
    public Guid CollectionGuid { get; set; }

    public string? Name { get; set; }

    public string? CollectionCode { get; set; }

    [ApiAllowableValues("Active", "Disabled")]
    public string? Status { get; set; }

    public DateTime CreatedOn { get; set; }

    public string? ServicesApiBaseUrl { get; set; }

    [ApiMember(DataType = "Guid", ParameterType = "body")]
    public Guid SiteGuid { get; set; }
}
