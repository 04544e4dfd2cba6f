using static CccApi.Tests.Catalogue.PageFacts;

namespace CccApi.Tests.Catalogue;

public static partial class CataloguePages
{
    private const string PatternExample = "e.g., {\"emailAddress\": \".*@domain.com\", \"usrGroupName\": \"Name\", \"userGroupType\": \"Guest\"}";

    private const string ParametersExample = "e.g., {\"language\": \"en\", \"userGroupType\": \"Professional\"}";

    private const string TypeGuidDefault = "If it's empty, the Idpx record is going to use the Authentication workflow by default";

    private const string SiteNotes = "If both CollectionGuid and SiteGuid are specified, they need to match (ie. the Collection must be within the Site).";

    private static readonly string[] UrlTypes =
        ["MessagingApi", "Webmail", "ToolbarServices", "GatewaySettings", "AdminConsole", "SecMsgAPI", "Webapp", "IdProxy", "IdProxyLogout"];

    // As GetIdPx's and GetServiceIdPx's pages show them in full.
    private static readonly PageTable IdPxTable = new("IdPx",
        new PageRow("ServiceGuid", "body", "Guid", false),
        new PageRow("IdPxGuid", "body", "Guid", false),
        new PageRow("IdProviderGuid", "body", "Guid", false),
        new PageRow("Pattern", "body", "String", false),
        new PageRow("Parameters", "body", "String", false),
        new PageRow("IdPxUrl", "body", "String", false),
        new PageRow("Name", "body", "String", false),
        new PageRow("Description", "body", "String", false),
        new PageRow("Type", "body", "IdPxType", false));

    private static readonly PageTable IdPxTypeTable = new("IdPxType",
        new PageRow("IdPxTypeGuid", "body", "Guid", false),
        new PageRow("Name", "body", "String", false),
        new PageRow("Description", "body", "String", false),
        new PageRow("Workflow", "body", "String", false));

    // The request both sign-on discovery pages show; PublicDiscoveryServiceUser adds Password.
    private static PageRow[] SignOnDiscoveryRows(params PageRow[] more) =>
    [
        new PageRow("ServiceGuid", "body", "Guid", false, "If ServiceGuid is specified then the service to which the user can login is defined by it."),
        new PageRow("CollectionGuid", "body", "Guid", false, "If CollectionGuid is specified then the services to which the user can login are within that collection"),
        new PageRow("SiteGuid", "body", "Guid", false, "if SiteGuid is specified then the services to which the user can login are within that site"),
        new PageRow("EmailAddress", "body", "String", true),
        .. more,
    ];

    // As PublicGetSSOUser's page shows it in full (PublicDiscoveryServiceUser's stored copy stops at Urls' "Allow...").
    // A property, not a field: ServiceStatuses and TrueFalse are fields of other parts of this class.
    private static PageTable SSOUserTable => new("SSOUser",
        new PageRow("ServiceGuid", "body", "Guid", false),
        new PageRow("ServiceStatus", "form", "ServiceStatus", false, "", ServiceStatuses),
        new PageRow("ServiceName", "form", "string", false),
        new PageRow("ServiceCode", "form", "string", false),
        new PageRow("SsoEnabled", "body", "Boolean", false, "", TrueFalse),
        new PageRow("SsoProxyName", "form", "string", false),
        new PageRow("SsoProxyUrl", "form", "string", false),
        new PageRow("SsoProxyLogoutUrl", "form", "string", false),
        new PageRow("SsoProxyGuid", "body", "Guid", false),
        new PageRow("CollectionGuid", "body", "Guid", false),
        new PageRow("PrimaryDomain", "form", "string", false),
        new PageRow("Branding", "form", "Dictionary<string, string>", false),
        new PageRow("Urls", "form", "Dictionary<ServiceUrlType, string>", false, "", UrlTypes),
        new PageRow("Authenticators", "form", "List<Authenticator>", false),
        new PageRow("EmailAddress", "form", "string", false),
        new PageRow("IsAuthenticated", "body", "Boolean", false, "", TrueFalse));

