using static CccApi.Tests.Catalogue.PageFacts;

namespace CccApi.Tests.Catalogue;

public static partial class CataloguePages
{
    // The stored copies stop at the sample request; the tables are complete. ServiceStatus, MatchesAuth and UsedLast
    // show no allowable values on this page.
    private static IEnumerable<PageFacts> Public =>
    [
        new("PublicGetService",
            ["GET /api/public/services/{ServiceGuid}", "GET /api/public/services/single Get detailed information about a specific service."],
            new PageTable("PublicGetService",
                new PageRow("ServiceGuid", "query", "Guid", false, "Must provide ServiceGuid if ServiceCode is null."),
                new PageRow("ServiceCode", "query", "String", false, "Must provide ServiceCode if ServiceGuid is null.")),
            new PageTable("PublicGetServiceResponse",
                new PageRow("ServiceGuid", "body", "Guid", false),
                new PageRow("ServiceStatus", "form", "ServiceStatus", false),
                new PageRow("ServiceName", "form", "string", false),
                new PageRow("ServiceCode", "form", "string", false),
                new PageRow("CollectionGuid", "body", "Guid", false),
                new PageRow("CollectionName", "form", "string", false),
                new PageRow("Jurisdiction", "form", "string", false),
                new PageRow("ProviderName", "form", "string", false),
                new PageRow("PrimaryDomain", "form", "string", false),
                new PageRow("AlertCode", "body", "Integer", false),
                new PageRow("SSOEnabled", "body", "Boolean", false, "", "true", "false"),
                new PageRow("Branding", "form", "Dictionary<string, string>", false),
                new PageRow("Urls", "form", "Dictionary<ServiceUrlType, string>", false, "",
                    "MessagingApi", "Webmail", "ToolbarServices", "GatewaySettings", "AdminConsole", "SecMsgAPI", "Webapp", "IdProxy", "IdProxyLogout"),
                new PageRow("Connectors", "form", "List<Connector>", false),
                new PageRow("Authenticators", "form", "List<Authenticator>", false),
                new PageRow("TrialEndDate", "body", "DateTime", false)),
            BaseResponse,
            new PageTable("Connector",
                new PageRow("Name", "body", "String", false),
                new PageRow("IdPxGuid", "body", "Guid", false),
                new PageRow("IdPxLoginUrl", "body", "String", false),
                new PageRow("MatchesAuth", "body", "Boolean", false)),
            new PageTable("Authenticator",
                new PageRow("Name", "body", "String", false),
                new PageRow("Description", "body", "String", false),
                new PageRow("IdProviderGuid", "body", "Guid", false),
                new PageRow("IdPxLoginUrl", "body", "String", false),
                new PageRow("UsedLast", "body", "Boolean", false))),
        // Its stored copies stop inside the sample request, after serviceGuid; the tables are complete.
        new("PublicSendEmailMessage",
            ["POST /api/public/email/ Send email message Send an email message or a secure message notification. When MessageGuid is provided, a secure message notification is sent."],
            new PageTable("PublicSendEmailMessage",
                new PageRow("FromEmail", "body", "String", true),
                new PageRow("FromName", "body", "string", false),
                new PageRow("To", "body", "String[]", false, "To, CC or BCC must contain at least 1 valid email address."),
                new PageRow("Cc", "body", "String[]", false, "To, CC or BCC must contain at least 1 valid email address."),
                new PageRow("Bcc", "body", "String[]", false, "To, CC or BCC must contain at least 1 valid email address."),
                new PageRow("Subject", "body", "string", false),
                new PageRow("BodyText", "body", "string", false),
                new PageRow("BodyHtml", "body", "string", false),
                new PageRow("BodyFormat", "body", "String", false, "Defaults to 'text' if not supplied", "text", "html"),
                new PageRow("ServiceGuid", "body", "Guid", false, "Service Guid if message is a secure message notification"),
                new PageRow("MessageGuid", "body", "Guid", false, "Message Guid if message is a secure message notification"),
                new PageRow("AttachmentNames", "body", "String[]", false,
                    "List of Attachment names with extensions if message is a secure message notification. If the AttachmentNames is supplied, the MessageGuid needs to be supplied as well")),
            BaseResponse),
    ];
}
