using System.Text.Json.Nodes;

namespace CccApi.Tests.OpenApi;

/// <summary>Walks an OpenAPI document: its $refs, its schemas and the operations under its paths.</summary>
internal static class OpenApiJson
{
    public static readonly string[] Verbs = ["get", "put", "post", "delete", "patch", "head", "options"];

    /// <summary>Every "$ref" value anywhere in the document.</summary>
    public static IEnumerable<string> References(JsonNode? node) => node switch
    {
        JsonObject obj => obj.SelectMany(p => p.Key == "$ref" && p.Value is JsonValue value
            ? [value.GetValue<string>()]
            : References(p.Value)),
        JsonArray array => array.SelectMany(References),
        _ => [],
    };

    /// <summary>The node a local reference ("#/definitions/X") points at, or null.</summary>
    public static JsonNode? Resolve(JsonNode document, string reference)
    {
        if (!reference.StartsWith("#/", StringComparison.Ordinal)) return null;
        JsonNode? node = document;
        foreach (var token in reference[2..].Split('/'))
            node = node is JsonObject obj ? obj[token.Replace("~1", "/", StringComparison.Ordinal).Replace("~0", "~", StringComparison.Ordinal)] : null;
        return node;
    }

    /// <summary>(path, verb, operation) for every operation in the document.</summary>
    public static IEnumerable<(string Path, string Verb, JsonObject Operation)> Operations(JsonNode document) =>
        document["paths"]!.AsObject().SelectMany(path => path.Value!.AsObject()
            .Where(p => Verbs.Contains(p.Key))
            .Select(p => (path.Key, p.Key, p.Value!.AsObject())));

    /// <summary>Every object that has a "type" or "$ref" and sits where a schema or typed parameter sits.</summary>
    public static IEnumerable<JsonObject> TypedObjects(JsonNode? node) => node switch
    {
        JsonObject obj => (obj["type"] is JsonValue ? [obj] : Enumerable.Empty<JsonObject>()).Concat(obj.SelectMany(p => TypedObjects(p.Value))),
        JsonArray array => array.SelectMany(TypedObjects),
        _ => [],
    };

    public static string? Text(JsonNode? node) => node?.GetValue<string>();
}
