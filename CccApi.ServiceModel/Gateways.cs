using ServiceStackCompat;

namespace CccApi.ServiceModel;

// The stored copies of the six gateway pages are of v8.4.0.0; their tables are complete. The responses are flat on the
// wire (the page samples show the gateway's, service's or rule's fields beside responseStatus): each response derives
// from the type whose table follows its own. None of the pages' Booleans lists allowable values.

[Route("/gateways/{GatewayName}", "POST", Summary = "Creates a gateway instance.", Notes = "Replaces RegisterGateway.")]
public class CreateGateway : IReturn<GatewayResponse>
{
    [ApiMember(DataType = "String", Description = "Identifies the gateway instance.", IsRequired = true, ParameterType = "path")]
    public string? GatewayName { get; set; }
}

/// <summary>The Gateway itself with responseStatus declared here, so it serialises first as on the original.</summary>
public class GatewayResponse : Gateway, IHasResponseStatus
{
    public ResponseStatus? ResponseStatus { get; set; }
}

/// <summary>A gateway instance.</summary>
public class Gateway
{
    public Guid GatewayGuid { get; set; }

    public string? RegisteredByUser { get; set; }

    public DateTime RegisteredOn { get; set; }

    public int GatewayStatus { get; set; }

    public string? GatewayName { get; set; }

    public string? IPAddress { get; set; }
}

[RequiredRole(GatewayCaller.Role, "SuperUser", "Partner", "Reseller", "Service")]
[Route("/gateways/services", "GET", Summary = "Get a gateway service by domain.",
    Notes = "Get a gateway service for a specific domain. The response will contain specific information needed by the gateway.")]
public class GetGatewayService : IReturn<GetGatewayServiceResponse>
{
    [ApiMember(DataType = "String", Description = "Domain to get the gateway service for.", IsRequired = true, ParameterType = "query")]
    public string? Domain { get; set; }
}

/// <summary>The GatewayService itself with responseStatus declared here, so it serialises first as on the original.</summary>
public class GetGatewayServiceResponse : GatewayService, IHasResponseStatus
{
    public ResponseStatus? ResponseStatus { get; set; }
}

/// <summary>A service as a gateway sees it.</summary>
public class GatewayService
{
    [ApiMember(DataType = "Guid", ParameterType = "body")]
    public Guid ServiceGuid { get; set; }

    public string? ServiceName { get; set; }

    public string? MessagingApiUrl { get; set; }

    public string? GatewaySettingsUrl { get; set; }

    public string? ServiceCode { get; set; }

    public string? PrimaryDomain { get; set; }

    /// <summary>An array, not a list: the page types it string[].</summary>
    public string[] SecondaryDomains { get; set; } = [];
}

[RequiredRole(GatewayCaller.Role, "SuperUser", "Partner", "Reseller", "Service")]
[Route("/gateways/{GatewayGuid}/services/settings", "GET",
    Summary = "Gets all of the settings a gateway needs for a specific service, including service message rules.")]
public class GetGatewayServiceSettings : IReturn<GatewayServiceSettingsResponse>
{
    [ApiMember(DataType = "Guid", Description = "Identifies the gateway instance.", IsRequired = true, ParameterType = "path")]
    public Guid GatewayGuid { get; set; }

    [ApiMember(DataType = "Guid", Description = "Identifies the service instance.", ParameterType = "body")]
    public Guid? ServiceGuid { get; set; }

    [ApiMember(DataType = "String", Description = "The primary or secondary domain associated with the service.", ParameterType = "body")]
    public string? Domain { get; set; }
}

[Route("/gateways/{GatewayGuid}/services/{ServiceGuid}/settings", "PUT", Summary = "Updates the settings for a service for a gateway instnace.")]
public class UpdateGatewayServiceSettings : IReturn<GatewayServiceSettingsResponse>
{
    [ApiMember(DataType = "Guid", Description = "Identifies the gateway instance.", IsRequired = true, ParameterType = "path")]
    public Guid GatewayGuid { get; set; }

    [ApiMember(DataType = "Guid", Description = "Identifies the service instance.", IsRequired = true, ParameterType = "path")]
    public Guid ServiceGuid { get; set; }

    [ApiMember(DataType = "Boolean", Description = "Used to prevent/discard notifications to recipients in the sender's domain", ParameterType = "body")]
    [ApiAllowableValues]
    public bool? DiscardSameDomainNotifications { get; set; }

    [ApiMember(DataType = "Boolean",
        Description = "If true, the gateway relies on 'server' to send the notification message. If false, a secure message notification message is sent by the Gateway.",
        ParameterType = "body")]
    [ApiAllowableValues]
    public bool? SendNotificationViaServer { get; set; }
}

