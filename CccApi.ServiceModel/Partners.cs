using ServiceStackCompat;

namespace CccApi.ServiceModel;

/// <summary>Ours: the original creates Partners outside its API.</summary>
[RequiredRole("SuperUser")]
[Route("/partners", "POST", Summary = "Create a new Partner.",
    Notes = "The Name must be unique. Creating a Partner whose Name is already taken will result in an error.")]
public class CreatePartner : IReturn<CreatePartnerResponse>
{
    [ApiMember(DataType = "String", Description = "The name of the Partner. Must be unique. 100 char Max.", IsRequired = true, ParameterType = "body")]
    public string? Name { get; set; }
}

public class CreatePartnerResponse : BaseResponse
{
    [ApiMember(DataType = "Guid", ParameterType = "body")]
    public Guid PartnerGuid { get; set; }
}

[Route("/partners/{PartnerGuid}", "PUT", Summary = "Modify an existing Partner.", Notes = "If left null, optional parameters will be ignored.")]
public class UpdatePartner : IReturn<BaseResponse>
{
    [ApiMember(DataType = "Guid", IsRequired = true, ParameterType = "path")]
    public Guid PartnerGuid { get; set; }

    [ApiMember(DataType = "string", ParameterType = "body")]
    public string? PartnerName { get; set; }

    [ApiMember(DataType = "string", ParameterType = "body")]
    public string? CompanyName { get; set; }

    [ApiMember(DataType = "string", ParameterType = "body")]
    public string? ContactName { get; set; }

    [ApiMember(DataType = "string", ParameterType = "body")]
    [ApiAllowableValues("Active", "Disabled")]
    public string? Status { get; set; }
}
