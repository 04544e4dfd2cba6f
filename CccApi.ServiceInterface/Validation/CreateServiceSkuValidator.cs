using CccApi.ServiceInterface.Rules;
using CccApi.ServiceModel;
using FluentValidation;

namespace CccApi.ServiceInterface.Validation;

public sealed class CreateServiceSkuValidator : AbstractValidator<CreateServiceSku>
{
    /// <summary>The column is numeric(18,4): at most 14 digits before the point, or PostgreSQL refuses the row.</summary>
    public const decimal UnitPriceLimit = 100_000_000_000_000m;

    public CreateServiceSkuValidator()
    {
        RuleLevelCascadeMode = CascadeMode.Stop;
        RuleFor(x => x.Name).MaximumLength(InputLimits.Name).NameText();
        RuleFor(x => x.BillingMetric)
            .MaximumLength(InputLimits.Code)
            .Must(m => BillingMetrics.Canonical(m!) is not null).When(x => x.BillingMetric is not null)
            .WithErrorCode("AllowableValues")
            .WithMessage(BillingMetrics.InvalidMessage);
        RuleFor(x => x.UnitPrice).GreaterThanOrEqualTo(0).LessThan(UnitPriceLimit);
        RuleFor(x => x.Quantity).GreaterThanOrEqualTo(0);
        RuleFor(x => x.Description).MaximumLength(InputLimits.Description).MultiLine();
    }
}
