using ServiceStackCompat;

namespace CccApi.ServiceModel;

/// <summary>Who a gateway key stands for.</summary>
public static class GatewayCaller
{
    /// <summary>
    /// The role of a caller authenticated by a gateway key; only operations naming it admit such a caller. Those operations
    /// also name every admin type, so that admins are refused by the object rules (404 for what they do not see) as elsewhere.
    /// </summary>
    public const string Role = "Gateway";
}

/// <summary>Ours: the gateways the caller registered or administers (its scope's and those of the resellers under it).</summary>
[Route("/gateways", "GET", Summary = "Get a paged list of the gateways registered in the caller's scope.",
    Notes = "Ours. A SuperUser sees every gateway; a Partner admin its partner's and its resellers'; a Reseller admin its reseller's. Oldest first.")]
public class GetGateways : IReturn<GatewaysPagedResponse>, IPagedRequest
{
    [ApiMember(DataType = "Integer", Description = "The Page number being requested. Defaults to 1.", ParameterType = "query")]
    public int? Page { get; set; }

    [ApiMember(DataType = "Integer", Description = "The Page Size returned by the operation. Defaults to 25.", ParameterType = "query")]
    public int? PageSize { get; set; }
}

public class GatewaysPagedResponse : BaseResponse, IPagedResponse<Gateway>
{
    [ApiMember(DataType = "Integer", ParameterType = "body")]
    public int PageSize { get; set; }

    [ApiMember(DataType = "Integer", ParameterType = "body")]
    public int TotalPages { get; set; }

    [ApiMember(DataType = "Integer", ParameterType = "body")]
    public int TotalItems { get; set; }

    [ApiMember(DataType = "Integer", ParameterType = "body")]
    public int CurrentPage { get; set; }

    [ApiMember(DataType = "Gateway[]", ParameterType = "body")]
    public List<Gateway> Results { get; set; } = [];
}

/// <summary>
/// Ours: a gateway's own credential, with which it calls the gateway operations that name its role and nothing else.
/// Sent as <c>Authorization: Bearer</c>, as admin API keys are. CreateGateway's page answers no key, so keys are issued here.
/// </summary>
[Route("/gateways/{GatewayGuid}/keys", "POST", Summary = "Issue a key for a gateway.",
    Notes = "Ours. The key is returned once, in this response; only its digest is stored. Whoever administers the gateway.")]
public class CreateGatewayKey : IReturn<CreateGatewayKeyResponse>
{
    [ApiMember(DataType = "Guid", Description = "Identifies the gateway instance.", IsRequired = true, ParameterType = "path")]
    public Guid GatewayGuid { get; set; }

    [ApiMember(DataType = "String", Description = "What the key is for. 100 char Max.", ParameterType = "body")]
    public string? Name { get; set; }
}

public class CreateGatewayKeyResponse : BaseResponse
{
    [ApiMember(DataType = "Guid", ParameterType = "body")]
    public Guid GatewayKeyGuid { get; set; }

    [ApiMember(DataType = "String", Description = "The key itself, shown this once.", ParameterType = "body")]
    public string? Key { get; set; }

    [ApiMember(DataType = "String", ParameterType = "body")]
    public string? Prefix { get; set; }

    [ApiMember(DataType = "DateTime", ParameterType = "body")]
    public DateTime CreatedOn { get; set; }
}

[Route("/gateways/{GatewayGuid}/keys", "GET", Summary = "List a gateway's keys (never the keys themselves).", Notes = "Ours.")]
public class GetGatewayKeys : IReturn<GetGatewayKeysResponse>
{
    [ApiMember(DataType = "Guid", Description = "Identifies the gateway instance.", IsRequired = true, ParameterType = "path")]
    public Guid GatewayGuid { get; set; }
}

public class GetGatewayKeysResponse : BaseResponse
{
    [ApiMember(DataType = "GatewayKeySummary[]", ParameterType = "body")]
    public List<GatewayKeySummary> Keys { get; set; } = [];
}

public class GatewayKeySummary
{
    [ApiMember(DataType = "Guid", ParameterType = "body")]
    public Guid GatewayKeyGuid { get; set; }

    public string? Name { get; set; }

    public string? Prefix { get; set; }

    [ApiMember(DataType = "DateTime", ParameterType = "body")]
    public DateTime CreatedOn { get; set; }

    [ApiMember(DataType = "DateTime", ParameterType = "body")]
    public DateTime? RevokedOn { get; set; }
}

[Route("/gateways/{GatewayGuid}/keys/{GatewayKeyGuid}", "DELETE", Summary = "Revoke a gateway's key.", Notes = "Ours. The key stops working at once, on every host.")]
public class RevokeGatewayKey : IReturn<BaseResponse>
{
    [ApiMember(DataType = "Guid", Description = "Identifies the gateway instance.", IsRequired = true, ParameterType = "path")]
    public Guid GatewayGuid { get; set; }

    [ApiMember(DataType = "Guid", IsRequired = true, ParameterType = "path")]
    public Guid GatewayKeyGuid { get; set; }
}

