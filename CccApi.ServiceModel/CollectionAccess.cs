using ServiceStackCompat;

namespace CccApi.ServiceModel;

[Route("/resellers/{ResellerGuid}/collectionaccess/{CollectionGuid}", "POST",
    Summary = "Add a new reseller collection relationship for the entities identified by the ResellerGuid and the CollectionGuid parameters.",
    Notes = "Creating an access record that already exists will result in an error. If the record is the first one created for a Reseller on a Site, IsDefaultCollectionForSite will default to true. If IsDefaultCollectionForSite is set to true, it will reset any other Collections that were previously set as Default for the Site. This parameter is not valid for DELETE operations.")]
[Route("/resellers/{ResellerGuid}/collectionaccess/{CollectionGuid}", "PUT",
    Summary = "Update reseller collection relationship for the entities identified by the ResellerGuid and the CollectionGuid parameters.",
    Notes = "If the specified access record does not exist an error will be thrown.")]
[Route("/resellers/{ResellerGuid}/collectionaccess/{CollectionGuid}", "DELETE",
    Summary = "Remove the reseller collection relationship for the entities identified by the ResellerGuid and the CollectionGuid parameters.",
    Notes = "If the specified access record does not exist an error will be thrown.")]
public class ResellerCollectionAccess : IReturn<BaseResponse>
{
    [ApiMember(DataType = "Guid", Description = "The Reseller to create the collection for.", IsRequired = true, ParameterType = "path")]
    public Guid ResellerGuid { get; set; }

    [ApiMember(DataType = "Guid", Description = "The base URL where this collection is located.", IsRequired = true, ParameterType = "path")]
    public Guid CollectionGuid { get; set; }

    [ApiMember(DataType = "Boolean", Description = "Not valid on DELETE.", ParameterType = "body")]
    public bool? IsDefaultCollectionForSite { get; set; }
}

[RequiredRole("SuperUser")]
[Route("/partners/{PartnerGuid}/collectionaccess/{CollectionGuid}", "POST",
    Summary = "Add a new partner collection relationship for the entities identified by the PartnerGuid and the CollectionGuid parameters.",
    Notes = "Creating an access record that already exists will result in an error. If the record is the first one created for a Partner on a Site, IsDefaultCollectionForSite will default to true. If IsDefaultCollectionForSite is set to true, it will reset any other Collections that were previously set as Default for the Site. This parameter is not valid for DELETE operations.")]
[Route("/partners/{PartnerGuid}/collectionaccess/{CollectionGuid}", "PUT",
    Summary = "Update partner collection relationship for the entities identified by the PartnerGuid and the CollectionGuid parameters.",
    Notes = "If the specified access record does not exist an error will be thrown.")]
[Route("/partners/{PartnerGuid}/collectionaccess/{CollectionGuid}", "DELETE",
    Summary = "Remove the partner collection relationship for the entities identified by the PartnerGuid and the CollectionGuid parameters.",
    Notes = "If the specified access record does not exist an error will be thrown.")]
public class PartnerCollectionAccess : IReturn<BaseResponse>
{
    [ApiMember(DataType = "Guid", IsRequired = true, ParameterType = "path")]
    public Guid PartnerGuid { get; set; }

    [ApiMember(DataType = "Guid", IsRequired = true, ParameterType = "path")]
    public Guid CollectionGuid { get; set; }

    [ApiMember(DataType = "Boolean", Description = "Not valid on DELETE.", ParameterType = "body")]
    public bool? IsDefaultCollectionForSite { get; set; }
}
