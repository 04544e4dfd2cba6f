using ServiceStackCompat;

namespace CccApi.ServiceModel;

/// <summary>The stored copy is a markdown rendering that does not name the response type; ours is named as ServiceStack would name it.</summary>
[Route("/services/{ServiceGuid}/companyinfo", "GET",
    Summary = "Gets the CompanyInfo for a Service. If the Service is Expired, Suspended or Cancelled, only Name and CreatedOn info will be returned.")]
public class GetServiceCompanyInfo : IReturn<GetServiceCompanyInfoResponse>
{
    [ApiMember(DataType = "Guid", IsRequired = true, ParameterType = "path")]
    public Guid ServiceGuid { get; set; }
}

public class GetServiceCompanyInfoResponse : BaseResponse
{
    public string? Name { get; set; }

    public string? Url { get; set; }

    public string? Address { get; set; }

    public string? City { get; set; }

    public string? StateProvince { get; set; }

    public string? ZipPostalCode { get; set; }

    public string? Country { get; set; }

    public string? ContactName { get; set; }

    public string? ContactEmail { get; set; }

    public string? ContactPhoneNumber { get; set; }

    /// <summary>A string on the original's page: the service's creation instant in ISO-8601 (UTC).</summary>
    public string? CreatedOn { get; set; }
}
