using CccApi.ServiceModel;
using FluentValidation;

namespace CccApi.ServiceInterface.Validation;

public sealed class CreateServiceSkuValidator : AbstractValidator<CreateServiceSku>
{
    public CreateServiceSkuValidator()
    {
        RuleLevelCascadeMode = CascadeMode.Stop;
        RuleFor(x => x.Name).MaximumLength(InputLimits.Name).NameText();
        RuleFor(x => x.BillingMetric).BillingMetricWord();
        RuleFor(x => x.UnitPrice).UnitPrice();
        RuleFor(x => x.Quantity).GreaterThanOrEqualTo(0);
        RuleFor(x => x.Description).MaximumLength(InputLimits.Description).MultiLine();
    }
}
