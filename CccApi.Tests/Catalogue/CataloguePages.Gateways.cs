using static CccApi.Tests.Catalogue.PageFacts;

namespace CccApi.Tests.Catalogue;

public static partial class CataloguePages
{
    private const string GatewayInstance = "Identifies the gateway instance.";

    private const string ServiceInstance = "Identifies the service instance.";

    // The stored copies are of the v8.4.0.0 pages; their tables are complete. None of their Booleans lists allowable values.
    private static PageTable GatewayServiceTable => new("GatewayService",
        new PageRow("ServiceGuid", "body", "Guid", false),
        new PageRow("ServiceName", "form", "string", false),
        new PageRow("MessagingApiUrl", "form", "string", false),
        new PageRow("GatewaySettingsUrl", "form", "string", false),
        new PageRow("ServiceCode", "form", "string", false),
        new PageRow("PrimaryDomain", "form", "string", false),
        new PageRow("SecondaryDomains", "form", "string[]", false));

    private static PageTable[] GatewayServiceMessageRuleTables =>
    [
        new PageTable("GatewayServiceMessageRule", new PageRow("ServiceGuid", "form", "Guid", false)),
        new PageTable("GatewayMessageRule",
            new PageRow("MessageRuleGuid", "form", "Guid", false),
            new PageRow("GatewayGuid", "form", "Guid", false),
            new PageRow("Cost", "form", "long", false),
            new PageRow("Enabled", "form", "bool", false),
            new PageRow("CheckNextRuleIf", "form", "int", false),
            new PageRow("Description", "form", "string", false),
            new PageRow("MatchExpression", "form", "string", false)),
    ];

    // GetGatewayServiceSettings' and UpdateGatewayServiceSettings' response and the types it reaches.
    private static PageTable[] GatewayServiceSettingsTables =>
    [
        new PageTable("GatewayServiceSettingsResponse", new PageRow("ResponseStatus", "form", "ResponseStatus", false)),
        new PageTable("GatewayServiceSettings",
            new PageRow("SystemUserEmailAddress", "form", "string", false),
            new PageRow("DefaultProPackage", "form", "string", false),
            new PageRow("CustomSMTPSenderEmail", "form", "string", false),
            new PageRow("CustomSMTPSenderName", "form", "string", false),
            new PageRow("CustomSMTPDNREmail", "form", "string", false),
            new PageRow("DiscardSameDomainNotifications", "body", "Boolean", false),
            new PageRow("SendNotificationViaServer", "body", "Boolean", false),
            new PageRow("MessageRules", "body", "GatewayServiceMessageRule[]", false)),
        GatewayServiceTable,
        .. GatewayServiceMessageRuleTables,
    ];

    private static IEnumerable<PageFacts> Gateways =>
    [
        new("CreateGateway", ["POST /api/gateways/{GatewayName} Creates a gateway instance. Replaces RegisterGateway."],
            new PageTable("CreateGateway", new PageRow("GatewayName", "path", "String", true, GatewayInstance)),
            new PageTable("GatewayResponse", new PageRow("ResponseStatus", "form", "ResponseStatus", false)),
            new PageTable("Gateway",
                new PageRow("GatewayGuid", "form", "Guid", false),
                new PageRow("RegisteredByUser", "form", "string", false),
                new PageRow("RegisteredOn", "form", "DateTime", false),
                new PageRow("GatewayStatus", "form", "int", false),
                new PageRow("GatewayName", "form", "string", false),
                new PageRow("IPAddress", "form", "string", false))),
        new("GetGatewayService",
            ["GET /api/gateways/services Get a gateway service by domain. "
                + "Get a gateway service for a specific domain. The response will contain specific information needed by the gateway."],
            new PageTable("GetGatewayService", new PageRow("Domain", "query", "String", true, "Domain to get the gateway service for.")),
            new PageTable("GetGatewayServiceResponse", new PageRow("ResponseStatus", "form", "ResponseStatus", false)),
            GatewayServiceTable),
        new("GetGatewayServiceSettings",
            ["GET /api/gateways/{GatewayGuid}/services/settings Gets all of the settings a gateway needs for a specific service, including service message rules."],
            [
                new PageTable("GetGatewayServiceSettings",
                    new PageRow("GatewayGuid", "path", "Guid", true, GatewayInstance),
                    new PageRow("ServiceGuid", "body", "Guid", false, ServiceInstance),
                    new PageRow("Domain", "body", "String", false, "The primary or secondary domain associated with the service.")),
                .. GatewayServiceSettingsTables,
            ]),
        // "instnace" is the page's spelling.
        new("UpdateGatewayServiceSettings",
            ["PUT /api/gateways/{GatewayGuid}/services/{ServiceGuid}/settings Updates the settings for a service for a gateway instnace."],
            [
                new PageTable("UpdateGatewayServiceSettings",
                    new PageRow("GatewayGuid", "path", "Guid", true, GatewayInstance),
                    new PageRow("ServiceGuid", "path", "Guid", true, ServiceInstance),
                    new PageRow("DiscardSameDomainNotifications", "body", "Boolean", false,
                        "Used to prevent/discard notifications to recipients in the sender's domain"),
                    new PageRow("SendNotificationViaServer", "body", "Boolean", false,
                        "If true, the gateway relies on 'server' to send the notification message. "
                            + "If false, a secure message notification message is sent by the Gateway.")),
                .. GatewayServiceSettingsTables,
            ]),
        new("SearchGatewayServiceMessageRules",
            ["GET /api/gateways/{GatewayGuid}/services/{ServiceGuid}/settings/messagerules Gets the message rules for a service and gateway instance."],
            [
                new PageTable("SearchGatewayServiceMessageRules",
                    new PageRow("GatewayGuid", "path", "Guid", true, GatewayInstance),
                    new PageRow("ServiceGuid", "path", "Guid", true, ServiceInstance),
                    new PageRow("Page", "query", "Integer", false, PageDefault),
                    new PageRow("PageSize", "query", "Integer", false, PageSizeDefault)),
                Paged("GatewayServiceMessageRulesResponse", "GatewayServiceMessageRule"),
                BaseResponse,
                .. GatewayServiceMessageRuleTables,
            ]),
        new("GetGatewayServiceMessageRule",
            ["GET /api/gateways/{GatewayGuid}/services/{ServiceGuid}/settings/messagerules/{MessageRuleGuid} "
                + "Gets a specific message rule for a service and gateway instance."],
            [
                new PageTable("GetGatewayServiceMessageRule",
                    new PageRow("GatewayGuid", "path", "Guid", true, GatewayInstance),
                    new PageRow("ServiceGuid", "path", "Guid", true, ServiceInstance),
                    new PageRow("MessageRuleGuid", "path", "Guid", true, "Identifies the message rule.")),
                new PageTable("GatewayServiceMessageRuleResponse", new PageRow("ResponseStatus", "form", "ResponseStatus", false)),
                .. GatewayServiceMessageRuleTables,
            ]),
    ];
}
