using static CccApi.Tests.Catalogue.PageFacts;

namespace CccApi.Tests.Catalogue;

public static partial class CataloguePages
{
    private static readonly PageTable ResellerListItemTable = new("ResellerListItem",
        new PageRow("ResellerGuid", "body", "Guid", false),
        new PageRow("Name", "form", "string", false),
        new PageRow("Status", "form", "string", false),
        new PageRow("CreatedOn", "body", "DateTime", false),
        new PageRow("CompanyName", "form", "string", false),
        new PageRow("DefaultCollectionGuid", "body", "Guid", false),
        new PageRow("ContactInfo", "body", "ContactInfo", false),
        new PageRow("PartnerGuid", "body", "Guid", false));

    private static readonly PageTable ResellerContactInfoTable = new("ContactInfo",
        new PageRow("Name", "body", "String", true),
        new PageRow("Email", "body", "String", true),
        new PageRow("PhoneNumber", "body", "String", true));

    private static readonly PageTable AdminUserTable = new("AdminUser",
        new PageRow("UserGuid", "body", "Guid", false),
        new PageRow("EmailAddress", "form", "string", false),
        new PageRow("UserTypeGuid", "body", "Guid", false),
        new PageRow("CreatedOn", "body", "DateTime", false),
        new PageRow("UserType", "form", "AdminUserEnum", false, "", "SuperUser", "Partner", "Reseller", "Service"),
        new PageRow("Status", "form", "AdminUserStatusEnum", false, "", ActiveDisabled),
        new PageRow("Permissions", "form", "List<string>", false),
        new PageRow("Roles", "form", "List<string>", false));

    private static IEnumerable<PageFacts> Provisioning =>
    [
        // No request table: the request has no members.
        new("Ping", ["GET /api/ping Pings the CCC service and returns the current UTC time and CCC Version."],
            new PageTable("PingResponse",
                new PageRow("Timestamp", "body", "DateTime", false),
                new PageRow("Version", "form", "string", false)),
            BaseResponse),
        // The stored copies stop inside the sample response; the tables are complete.
        new("CreateReseller", ["POST /api/partners/{PartnerGuid}/resellers Create a new Reseller"],
            new PageTable("CreateReseller",
                new PageRow("PartnerGuid", "path", "Guid", true, "The Guid of the Partner."),
                new PageRow("Name", "body", "String", true, "The Name of the Reseller."),
                new PageRow("CompanyName", "body", "String", true, "The Company Name of the Reseller."),
                new PageRow("DefaultCollectionGuid", "body", "Guid", false, "The Default Collection Guid of the Reseller."),
                new PageRow("ContactInfo", "body", "ContactInfo", true, "The Contact Info of the Reseller.")),
            ResellerContactInfoTable,
            new PageTable("CreateResellerResponse", new PageRow("ResellerGuid", "body", "Guid", false)),
            BaseResponse),
        new("GetReseller", ["GET /api/resellers/{ResellerGuid} Gets details of the Reseller."],
            new PageTable("GetReseller", new PageRow("ResellerGuid", "path", "Guid", true)),
            new PageTable("ResellerListItemResponse", new PageRow("ResponseStatus", "form", "ResponseStatus", false)),
            ResellerListItemTable,
            ResellerContactInfoTable),
        // The stored copies stop inside the sample response; the tables are complete.
        new("RegisterCollection", ["POST /api/resellers/{ResellerGuid}/collections Register a collection deployment with the Directory."],
            new PageTable("RegisterCollection",
                new PageRow("ResellerGuid", "path", "Guid", true, "The Reseller to create the collection for."),
                new PageRow("SiteGuid", "body", "Guid", false, "The site on which the collection will be registered to."),
                new PageRow("Name", "body", "String", false, "The name of the new collection."),
                new PageRow("CollectionCode", "body", "String", false, "The code of the collection. Must be unique within the system."),
                new PageRow("ServicesApiBaseUrl", "body", "String", false, "The base URL where this collection can be reached at.")),
            new PageTable("RegisterCollectionResponse", new PageRow("CollectionGuid", "body", "Guid", false)),
            BaseResponse),
        // The stored copies stop inside the sample response; the tables are complete.
        new("GetSites", ["GET /api/sites Get a paged list of sites associated with the current User."],
            new PageTable("GetSites",
                new PageRow("PartnerGuid", "query", "Guid", false, "The Partner GUID to filter by."),
                new PageRow("ResellerGuid", "query", "Guid", false, "The Reseller GUID to filter by."),
                new PageRow("Page", "query", "Integer", false, "The Page number being requested. Defaults to 1."),
                new PageRow("PageSize", "query", "Integer", false, "The Page Size returned by the operation. Defaults to 25.")),
            Paged("SitesPagedResponse", "Site"),
            BaseResponse,
            SiteTable),
        new("CreateSkuBundle", ["POST /api/partners/{PartnerGuid}/skubundles Create a new SkuBundle.Status - The Status of the SkuBundle. Defaults to Active"],
            new PageTable("CreateSkuBundle",
                new PageRow("PartnerGuid", "path", "Guid", true),
                new PageRow("Name", "body", "string", false),
                new PageRow("Status", "body", "string", false, "", ActiveDisabled)),
            new PageTable("CreateSkuBundleResponse", new PageRow("SkuBundleGuid", "body", "Guid", false)),
            BaseResponse),
        // The stored copies stop inside the sample response; the tables are complete.
        new("CreatePartnerAdminUser", ["POST /api/partners/{PartnerGuid}/users Create a new partner level admin user in the CCC."],
            new PageTable("CreatePartnerAdminUser",
                new PageRow("PartnerGuid", "path", "Guid", true, "Partner for which the user is created."),
                new PageRow("EmailAddress", "body", "String", true, "Email Address for the user."),
                new PageRow("Password", "body", "String", true, "Password for the user.")),
            new PageTable("AdminUserResponse", new PageRow("ResponseStatus", "form", "ResponseStatus", false)),
            AdminUserTable),
        // The stored copies stop inside the sample response; the tables are complete. Page and PageSize show as String here.
        new("GetPartnerAdminUsers", ["GET /api/partners/{PartnerGuid}/users Gets a paged list of Partners AdminUsers."],
            new PageTable("GetPartnerAdminUsers",
                new PageRow("PartnerGuid", "path", "Guid", true, "The Partner you want to get AdminUsers for."),
                new PageRow("Page", "query", "String", false, "The Page number being requested. Defaults to 1."),
                new PageRow("PageSize", "query", "String", false, "The Page Size returned by the operation. Defaults to 25.")),
            Paged("AdminUsersPagedResponse", "AdminUser"),
            BaseResponse,
            AdminUserTable),
        // The stored copies stop before the sample request and response; the tables are complete.
        new("GetResellerServices", ["GET /api/resellers/{ResellerGuid}/services Gets a paged list of services associated with the specified reseller."],
            new PageTable("GetResellerServices",
                new PageRow("ResellerGuid", "path", "Guid", true),
                new PageRow("Page", "query", "Integer", false, "The Page number being requested. Defaults to 1."),
                new PageRow("PageSize", "query", "Integer", false, "The Page Size returned by the operation. Defaults to 25.")),
            Paged("ServicesPagedResponse", "Service"),
            BaseResponse,
            ServiceTable),
    ];
}
