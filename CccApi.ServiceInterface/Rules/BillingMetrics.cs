using System.Reflection;
using CccApi.ServiceModel;
using ServiceStackCompat;

namespace CccApi.ServiceInterface.Rules;

/// <summary>The twelve billing metrics, read from the contract's allowable values so there is one list.</summary>
public static class BillingMetrics
{
    public const string Default = "NoMetric";

    public static IReadOnlyList<string> Names { get; } =
        typeof(CreateServiceSku).GetProperty(nameof(CreateServiceSku.BillingMetric))!
            .GetCustomAttribute<ApiAllowableValuesAttribute>()!.Values;

    public static string InvalidMessage { get; } = $"BillingMetric must be one of: {string.Join(", ", Names)}.";

    /// <summary>The metric as the seed spells it, matched without regard to case; null when unknown.</summary>
    public static string? Canonical(string value) =>
        Names.FirstOrDefault(n => string.Equals(n, value.Trim(), StringComparison.OrdinalIgnoreCase));
}
