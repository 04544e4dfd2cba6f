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
    // The original's page lists no true/false under this Boolean, unlike most of its Booleans.
    [ApiMember(DataType = "Boolean", ParameterType = "body")]
    [ApiAllowableValues]
    public bool IsDefaultCollectionForSite { get; set; }
}

/// <summary>A collection deployment on a Site, reached through one of the Site's endpoints.</summary>
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

    [ApiMember(DataType = "SiteEndpoint", ParameterType = "body")]
    public SiteEndpoint? SiteEndpoint { get; set; }
}

/// <summary>One of a Site's endpoints (ours: CreateSiteEndpoint records them); a Collection is reached through one.</summary>
public class SiteEndpoint
{
    [ApiMember(DataType = "Guid", ParameterType = "body")]
    public Guid SiteGuid { get; set; }

    [ApiMember(DataType = "Guid", ParameterType = "body")]
    public Guid Guid { get; set; }

    [ApiMember(DataType = "String", ParameterType = "body")]
    public string? Name { get; set; }

    [ApiMember(DataType = "String", ParameterType = "body")]
    public string? SiteVersion { get; set; }

    [ApiMember(DataType = "String", ParameterType = "body")]
    public string? Description { get; set; }

    [ApiMember(DataType = "String", ParameterType = "body")]
    public string? Url { get; set; }

    [ApiMember(DataType = "DateTime", ParameterType = "body")]
    public DateTime CreatedOn { get; set; }
}

[Route("/collections", "GET", Summary = "Get a paged list of collections associated with the current User.")]
public class GetCollections : IReturn<CollectionsPagedResponse>, IPagedRequest
{
    [ApiMember(DataType = "Guid", Description = "The Partner GUID to filter by.", ParameterType = "query")]
    public Guid? PartnerGuid { get; set; }

    [ApiMember(DataType = "Guid", Description = "The Reseller GUID to filter by.", ParameterType = "query")]
    public Guid? ResellerGuid { get; set; }

    [ApiMember(DataType = "Guid", Description = "The Site GUID to filter by.", ParameterType = "query")]
    public Guid? SiteGuid { get; set; }

    [ApiMember(DataType = "Integer", Description = "The Page number being requested. Defaults to 1.", ParameterType = "query")]
    public int? Page { get; set; }

    [ApiMember(DataType = "Integer", Description = "The Page Size returned by the operation. Defaults to 25.", ParameterType = "query")]
    public int? PageSize { get; set; }
}

public class CollectionsPagedResponse : BaseResponse, IPagedResponse<Collection>
{
    [ApiMember(DataType = "Integer", ParameterType = "body")]
    public int PageSize { get; set; }

    [ApiMember(DataType = "Integer", ParameterType = "body")]
    public int TotalPages { get; set; }

    [ApiMember(DataType = "Integer", ParameterType = "body")]
    public int TotalItems { get; set; }

    [ApiMember(DataType = "Integer", ParameterType = "body")]
    public int CurrentPage { get; set; }

    [ApiMember(DataType = "Collection[]", ParameterType = "body")]
    public List<Collection> Results { get; set; } = [];
}

[Route("/collections/{CollectionGuid}", "GET", Summary = "Get details about a specific collection")]
public class GetCollection : IReturn<CollectionResponse>
{
    [ApiMember(DataType = "Guid", IsRequired = true, ParameterType = "path")]
    public Guid CollectionGuid { get; set; }
}

/// <summary>The Collection itself with responseStatus declared here, so it serialises first as on the original.</summary>
public class CollectionResponse : Collection, IHasResponseStatus
{
    public ResponseStatus? ResponseStatus { get; set; }
}

[Route("/collections/{CollectionGuid}", "PUT", Summary = "Update an existing collection.")]
public class UpdateCollection : IReturn<BaseResponse>
{
    [ApiMember(DataType = "Guid", IsRequired = true, ParameterType = "path")]
    public Guid CollectionGuid { get; set; }

    [ApiMember(DataType = "Guid", ParameterType = "body")]
    public Guid? SiteGuid { get; set; }

    [ApiMember(DataType = "Guid", ParameterType = "body")]
    public Guid? SiteEndpointGuid { get; set; }

    [ApiMember(DataType = "String", Description = "The name of the new collection. Only allowed to be set by SuperUsers.", ParameterType = "body")]
    public string? Name { get; set; }

    [ApiMember(DataType = "String", Description = "Status of the collection. Only allowed to be set by SuperUsers.", ParameterType = "body")]
    [ApiAllowableValues("Active", "Disabled")]
    public string? Status { get; set; }

    [ApiMember(DataType = "String", Description = "The base URL where this collection can be reached at.", ParameterType = "body")]
    public string? ServicesApiBaseUrl { get; set; }

    [ApiMember(DataType = "String", Description = "Current Version of the collection. Only allowed to be set by SuperUsers.", ParameterType = "body")]
    public string? CurrentVersion { get; set; }

    [ApiMember(DataType = "Integer", Description = "Default Trial Period (in days) of the collection. Only allowed to be set by SuperUsers.", ParameterType = "body")]
    public int? DefaultTrialPeriod { get; set; }
}

/// <summary>The stored copy is a markdown rendering that does not name the response type; ours is named as ServiceStack would name it.</summary>
[Route("/collections/{CollectionGuid}/ping", "GET",
    Summary = "Pings the specified Collection and returns that Collections current UTC time, plus the current CCC / Site / Collection Versions.")]
public class PingCollection : IReturn<PingCollectionResponse>
{
    [ApiMember(DataType = "Guid", IsRequired = true, ParameterType = "path")]
    public Guid CollectionGuid { get; set; }
}

public class PingCollectionResponse : BaseResponse
{
    [ApiMember(DataType = "DateTime", ParameterType = "body")]
    public DateTime Timestamp { get; set; }

    public string? DirectoryVersion { get; set; }

    public string? SiteVersion { get; set; }

    public string? CollectionVersion { get; set; }
}
