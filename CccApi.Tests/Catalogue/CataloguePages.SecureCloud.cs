using static CccApi.Tests.Catalogue.PageFacts;

namespace CccApi.Tests.Catalogue;

public static partial class CataloguePages
{
    // The stored copy is of the v8.12.0.0 page.
    private static IEnumerable<PageFacts> SecureCloud =>
    [
        new("RecentlyCreatedServicesWithDomains",
            ["GET /api/SecureCloud/RecentlyCreatedServicesWithDomains Retrieves services (along with their domains) that were created in the last 2 days and are not "
                + "connected to Secure Cloud. Primarily used by Secure Content API to check if new services should be connected to Secure Cloud."],
            new PageTable("RecentlyCreatedServicesWithDomains",
                new PageRow("OldestServiceGuid", "query", "Guid", false,
                    "Optional parameter that indicated oldest service that should be returned (not including it). 2 day limit still applies even if this Guid indicates an older Service.")),
            new PageTable("RecentlyCreatedServicesWithDomainsResponse",
                new PageRow("ResponseStatus", "form", "ResponseStatus", false),
                new PageRow("ServicesWithDomains", "form", "List<ServiceWithDomain>", false)),
            new PageTable("ServiceWithDomain",
                new PageRow("ServiceGuid", "form", "Guid", false),
                new PageRow("Domain", "form", "string", false))),
    ];
}
