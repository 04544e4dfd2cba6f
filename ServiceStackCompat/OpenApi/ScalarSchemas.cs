using System.Text.Json.Nodes;
using ServiceStackCompat.Metadata;

namespace ServiceStackCompat.OpenApi;

/// <summary>
/// The JSON Schema type and format of a scalar as the API writes it: Guid string/uuid, decimal
/// number/double, DateTime string/date-time, int integer/int32, long integer/int64, enums as their names.
/// </summary>
internal static class ScalarSchemas
{
    public static JsonObject For(ScalarShape scalar)
    {
        var (type, format) = TypeAndFormat(scalar);
        var schema = new JsonObject { ["type"] = type };
        if (format is not null) schema["format"] = format;
        if (scalar.Kind == ScalarKind.Enum)
            schema["enum"] = new JsonArray(Enum.GetNames(scalar.ValueType).Select(name => (JsonNode)JsonValue.Create(name)).ToArray());
        return schema;
    }

    /// <summary>(type, format) of a scalar; format is null where none applies.</summary>
    public static (string Type, string? Format) TypeAndFormat(ScalarShape scalar) => scalar.Kind switch
    {
        ScalarKind.Boolean => ("boolean", null),
        ScalarKind.Integer => ("integer", IsWide(scalar.ValueType) ? "int64" : "int32"),
        ScalarKind.Float => ("number", scalar.ValueType == typeof(float) ? "float" : "double"),
        ScalarKind.Decimal => ("number", "double"),
        ScalarKind.Guid => ("string", "uuid"),
        ScalarKind.DateTime or ScalarKind.DateTimeOffset => ("string", "date-time"),
        ScalarKind.TimeSpan => ("string", "duration"),
        _ => ("string", null),
    };

    /// <summary>A value of an allowable-values list in the property's own JSON type (true, 5 or "Name").</summary>
    public static JsonNode? TypedValue(ScalarShape scalar, string value) => scalar.Kind switch
    {
        ScalarKind.Boolean when bool.TryParse(value, out var flag) => JsonValue.Create(flag),
        ScalarKind.Integer when long.TryParse(value, System.Globalization.CultureInfo.InvariantCulture, out var number) => JsonValue.Create(number),
        _ => JsonValue.Create(value),
    };

    private static bool IsWide(Type type) => type == typeof(long) || type == typeof(ulong) || type == typeof(uint);
}
