using static CccApi.Tests.Catalogue.PageFacts;

namespace CccApi.Tests.Catalogue;

public static partial class CataloguePages
{
    private static IEnumerable<PageFacts> Partners =>
    [
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