    // Neither sign-on discovery page's stored copy reaches the end of this table (PublicGetSSOUser's stops at its first
    // row's "Nameb..."): it is the Authenticator PublicGetService's page shows in full, the same type, UsedLast with no
    // allowable values.
    private static readonly PageTable AuthenticatorTable = new("Authenticator",
        new PageRow("Name", "body", "String", false),
        new PageRow("Description", "body", "String", false),
        new PageRow("IdProviderGuid", "body", "Guid", false),
        new PageRow("IdPxLoginUrl", "body", "String", false),
        new PageRow("UsedLast", "body", "Boolean", false));

    private static IEnumerable<PageFacts> Identity =>
    [
        new("CreateIdProvider", ["POST /api/idp Create id provider configuration."],
            new PageTable("CreateIdProvider",
                new PageRow("LoginUrl", "body", "String", false),
                new PageRow("TokenUrl", "body", "String", false),
                new PageRow("LogoutUrl", "body", "String", false),
                new PageRow("ClientId", "body", "String", false),
                new PageRow("SecretId", "body", "String", false),
                new PageRow("CertificateId", "body", "String", false),
                new PageRow("Certificate2Id", "body", "String", false),
                new PageRow("Name", "body", "String", false),
                new PageRow("Description", "body", "String", false),
                new PageRow("TypeGuid", "body", "Guid", false)),
            new PageTable("CreateIdProviderResponse", new PageRow("IdProviderGuid", "body", "Guid", false)),
            BaseResponse),
        // No request table: the request has no properties. ResponseStatus comes first in the response.
        new("GetIdProviders", ["GET /api/idp Get id provider configurations."],
            new PageTable("GetIdProvidersResponse",
                new PageRow("ResponseStatus", "form", "ResponseStatus", false),
                new PageRow("IdProviders", "form", "List<IdProviderSummary>", false)),
            new PageTable("IdProviderSummary",
                new PageRow("IdProviderGuid", "body", "Guid", false),
                new PageRow("LoginUrl", "body", "String", false),
                new PageRow("TokenUrl", "body", "String", false),
                new PageRow("LogoutUrl", "body", "String", false),
                new PageRow("IdPxUrl", "body", "String", false),
                new PageRow("Name", "body", "String", false),
                new PageRow("Description", "body", "String", false),
                new PageRow("Parameters", "body", "String", false),
                new PageRow("TypeGuid", "body", "Guid", false))),
        // The stored copy (markdown only) shows the route, the three tables' rows and both samples, but not the tables'
        // headings: the response's name (GetIdProviderResponse) and its base type's (IdProvider) are ours, as GetIdPx's
        // page names its own (GetIdPxResponse, then IdPx).
        new("GetIdProvider", ["GET /api/idp/{IdProviderGuid} Get id provider configuration."],
            new PageTable("GetIdProvider", new PageRow("IdProviderGuid", "path", "Guid", true)),
            new PageTable("GetIdProviderResponse", new PageRow("ResponseStatus", "form", "ResponseStatus", false)),
            new PageTable("IdProvider",
                new PageRow("IdProviderGuid", "body", "Guid", false),
                new PageRow("LoginUrl", "body", "String", false),
                new PageRow("TokenUrl", "body", "String", false),
                new PageRow("LogoutUrl", "body", "String", false),
                new PageRow("ClientId", "body", "String", false),
                new PageRow("SecretId", "body", "String", false),
                new PageRow("CertificateId", "body", "String", false),
                new PageRow("Certificate2Id", "body", "String", false),
                new PageRow("Parameters", "body", "String", false),
                new PageRow("IdPxUrl", "body", "String", false),
                new PageRow("Name", "body", "String", false),
                new PageRow("Description", "body", "String", false),
                new PageRow("TypeGuid", "body", "Guid", false))),
        // The stored copies end inside the sample response; the tables are complete.
        new("CreateServiceIdPx", ["POST /api/services/{ServiceGuid}/idpx Add identity proxy configuration for the specified service."],
            new PageTable("CreateServiceIdPx",
                new PageRow("ServiceGuid", "path", "Guid", true),
                new PageRow("IdProviderGuid", "body", "Guid", false),
                new PageRow("Pattern", "body", "String", false, PatternExample),
                new PageRow("Parameters", "body", "String", false, ParametersExample),
                new PageRow("Name", "body", "String", false),
                new PageRow("Description", "body", "String", false),
                new PageRow("TypeGuid", "body", "Guid", false, TypeGuidDefault)),
            new PageTable("CreateServiceIdPxResponse", new PageRow("IdPxGuid", "body", "Guid", false)),
            BaseResponse),
        // The stored copies end inside the sample response's idPx array; the tables are complete.
        new("GetServiceIdPx",
            ["GET /api/services/{ServiceGuid}/idpx Get the identity proxy configuration for the specified service. Not all services use idenitiy proxy for authentication."],
            new PageTable("GetServiceIdPx",
                new PageRow("ServiceGuid", "path", "Guid", true),
                new PageRow("EmailAddress", "query", "String", false, "In mixed mode the email address is required in order to retrieve the correct idpx configuration."),
                new PageRow("ConnectorRequest", "query", "String", false, "Return authentication requests when ConnectorRequest is false, ow return all connector requests.")),
            new PageTable("GetServiceIdPxResponse",
                new PageRow("ResponseStatus", "form", "ResponseStatus", false),
                new PageRow("IdPx", "form", "List<IdPx>", false)),
            IdPxTable,
            IdPxTypeTable),
        new("GetIdPx", ["GET /api/idpx/{IdPxGuid} Retrieves specific id proxy configuration."],
            new PageTable("GetIdPx", new PageRow("IdPxGuid", "path", "Guid", true)),
            new PageTable("GetIdPxResponse", new PageRow("ResponseStatus", "form", "ResponseStatus", false)),
            IdPxTable,
            IdPxTypeTable),
        new("UpdateIdPx", ["PUT /api/idpx/{IdPxGuid} Update the pattern and/or the parameters of id proxy configuration."],
            new PageTable("UpdateIdPx",
                new PageRow("IdPxGuid", "path", "Guid", true),
                new PageRow("IdProviderGuid", "body", "Guid", false),
                new PageRow("Name", "body", "String", false),
                new PageRow("Description", "body", "String", false),
                new PageRow("Pattern", "body", "String", false, PatternExample),
                new PageRow("Parameters", "body", "String", false, ParametersExample),
                new PageRow("TypeGuid", "body", "Guid", false, TypeGuidDefault)),
            BaseResponse),
        // The stored copies stop inside the Authenticator table (see AuthenticatorTable); everything above it is the page's.
        new("PublicGetSSOUser", ["GET /api/public/sso Return a list of services the user can login to. " + SiteNotes],
            new PageTable("PublicGetSSOUser", SignOnDiscoveryRows()),
            new PageTable("PublicGetSSOUserResponse",
                new PageRow("Results", "body", "SSOUser[]", false),
                new PageRow("Count", "body", "Integer", false)),
            BaseResponse,
            SSOUserTable,
            AuthenticatorTable),
        // Only a markdown rendering is stored: it shows the routes and the rows up to SSOUser's Urls, without the tables'
        // headings, the allowable values' lists or the samples. The response's name (PublicDiscoveryServiceUserResponse)
        // is ours; the allowable values and the rows after Urls' are PublicGetSSOUser's page's, the same SSOUser.
        new("PublicDiscoveryServiceUser",
            [
                "GET /api/public/discovery Return a list of services the user can login to. " + SiteNotes,
                "POST /api/public/discovery Authenticate against all services and return a list of services the user can login to. " + SiteNotes,
            ],
            new PageTable("PublicDiscoveryServiceUser", SignOnDiscoveryRows(new PageRow("Password", "body", "String", false, "Password is required on POST."))),
            new PageTable("PublicDiscoveryServiceUserResponse",
                new PageRow("Results", "body", "SSOUser[]", false),
                new PageRow("Count", "body", "Integer", false)),
            BaseResponse,
            SSOUserTable,
            AuthenticatorTable),
    ];
}
