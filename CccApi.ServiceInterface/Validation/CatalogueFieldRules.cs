using CccApi.ServiceInterface.Rules;
using FluentValidation;

namespace CccApi.ServiceInterface.Validation;

/// <summary>The rules for the fields Skus, ServiceSkus and SkuBundles share: their Status and BillingMetric words, prices and quantities.</summary>
public static class CatalogueFieldRules
{
    /// <summary>The column is numeric(18,4): at most 14 digits before the point, or PostgreSQL refuses the row.</summary>
    public const decimal UnitPriceLimit = 100_000_000_000_000m;

    /// <summary>Active or Disabled, in any case; null (the default) passes.</summary>
    public static IRuleBuilderOptions<T, string?> RecordStatusWord<T>(this IRuleBuilder<T, string?> rule) =>
        rule.MaximumLength(InputLimits.Code)
            .Must(s => s is null || RecordStatuses.Parse(s) is not null)
            .WithErrorCode("AllowableValues")
            .WithMessage(RecordStatuses.InvalidMessage);

    /// <summary>One of the billing metrics, in any case; null (NoMetric) passes.</summary>
    public static IRuleBuilderOptions<T, string?> BillingMetricWord<T>(this IRuleBuilder<T, string?> rule) =>
        rule.MaximumLength(InputLimits.Code)
            .Must(m => m is null || BillingMetrics.Canonical(m) is not null)
            .WithErrorCode("AllowableValues")
            .WithMessage(BillingMetrics.InvalidMessage);

    public static IRuleBuilderOptions<T, decimal> UnitPrice<T>(this IRuleBuilder<T, decimal> rule) =>
        rule.GreaterThanOrEqualTo(0).LessThan(UnitPriceLimit);
}
