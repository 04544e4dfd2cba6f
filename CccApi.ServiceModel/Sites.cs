using ServiceStackCompat;

namespace CccApi.ServiceModel;

[Route("/sites", "GET", Summary = "Get a paged list of sites associated with the current User.")]
public class GetSites : IReturn<SitesPagedResponse>, IPagedRequest
{
    [ApiMember(DataType = "Guid", Description = "The Partner GUID to filter by.", ParameterType = "query")]
    public Guid? PartnerGuid { get; set; }

    [ApiMember(DataType = "Guid", Description = "The Reseller GUID to filter by.", ParameterType = "query")]
    public Guid? ResellerGuid { get; set; }

    [ApiMember(DataType = "Integer", Description = "The Page number being requested. Defaults to 1.", ParameterType = "query")]
    public int? Page { get; set; }

    [ApiMember(DataType = "Integer", Description = "The Page Size returned by the operation. Defaults to 25.", ParameterType = "query")]
    public int? PageSize { get; set; }
}

public class SitesPagedResponse : BaseResponse, IPagedResponse<Site>
{
    [ApiMember(DataType = "Integer", ParameterType = "body")]
    public int PageSize { get; set; }

    [ApiMember(DataType = "Integer", ParameterType = "body")]
    public int TotalPages { get; set; }

    [ApiMember(DataType = "Integer", ParameterType = "body")]
    public int TotalItems { get; set; }

    [ApiMember(DataType = "Integer", ParameterType = "body")]
    public int CurrentPage { get; set; }

    [ApiMember(DataType = "Site[]", ParameterType = "body")]
    public List<Site> Results { get; set; } = [];
}

[Route("/sites/{SiteGuid}", "GET", Summary = "Get details about a site.")]
public class GetSite : IReturn<SiteResponse>
{
    [ApiMember(DataType = "Guid", IsRequired = true, ParameterType = "path")]
    public Guid SiteGuid { get; set; }
}

/// <summary>The Site itself with responseStatus declared here, so it serialises first as on the original.</summary>
public class SiteResponse : Site, IHasResponseStatus
{
    public ResponseStatus? ResponseStatus { get; set; }
}

/// <summary>A datacenter, optionally owned by one Partner, with the server version and service pack it offers.</summary>
public class Site
{
    [ApiMember(DataType = "Guid", ParameterType = "body")]
    public Guid SiteGuid { get; set; }

    [ApiMember(DataType = "DateTime", ParameterType = "body")]
    public DateTime CreatedOn { get; set; }

    public string? Name { get; set; }

    public string? ProviderName { get; set; }

    public string? Jurisdiction { get; set; }

    public SiteStatus Status { get; set; }

    public string? Endpoint { get; set; }

    [ApiMember(DataType = "Guid", ParameterType = "body")]
    public Guid? OwnerPartnerGuid { get; set; }

    public string? AvailableServerVersion { get; set; }

    [ApiMember(DataType = "Integer", ParameterType = "body")]
    public int AvailableServicePack { get; set; }
}

public enum SiteStatus
{
    Active,
    Disabled,
}

/// <summary>Ours: the original creates Sites outside its API.</summary>
[RequiredRole("SuperUser")]
[Route("/sites", "POST", Summary = "Create a new Site.",
    Notes = "The Name must be unique. Creating a Site whose Name is already taken will result in an error.")]
public class CreateSite : IReturn<CreateSiteResponse>
{
    [ApiMember(DataType = "String", Description = "The name of the Site. Must be unique.", IsRequired = true, ParameterType = "body")]
    public string? Name { get; set; }

    [ApiMember(DataType = "String", Description = "The hosting provider of the Site.", ParameterType = "body")]
    public string? ProviderName { get; set; }

    [ApiMember(DataType = "String", Description = "The jurisdiction the Site's data is held in.", ParameterType = "body")]
    public string? Jurisdiction { get; set; }

