using CccApi.ServiceInterface.Rules;
using CccApi.ServiceInterface.Validation;
using CccApi.ServiceModel;

namespace CccApi.Bench.AdoNet;

/// <summary>CreateServiceSkuValidator's rules written out by hand: the field of the first one broken, or null.</summary>
internal static class CreateServiceSkuRules
{
    /// <summary>The numeric(18,4) column's bound, as the validator has it.</summary>
    private const decimal UnitPriceLimit = 100_000_000_000_000m;

    public static string? FirstInvalidField(CreateServiceSku request)
    {
        if (request.Name is { } name && (name.Length > InputLimits.Name || !IsSingleLine(name) || HasFormatCharacters(name))) return nameof(request.Name);
        if (request.BillingMetric is { } metric && (metric.Length > InputLimits.Code || BillingMetrics.Canonical(metric) is null)) return nameof(request.BillingMetric);
        if (request.UnitPrice is < 0 or >= UnitPriceLimit) return nameof(request.UnitPrice);
        if (request.Quantity < 0) return nameof(request.Quantity);
        if (request.Description is { } description && (description.Length > InputLimits.Description || !IsMultiLine(description))) return nameof(request.Description);
        return null;
    }

    private static bool IsSingleLine(string text) => !text.Any(c => char.IsControl(c) || IsNoncharacter(c));

    private static bool IsMultiLine(string text) => !text.Any(c => (char.IsControl(c) && c is not ('\t' or '\n' or '\r')) || IsNoncharacter(c));

    private static bool HasFormatCharacters(string text) => text.Any(NameForms.IsFormatCharacter);

    private static bool IsNoncharacter(char c) => c is (>= '\uFDD0' and <= '\uFDEF') or '\uFFFE' or '\uFFFF';
}
