using static CccApi.Tests.Catalogue.PageFacts;

namespace CccApi.Tests.Catalogue;

public static partial class CataloguePages
{
    private static IEnumerable<PageFacts> Domains =>
    [
        // The stored copy is of the v8.12.0.0 page.
        new("AddRemoveServiceDomain",
            [
                "POST /api/services/{ServiceGuid}/domains/{Domain} Add a Domain to a Service. If this is the first domain to be added to the Service, "
                    + "this domain will marked as the Primary Domain for that Service. Domains must be unique across all Services in the system.",
                "DELETE /api/services/{ServiceGuid}/domains/{Domain} Remove a Domain from a Service. "
                    + "If this domain was the Primary domain, the Primary domain for the Service will be nulled.",
            ],
            new PageTable("AddRemoveServiceDomain",
                new PageRow("ServiceGuid", "path", "Guid", true, "The ServiceGuid that you want to add / remove the domain to."),
                new PageRow("Domain", "path", "String", true, "The domain name for the Service.")),
            BaseResponse),
        // The stored copy is of the v8.4.0.0 page.
        new("UpdateServiceDomain",
            ["PUT /api/services/{ServiceGuid}/domains/{Domain} Update the name of a domain of a service and/or whether it is the primary domain for that service."],
            new PageTable("UpdateServiceDomain",
                new PageRow("ServiceGuid", "path", "Guid", true, "The ServiceGuid of the service that contains the domain to be updated."),
                new PageRow("Domain", "path", "String", true, "The Domain to be updated"),
                new PageRow("NewDomain", "query", "String", true, "The new Domain name. New Domains must be unique across all Services in the system."),
                new PageRow("SetAsPrimaryDomain", "query", "Boolean", true, "The flag indicating whether the Domain becomes the new PrimaryDomain for the service",
                    "true", "false")),
            BaseResponse),
    ];
}
