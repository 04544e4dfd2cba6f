using CccApi.ServiceModel;
using FluentValidation;

namespace CccApi.ServiceInterface.Validation;

/// <summary>The input rules of a Sku's terms, included by CreateSku's and CreateServiceSku's validators.</summary>
public sealed class SkuTermsRules<T> : AbstractValidator<T> where T : ISkuTerms
{
    public SkuTermsRules()
    {
        RuleLevelCascadeMode = CascadeMode.Stop;
        RuleFor(x => x.Name).MaximumLength(InputLimits.Name).NameText();
        RuleFor(x => x.BillingMetric).BillingMetricWord();
        RuleFor(x => x.UnitPrice).UnitPrice();
        RuleFor(x => x.Quantity).GreaterThanOrEqualTo(0);
        RuleFor(x => x.Description).MaximumLength(InputLimits.Description).MultiLine();
    }
}
