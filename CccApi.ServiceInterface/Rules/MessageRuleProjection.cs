using CccApi.ServiceInterface.Data.Entities;
using CccApi.ServiceModel;

namespace CccApi.ServiceInterface.Rules;

/// <summary>A stored message rule as the gateway operations answer it.</summary>
public static class MessageRuleProjection
{
    /// <summary>The rules as their query reads them (a rule's few columns, described after reading).</summary>
    public static IQueryable<GatewayServiceMessageRule> ToWire(this IQueryable<MessageRule> rules) =>
        rules.Select(r => Describe(r, new GatewayServiceMessageRule()));

    public static T Describe<T>(MessageRule rule, T view) where T : GatewayServiceMessageRule
    {
        view.MessageRuleGuid = rule.Id;
        view.GatewayGuid = rule.GatewayId;
        view.ServiceGuid = rule.ServiceId;
        view.Cost = rule.Cost;
        view.Enabled = rule.Enabled;
        view.CheckNextRuleIf = rule.CheckNextRuleIf;
        view.Description = rule.Description;
        view.MatchExpression = rule.MatchExpression;
        return view;
    }
}