/// <summary>Ours: the original's pages read message rules but none writes one.</summary>
[Route("/gateways/{GatewayGuid}/services/{ServiceGuid}/settings/messagerules", "POST", Summary = "Add a message rule for a service and gateway instance.",
    Notes = "Ours. The rule goes at Position (1 for first), or after the last rule when Position is not given.")]
public class CreateGatewayServiceMessageRule : IReturn<GatewayServiceMessageRuleResponse>
{
    [ApiMember(DataType = "Guid", Description = "Identifies the gateway instance.", IsRequired = true, ParameterType = "path")]
    public Guid GatewayGuid { get; set; }

    [ApiMember(DataType = "Guid", Description = "Identifies the service instance.", IsRequired = true, ParameterType = "path")]
    public Guid ServiceGuid { get; set; }

    [ApiMember(DataType = "String", Description = "A .NET regular expression the gateway matches messages with. 1000 char Max.", IsRequired = true, ParameterType = "body")]
    public string? MatchExpression { get; set; }

    [ApiMember(DataType = "String", Description = "What the rule is for. 200 char Max.", ParameterType = "body")]
    public string? Description { get; set; }

    [ApiMember(DataType = "Long", Description = "The rule's cost, 0 or more. Defaults to 0.", ParameterType = "body")]
    public long? Cost { get; set; }

    [ApiMember(DataType = "Boolean", Description = "Whether the gateway applies the rule. Defaults to true.", ParameterType = "body")]
    public bool? Enabled { get; set; }

    [ApiMember(DataType = "Integer",
        Description = "When the gateway goes on to the next rule: 0 never, 1 always, 2 when this rule matched, 3 when it did not. Defaults to 0.",
        ParameterType = "body")]
    public int? CheckNextRuleIf { get; set; }

    [ApiMember(DataType = "Integer", Description = "Where the rule goes among the service's rules for the gateway, 1 for first. Defaults to after the last.",
        ParameterType = "body")]
    public int? Position { get; set; }
}

/// <summary>Ours: members not sent stay as they are; Position moves the rule.</summary>
[Route("/gateways/{GatewayGuid}/services/{ServiceGuid}/settings/messagerules/{MessageRuleGuid}", "PUT",
    Summary = "Change a message rule for a service and gateway instance.", Notes = "Ours. Members not sent are left as they are.")]
public class UpdateGatewayServiceMessageRule : IReturn<GatewayServiceMessageRuleResponse>
{
    [ApiMember(DataType = "Guid", Description = "Identifies the gateway instance.", IsRequired = true, ParameterType = "path")]
    public Guid GatewayGuid { get; set; }

    [ApiMember(DataType = "Guid", Description = "Identifies the service instance.", IsRequired = true, ParameterType = "path")]
    public Guid ServiceGuid { get; set; }

    [ApiMember(DataType = "Guid", Description = "Identifies the message rule.", IsRequired = true, ParameterType = "path")]
    public Guid MessageRuleGuid { get; set; }

    [ApiMember(DataType = "String", Description = "A .NET regular expression the gateway matches messages with. 1000 char Max.", ParameterType = "body")]
    public string? MatchExpression { get; set; }

    [ApiMember(DataType = "String", Description = "What the rule is for. 200 char Max.", ParameterType = "body")]
    public string? Description { get; set; }

    [ApiMember(DataType = "Long", Description = "The rule's cost, 0 or more.", ParameterType = "body")]
    public long? Cost { get; set; }

    [ApiMember(DataType = "Boolean", Description = "Whether the gateway applies the rule.", ParameterType = "body")]
    public bool? Enabled { get; set; }

    [ApiMember(DataType = "Integer", Description = "When the gateway goes on to the next rule: 0 never, 1 always, 2 when this rule matched, 3 when it did not.",
        ParameterType = "body")]
    public int? CheckNextRuleIf { get; set; }

    [ApiMember(DataType = "Integer", Description = "Where the rule moves among the service's rules for the gateway, 1 for first.", ParameterType = "body")]
    public int? Position { get; set; }
}

[Route("/gateways/{GatewayGuid}/services/{ServiceGuid}/settings/messagerules/{MessageRuleGuid}", "DELETE",
    Summary = "Remove a message rule for a service and gateway instance.", Notes = "Ours. The rules after it move up one place.")]
public class DeleteGatewayServiceMessageRule : IReturn<BaseResponse>
{
    [ApiMember(DataType = "Guid", Description = "Identifies the gateway instance.", IsRequired = true, ParameterType = "path")]
    public Guid GatewayGuid { get; set; }

    [ApiMember(DataType = "Guid", Description = "Identifies the service instance.", IsRequired = true, ParameterType = "path")]
    public Guid ServiceGuid { get; set; }

    [ApiMember(DataType = "Guid", Description = "Identifies the message rule.", IsRequired = true, ParameterType = "path")]
    public Guid MessageRuleGuid { get; set; }
}
