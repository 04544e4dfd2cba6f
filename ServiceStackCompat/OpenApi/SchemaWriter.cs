using System.Text.Json.Nodes;
using ServiceStackCompat.Metadata;
using ServiceStackCompat.Validation;

namespace ServiceStackCompat.OpenApi;

/// <summary>
/// Writes the schema of a value: a scalar inline, a DTO class as a <c>$ref</c> to its definition,
/// lists as arrays and dictionaries as objects with additionalProperties.
/// </summary>
internal sealed class SchemaWriter(string referencePrefix, bool markNonNullable, ValidationLimits limits)
{
    /// <summary>"#/definitions/" for Swagger 2.0, "#/components/schemas/" for OpenAPI 3.</summary>
    public string ReferencePrefix { get; } = referencePrefix;

    public JsonObject Reference(Type type) => new() { ["$ref"] = ReferencePrefix + WireNames.Definition(type) };

    public JsonObject For(ValueShape shape) => shape switch
    {
        ScalarShape scalar => ScalarSchemas.For(scalar),
        CollectionShape collection => new JsonObject { ["type"] = "array", ["items"] = For(collection.Element) },
        DictionaryShape dictionary => new JsonObject { ["type"] = "object", ["additionalProperties"] = For(dictionary.Value) },
        TypeModel model => Reference(model.Type),
        _ => throw new InvalidOperationException($"No schema for {shape.ClrType.Name}."),
    };

    /// <summary>A property's schema with its description, allowable values and (2.0) x-nullable.</summary>
    public JsonObject For(PropertyModel property)
    {
        var schema = For(property.Shape);
        if (property.ApiMember?.Description is { Length: > 0 } description) schema["description"] = description;
        if (property.AllowableValues is { } allowable && property.Shape is ScalarShape scalar)
        {
            if (string.Equals(allowable.Type, "RANGE", StringComparison.OrdinalIgnoreCase))
            {
                if (allowable.Min is { } min) schema["minimum"] = min;
                if (allowable.Max is { } max) schema["maximum"] = max;
            }
            else if (allowable.Values.Length > 0)
            {
                schema["enum"] = new JsonArray(allowable.Values.Select(v => ScalarSchemas.TypedValue(scalar, v)).ToArray());
            }
        }
        AddLimits(schema, limits.For(property));
        if (markNonNullable && !property.Shape.AcceptsNull) schema["x-nullable"] = false;
        return schema;
    }

    /// <summary>maxLength on a string (on a list's items when the validator bounds each item), maxItems on a list, maxProperties on a dictionary.</summary>
    private static void AddLimits(JsonObject schema, MemberLimits limits)
    {
        if (limits.MaxItems is { } maxItems) schema[(string?)schema["type"] == "object" ? "maxProperties" : "maxItems"] = maxItems;
        if (limits.MaxLength is not { } maxLength) return;
        var target = schema["items"] is JsonObject items && (string?)schema["type"] == "array" ? items : schema;
        target["maxLength"] = maxLength;
    }
}
