using static CccApi.Tests.Catalogue.PageFacts;

namespace CccApi.Tests.Catalogue;

public static partial class CataloguePages
{
    private static readonly PageTable SiteTable = new("Site",
        new PageRow("SiteGuid", "body", "Guid", false),
        new PageRow("CreatedOn", "body", "DateTime", false),
        new PageRow("Name", "form", "string", false),
        new PageRow("ProviderName", "form", "string", false),
        new PageRow("Jurisdiction", "form", "string", false),
        new PageRow("Status", "form", "SiteStatus", false, "", ActiveDisabled),
        new PageRow("Endpoint", "form", "string", false),
        new PageRow("OwnerPartnerGuid", "body", "Guid", false),
        new PageRow("AvailableServerVersion", "form", "string", false),
        new PageRow("AvailableServicePack", "body", "Integer", false));

    private static IEnumerable<PageFacts> Partners =>
    [
        new("UpdatePartner", ["PUT /api/partners/{PartnerGuid} Modify an existing Partner.If left null, optional parameters will be ignored."],
            new PageTable("UpdatePartner",
                new PageRow("PartnerGuid", "path", "Guid", true),
                new PageRow("PartnerName", "body", "string", false),
                new PageRow("CompanyName", "body", "string", false),
                new PageRow("ContactName", "body", "string", false),
                new PageRow("Status", "body", "string", false, "", ActiveDisabled)),
            BaseResponse),
        // The stored copy stops before the sample request body and response; the tables are complete.
        new("PartnerCollectionAccess",
            [
                "POST /api/partners/{PartnerGuid}/collectionaccess/{CollectionGuid} Add a new partner collection relationship for the entities identified by the PartnerGuid and the CollectionGuid parameters.Creating an access record that already exists will result in an error. If the record is the first one created for a Partner on a Site, IsDefaultCollectionForSite will default to true. If IsDefaultCollectionForSite is set to true, it will reset any other Collections that were previously set as Default for the Site. This parameter is not valid for DELETE operations.",
                "PUT /api/partners/{PartnerGuid}/collectionaccess/{CollectionGuid} Update partner collection relationship for the entities identified by the PartnerGuid and the CollectionGuid parameters.If the specified access record does not exist an error will be thrown.",
                "DELETE /api/partners/{PartnerGuid}/collectionaccess/{CollectionGuid} Remove the partner collection relationship for the entities identified by the PartnerGuid and the CollectionGuid parameters.If the specified access record does not exist an error will be thrown.",
            ],
            new PageTable("PartnerCollectionAccess",
                new PageRow("PartnerGuid", "path", "Guid", true),
                new PageRow("CollectionGuid", "path", "Guid", true),
                new PageRow("IsDefaultCollectionForSite", "body", "Boolean", false, "Not valid on DELETE.", "true", "false")),
            BaseResponse),
        new("PartnerSiteAccess",
            [
                "POST /api/partners/{PartnerGuid}/siteaccess/{SiteGuid} Add a new partner site relationship for the entities identified by the PartnerGuid and the SiteGuid parameters.Creating an access record that already exists will result in an error.",
                "DELETE /api/partners/{PartnerGuid}/siteaccess/{SiteGuid} Remove the partner site relationship for the entities identified by the ResellerGuid and the SiteGuid parameters.If the specified access record does not exist an error will be thrown.",
            ],
            new PageTable("PartnerSiteAccess",
                new PageRow("PartnerGuid", "path", "Guid", true),
                new PageRow("SiteGuid", "path", "Guid", true)),
            BaseResponse),
        new("GetPartnerSites", ["GET /api/partners/{PartnerGuid}/sites Get a paged list of sites associated with the specified Partner."],
            new PageTable("GetPartnerSites",
                new PageRow("PartnerGuid", "path", "Guid", true),
                new PageRow("Page", "query", "Integer", false, "The Page number being requested. Defaults to 1."),
                new PageRow("PageSize", "query", "Integer", false, "The Page Size returned by the operation. Defaults to 25.")),
            Paged("SitesPagedResponse", "Site"),
            BaseResponse,
            SiteTable),
        new("GetSite", ["GET /api/sites/{SiteGuid} Get details about a site."],
            new PageTable("GetSite", new PageRow("SiteGuid", "path", "Guid", true)),
            new PageTable("SiteResponse", new PageRow("ResponseStatus", "form", "ResponseStatus", false)),
            SiteTable),
        // Stored as a v8.12.0.0 copy; the operation and its tables are as on it.
        new("GetPartnerResellers", ["GET /api/partners/{PartnerGuid}/resellers Gets details of Resellers associated with a Partner."],
            new PageTable("GetPartnerResellers",
                new PageRow("PartnerGuid", "path", "Guid", true, "The guid of the Partner"),
                new PageRow("ResellerStatuses", "query", "String[]", false,
                    "An array of the Reseller Statuses that will be return by this operation. If left null, only Active Resellers will be returned.",
                    ActiveDisabled)),
            new PageTable("ResellerListItem",
                new PageRow("ResellerGuid", "body", "Guid", false),
                new PageRow("Name", "form", "string", false),
                new PageRow("Status", "form", "string", false),
                new PageRow("CreatedOn", "body", "DateTime", false),
                new PageRow("CompanyName", "form", "string", false),
                new PageRow("DefaultCollectionGuid", "body", "Guid", false),
                new PageRow("ContactInfo", "body", "ContactInfo", false),
                new PageRow("PartnerGuid", "body", "Guid", false)),
            new PageTable("ContactInfo",
                new PageRow("Name", "body", "String", true),
                new PageRow("Email", "body", "String", true),
                new PageRow("PhoneNumber", "body", "String", true))),
    ];
}
