using ServiceStackCompat.Metadata;

namespace ServiceStackCompat.MetadataPages;

/// <summary>What the "Parameters" table shows for one property, from its ApiMember and its type.</summary>
internal static class ParameterColumns
{
    public static string Name(PropertyModel property) =>
        string.IsNullOrEmpty(property.ApiMember?.Name) ? property.Name : property.ApiMember.Name;

    /// <summary>"path", "query", "body"...; "form" when undeclared, as ServiceStack shows it.</summary>
    public static string Parameter(PropertyModel property) =>
        string.IsNullOrEmpty(property.ApiMember?.ParameterType) ? "form" : property.ApiMember.ParameterType;

    public static string DataType(PropertyModel property) =>
        string.IsNullOrEmpty(property.ApiMember?.DataType) ? TypeNames.Of(property.Type) : property.ApiMember.DataType;

    public static string Required(PropertyModel property) => property.ApiMember?.IsRequired == true ? "Yes" : "No";

    public static string Description(PropertyModel property) => property.ApiMember?.Description ?? "";

    /// <summary>
    /// The declared allowable values, else an enum's names (or an enum-keyed dictionary's keys), else true/false for booleans;
    /// null when open. A declaration with no values says the property shows none (some Booleans of the original's pages do).
    /// </summary>
    public static IReadOnlyList<string>? AllowableValues(PropertyModel property)
    {
        if (property.AllowableValues is { } declared && !IsRange(declared.Type))
            return declared.Values.Length > 0 ? declared.Values : null;
        var valueType = Nullable.GetUnderlyingType(property.Type) ?? property.Type;
        if (valueType.IsEnum) return Enum.GetNames(valueType);
        // A dictionary keyed by an enum lists the keys it allows, as ServiceStack's pages do.
        if (valueType.IsGenericType && valueType.GetGenericTypeDefinition() == typeof(Dictionary<,>)
            && valueType.GetGenericArguments()[0] is { IsEnum: true } keyType)
            return Enum.GetNames(keyType);
        if (valueType == typeof(bool)) return ["true", "false"];
        return null;
    }

    /// <summary>"min - max" for a RANGE allowable-values declaration.</summary>
    public static string? AllowableRange(PropertyModel property) =>
        property.AllowableValues is { } declared && IsRange(declared.Type)
            ? $"{declared.Min?.ToString(System.Globalization.CultureInfo.InvariantCulture)} - {declared.Max?.ToString(System.Globalization.CultureInfo.InvariantCulture)}"
            : null;

    private static bool IsRange(string? type) => string.Equals(type, "RANGE", StringComparison.OrdinalIgnoreCase);
}