/// <summary>The GatewayServiceSettings themselves with responseStatus declared here, so it serialises first as on the original.</summary>
public class GatewayServiceSettingsResponse : GatewayServiceSettings, IHasResponseStatus
{
    public ResponseStatus? ResponseStatus { get; set; }
}

/// <summary>What a gateway needs for a service: the service, its settings and its message rules.</summary>
public class GatewayServiceSettings : GatewayService
{
    public string? SystemUserEmailAddress { get; set; }

    public string? DefaultProPackage { get; set; }

    public string? CustomSMTPSenderEmail { get; set; }

    public string? CustomSMTPSenderName { get; set; }

    public string? CustomSMTPDNREmail { get; set; }

    [ApiMember(DataType = "Boolean", ParameterType = "body")]
    [ApiAllowableValues]
    public bool DiscardSameDomainNotifications { get; set; }

    [ApiMember(DataType = "Boolean", ParameterType = "body")]
    [ApiAllowableValues]
    public bool SendNotificationViaServer { get; set; }

    [ApiMember(DataType = "GatewayServiceMessageRule[]", ParameterType = "body")]
    public List<GatewayServiceMessageRule> MessageRules { get; set; } = [];
}

[RequiredRole(GatewayCaller.Role, "SuperUser", "Partner", "Reseller", "Service")]
[Route("/gateways/{GatewayGuid}/services/{ServiceGuid}/settings/messagerules", "GET", Summary = "Gets the message rules for a service and gateway instance.")]
public class SearchGatewayServiceMessageRules : IReturn<GatewayServiceMessageRulesResponse>, IPagedRequest
{
    [ApiMember(DataType = "Guid", Description = "Identifies the gateway instance.", IsRequired = true, ParameterType = "path")]
    public Guid GatewayGuid { get; set; }

    [ApiMember(DataType = "Guid", Description = "Identifies the service instance.", IsRequired = true, ParameterType = "path")]
    public Guid ServiceGuid { get; set; }

    [ApiMember(DataType = "Integer", Description = "The Page number being requested. Defaults to 1.", ParameterType = "query")]
    public int? Page { get; set; }

    [ApiMember(DataType = "Integer", Description = "The Page Size returned by the operation. Defaults to 25.", ParameterType = "query")]
    public int? PageSize { get; set; }
}

public class GatewayServiceMessageRulesResponse : BaseResponse, IPagedResponse<GatewayServiceMessageRule>
{
    [ApiMember(DataType = "Integer", ParameterType = "body")]
    public int PageSize { get; set; }

    [ApiMember(DataType = "Integer", ParameterType = "body")]
    public int TotalPages { get; set; }

    [ApiMember(DataType = "Integer", ParameterType = "body")]
    public int TotalItems { get; set; }

    [ApiMember(DataType = "Integer", ParameterType = "body")]
    public int CurrentPage { get; set; }

    [ApiMember(DataType = "GatewayServiceMessageRule[]", ParameterType = "body")]
    public List<GatewayServiceMessageRule> Results { get; set; } = [];
}

[RequiredRole(GatewayCaller.Role, "SuperUser", "Partner", "Reseller", "Service")]
[Route("/gateways/{GatewayGuid}/services/{ServiceGuid}/settings/messagerules/{MessageRuleGuid}", "GET",
    Summary = "Gets a specific message rule for a service and gateway instance.")]
public class GetGatewayServiceMessageRule : IReturn<GatewayServiceMessageRuleResponse>
{
    [ApiMember(DataType = "Guid", Description = "Identifies the gateway instance.", IsRequired = true, ParameterType = "path")]
    public Guid GatewayGuid { get; set; }

    [ApiMember(DataType = "Guid", Description = "Identifies the service instance.", IsRequired = true, ParameterType = "path")]
    public Guid ServiceGuid { get; set; }

    [ApiMember(DataType = "Guid", Description = "Identifies the message rule.", IsRequired = true, ParameterType = "path")]
    public Guid MessageRuleGuid { get; set; }
}

/// <summary>The GatewayServiceMessageRule itself with responseStatus declared here, so it serialises first as on the original.</summary>
public class GatewayServiceMessageRuleResponse : GatewayServiceMessageRule, IHasResponseStatus
{
    public ResponseStatus? ResponseStatus { get; set; }
}

/// <summary>A gateway's message rule for one service.</summary>
public class GatewayServiceMessageRule : GatewayMessageRule
{
    public Guid ServiceGuid { get; set; }
}

/// <summary>A gateway's message rule.</summary>
public class GatewayMessageRule
{
    public Guid MessageRuleGuid { get; set; }

    public Guid GatewayGuid { get; set; }

    public long Cost { get; set; }

    [ApiAllowableValues]
    public bool Enabled { get; set; }

    public int CheckNextRuleIf { get; set; }

    public string? Description { get; set; }

    public string? MatchExpression { get; set; }
}
