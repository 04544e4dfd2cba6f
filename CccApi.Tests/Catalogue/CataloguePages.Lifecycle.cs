using static CccApi.Tests.Catalogue.PageFacts;

namespace CccApi.Tests.Catalogue;

public static partial class CataloguePages
{
    private static readonly string[] ServiceStatuses =
        ["Blocked", "AccountCancelled", "AccountSuspended", "Provisioning", "TrialExpired", "TrialActive", "DemoAccount", "CertifiedSecure"];

    private static IEnumerable<PageFacts> Lifecycle =>
    [
        // The stored copies stop inside the ServiceUsage table ("ServiceCode form str..."): it is GetServiceUsage's
        // (CataloguePages.Usage.cs), then the ContactInfo and Company tables of the types it reaches.
        new("SearchServiceStatusChanges", ["GET /api/services/status Get filtered information about service status changes"],
            new PageTable("SearchServiceStatusChanges",
                new PageRow("ServiceGuid", "query", "Guid", false),
                new PageRow("ResellerGuid", "query", "Guid", false),
                new PageRow("PartnerGuid", "query", "Guid", false),
                new PageRow("ChangedByUserGuid", "query", "Guid", false),
                new PageRow("ChangedByUserEmail", "query", "String", false),
                new PageRow("ChangedAfterDateTime", "query", "DateTime", false),
                new PageRow("ChangedBeforeDateTime", "query", "DateTime", false),
                new PageRow("Page", "query", "Integer", false, "The Page number being requested. Defaults to 1."),
                new PageRow("PageSize", "query", "Integer", false, "The Page Size returned by the operation. Defaults to 25.")),
            Paged("ServiceStatusChangesResponse", "Service"),
            BaseResponse,
            new PageTable("ServiceStatusChange",
                new PageRow("ServiceGuid", "body", "Guid", false),
                new PageRow("ServiceName", "body", "String", false),
                new PageRow("ServiceCode", "body", "String", false),
                new PageRow("PrimaryDomain", "body", "String", false),
                new PageRow("Jurisdiction", "body", "String", false),
                new PageRow("Branding", "form", "Dictionary<string, string>", false),
                new PageRow("ServiceUsage", "body", "ServiceUsage", false),
                new PageRow("CreatedOn", "body", "DateTime", false),
                new PageRow("ResellerGuid", "body", "Guid", false),
                new PageRow("ResellerName", "body", "String", false),
                new PageRow("PartnerGuid", "body", "Guid", false),
                new PageRow("PartnerName", "body", "String", false),
                new PageRow("OperationGuid", "body", "Guid", false),
                new PageRow("ServiceStatusChangeGuid", "body", "Guid", false),
                new PageRow("Status", "form", "ServiceStatus", false, "", ServiceStatuses),
                new PageRow("ChangedOn", "body", "DateTime", false),
                new PageRow("ChangedByUserGuid", "body", "AdminUser", false),
                new PageRow("ChangedByUserEmailAddress", "body", "String", false)),
            ServiceUsageTable,
            ServiceUsageContactInfoTable,
            ServiceUsageCompanyTable),
    ];
}
