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