    [ApiMember(DataType = "String", Description = "The endpoint where the Site can be reached.", ParameterType = "body")]
    public string? Endpoint { get; set; }

    [ApiMember(DataType = "Guid", Description = "The Partner that owns the Site, if one does.", ParameterType = "body")]
    public Guid? OwnerPartnerGuid { get; set; }

    [ApiMember(DataType = "String", Description = "The server version the Site offers.", ParameterType = "body")]
    public string? AvailableServerVersion { get; set; }

    [ApiMember(DataType = "Integer", Description = "The service pack the Site offers. Defaults to 0", ParameterType = "body")]
    public int AvailableServicePack { get; set; }
}

[RequiredRole("SuperUser")]
[Route("/partners/{PartnerGuid}/siteaccess/{SiteGuid}", "POST",
    Summary = "Add a new partner site relationship for the entities identified by the PartnerGuid and the SiteGuid parameters.",
    Notes = "Creating an access record that already exists will result in an error.")]
[Route("/partners/{PartnerGuid}/siteaccess/{SiteGuid}", "DELETE",
    Summary = "Remove the partner site relationship for the entities identified by the ResellerGuid and the SiteGuid parameters.",
    Notes = "If the specified access record does not exist an error will be thrown.")]
public class PartnerSiteAccess : IReturn<BaseResponse>
{
    [ApiMember(DataType = "Guid", IsRequired = true, ParameterType = "path")]
    public Guid PartnerGuid { get; set; }

    [ApiMember(DataType = "Guid", IsRequired = true, ParameterType = "path")]
    public Guid SiteGuid { get; set; }
}

[Route("/partners/{PartnerGuid}/sites", "GET", Summary = "Get a paged list of sites associated with the specified Partner.")]
public class GetPartnerSites : IReturn<SitesPagedResponse>, IPagedRequest
{
    [ApiMember(DataType = "Guid", IsRequired = true, ParameterType = "path")]
    public Guid PartnerGuid { get; set; }

    [ApiMember(DataType = "Integer", Description = "The Page number being requested. Defaults to 1.", ParameterType = "query")]
    public int? Page { get; set; }

    [ApiMember(DataType = "Integer", Description = "The Page Size returned by the operation. Defaults to 25.", ParameterType = "query")]
    public int? PageSize { get; set; }
}

public class CreateSiteResponse : BaseResponse
{
    [ApiMember(DataType = "Guid", ParameterType = "body")]
    public Guid SiteGuid { get; set; }
}

/// <summary>Ours: the original records its Sites' endpoints outside its API; UpdateCollection's SiteEndpointGuid names one.</summary>
[RequiredRole("SuperUser")]
[Route("/sites/{SiteGuid}/endpoints", "POST", Summary = "Add an endpoint to a Site.",
    Notes = "Ours. A Collection on the Site is reached through one of its endpoints (UpdateCollection's SiteEndpointGuid).")]
public class CreateSiteEndpoint : IReturn<CreateSiteEndpointResponse>
{
    [ApiMember(DataType = "Guid", IsRequired = true, ParameterType = "path")]
    public Guid SiteGuid { get; set; }

    [ApiMember(DataType = "String", Description = "The name of the endpoint. 100 char Max.", IsRequired = true, ParameterType = "body")]
    public string? Name { get; set; }

    [ApiMember(DataType = "String", Description = "The version the Site runs behind this endpoint.", ParameterType = "body")]
    public string? SiteVersion { get; set; }

    [ApiMember(DataType = "String", ParameterType = "body")]
    public string? Description { get; set; }

    [ApiMember(DataType = "String", Description = "The absolute https URL of the endpoint.", IsRequired = true, ParameterType = "body")]
    public string? Url { get; set; }
}

public class CreateSiteEndpointResponse : BaseResponse
{
    [ApiMember(DataType = "Guid", ParameterType = "body")]
    public Guid SiteEndpointGuid { get; set; }
}
