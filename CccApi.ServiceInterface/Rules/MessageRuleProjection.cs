using CccApi.ServiceInterface.Data.Entities;
using CccApi.ServiceModel;

namespace CccApi.ServiceInterface.Rules;

/// <summary>A stored message rule as the gateway operations answer it, read in their own query.</summary>
public static class MessageRuleProjection
{
    public static IQueryable<GatewayServiceMessageRule> ToWire(this IQueryable<MessageRule> rules) =>
        rules.Select(r => new GatewayServiceMessageRule
        {
            MessageRuleGuid = r.Id,
            GatewayGuid = r.GatewayId,
            ServiceGuid = r.ServiceId,
            Cost = r.Cost,
            Enabled = r.Enabled,
            CheckNextRuleIf = r.CheckNextRuleIf,
            Description = r.Description,
            MatchExpression = r.MatchExpression,
        });

    public static GatewayServiceMessageRuleResponse ToResponse(MessageRule r) => new()
    {
        MessageRuleGuid = r.Id,
        GatewayGuid = r.GatewayId,
        ServiceGuid = r.ServiceId,
        Cost = r.Cost,
        Enabled = r.Enabled,
        CheckNextRuleIf = r.CheckNextRuleIf,
        Description = r.Description,
        MatchExpression = r.MatchExpression,
    };
}
