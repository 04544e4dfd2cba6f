using static CccApi.Tests.Catalogue.PageFacts;

namespace CccApi.Tests.Catalogue;

public static partial class CataloguePages
{
    private static readonly PageTable CollectionTable = new("Collection",
        new PageRow("CollectionGuid", "body", "Guid", false),
        new PageRow("Name", "form", "string", false),
        new PageRow("CollectionCode", "form", "string", false),
        new PageRow("Status", "form", "string", false, "", ActiveDisabled),
        new PageRow("CreatedOn", "form", "DateTime", false),
        new PageRow("ServicesApiBaseUrl", "form", "string", false),
        new PageRow("SiteGuid", "body", "Guid", false),
        new PageRow("SiteEndpoint", "body", "SiteEndpoint", false));

    private static readonly PageTable SiteEndpointTable = new("SiteEndpoint",
        new PageRow("SiteGuid", "body", "Guid", false),
        new PageRow("Guid", "body", "Guid", false),
        new PageRow("Name", "body", "String", false),
        new PageRow("SiteVersion", "body", "String", false),
        new PageRow("Description", "body", "String", false),
        new PageRow("Url", "body", "String", false),
        new PageRow("CreatedOn", "body", "DateTime", false));

    private static IEnumerable<PageFacts> Collections =>
    [
        new("GetCollections", ["GET /api/collections Get a paged list of collections associated with the current User."],
            new PageTable("GetCollections",
                new PageRow("PartnerGuid", "query", "Guid", false, "The Partner GUID to filter by."),
                new PageRow("ResellerGuid", "query", "Guid", false, "The Reseller GUID to filter by."),
                new PageRow("SiteGuid", "query", "Guid", false, "The Site GUID to filter by."),
                new PageRow("Page", "query", "Integer", false, "The Page number being requested. Defaults to 1."),
                new PageRow("PageSize", "query", "Integer", false, "The Page Size returned by the operation. Defaults to 25.")),
            Paged("CollectionsPagedResponse", "Collection"),
            BaseResponse,
            CollectionTable,
            SiteEndpointTable),
        new("GetCollection", ["GET /api/collections/{CollectionGuid} Get details about a specific collection"],
            new PageTable("GetCollection", new PageRow("CollectionGuid", "path", "Guid", true)),
            new PageTable("CollectionResponse", new PageRow("ResponseStatus", "form", "ResponseStatus", false)),
            CollectionTable,
            SiteEndpointTable),
        new("UpdateCollection", ["PUT /api/collections/{CollectionGuid} Update an existing collection."],
            new PageTable("UpdateCollection",
                new PageRow("CollectionGuid", "path", "Guid", true),
                new PageRow("SiteGuid", "body", "Guid", false),
                new PageRow("SiteEndpointGuid", "body", "Guid", false),
                new PageRow("Name", "body", "String", false, "The name of the new collection. Only allowed to be set by SuperUsers."),
                new PageRow("Status", "body", "String", false, "Status of the collection. Only allowed to be set by SuperUsers.", ActiveDisabled),
                new PageRow("ServicesApiBaseUrl", "body", "String", false, "The base URL where this collection can be reached at."),
                new PageRow("CurrentVersion", "body", "String", false, "Current Version of the collection. Only allowed to be set by SuperUsers."),
                new PageRow("DefaultTrialPeriod", "body", "Integer", false, "Default Trial Period (in days) of the collection. Only allowed to be set by SuperUsers.")),
            BaseResponse),
        // A markdown copy only: it does not name the response type (ours: PingCollectionResponse) nor the BaseResponse table's.
        new("PingCollection",
            ["GET /api/collections/{CollectionGuid}/ping Pings the specified Collection and returns that Collections current UTC time, plus the current CCC / Site / Collection Versions."],
            new PageTable("PingCollection", new PageRow("CollectionGuid", "path", "Guid", true)),
            new PageTable("PingCollectionResponse",
                new PageRow("Timestamp", "body", "DateTime", false),
                new PageRow("DirectoryVersion", "form", "string", false),
                new PageRow("SiteVersion", "form", "string", false),
                new PageRow("CollectionVersion", "form", "string", false)),
            BaseResponse),
    ];
}
