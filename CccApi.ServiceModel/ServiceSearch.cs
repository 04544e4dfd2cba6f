using ServiceStackCompat;

namespace CccApi.ServiceModel;

[Route("/services", "GET", Summary = "Get a paged list of services associated with the current user.",
    Notes = "The search parameters use OR query logic. All search parameters are optional. When no search parameters are provided, "
        + "the search returns all the Services the current user has access to.")]
public class SearchServices : IReturn<ServicesPagedResponse>, IPagedRequest
{
    [ApiMember(DataType = "String", Description = "The Domain to search for. If left null, this param is excluded from the Search.", ParameterType = "query")]
    public string? Domain { get; set; }

    [ApiMember(DataType = "String", Description = "The Name to search for. If left null, this param is excluded from the Search.", ParameterType = "query")]
    public string? Name { get; set; }

    [ApiMember(DataType = "String", Description = "The Code to search for. If left null, this param is excluded from the Search.", ParameterType = "query")]
    public string? Code { get; set; }

    [ApiMember(DataType = "Integer", Description = "The Page number being requested. Defaults to 1.", ParameterType = "query")]
    public int? Page { get; set; }

    [ApiMember(DataType = "Integer", Description = "The Page Size returned by the operation. Defaults to 25.", ParameterType = "query")]
    public int? PageSize { get; set; }

    [ApiMember(DataType = "DateTime",
        Description = "Search for any services created after or on this date / time (UTC). If left null, this param is excluded from the Search.",
        ParameterType = "query")]
    public DateTime? CreatedAfterDateTime { get; set; }

    [ApiMember(DataType = "DateTime",
        Description = "Search for any services created before or on this date / time (UTC). If left null, this param is excluded from the Search.",
        ParameterType = "query")]
    public DateTime? CreatedBeforeDateTime { get; set; }
}

public class ServicesPagedResponse : BaseResponse, IPagedResponse<Service>
{
    [ApiMember(DataType = "Integer", ParameterType = "body")]
    public int PageSize { get; set; }

    [ApiMember(DataType = "Integer", ParameterType = "body")]
    public int TotalPages { get; set; }

    [ApiMember(DataType = "Integer", ParameterType = "body")]
    public int TotalItems { get; set; }

    [ApiMember(DataType = "Integer", ParameterType = "body")]
    public int CurrentPage { get; set; }

    [ApiMember(DataType = "Service[]", ParameterType = "body")]
    public List<Service> Results { get; set; } = [];
}
