using System.Text.Json.Nodes;
using ServiceStackCompat.Metadata;

namespace ServiceStackCompat.OpenApi;

/// <summary>
/// /openapi.json: the same routes, operations and schemas as the Swagger 2.0 document, written as
/// OpenAPI 3.1 for the generators that want 3.x: a requestBody instead of a body parameter,
/// components.schemas instead of definitions, and a server URL for the host the caller reached.
/// </summary>
internal sealed class OpenApi31Document
{
    private const string Json = "application/json";
    private readonly JsonObject _template;

    public OpenApi31Document(ApiDescription api, IEnumerable<OpenApiSecurityScheme> securitySchemes)
    {
        var schemas = new SchemaWriter("#/components/schemas/", markNonNullable: false, api.Limits);
        // No Accept header parameter as in 2.0: OpenAPI 3 ignores a parameter named Accept (responses' content types say it).
        var components = new JsonObject { ["schemas"] = SchemaDefinitions.Write(api, schemas) };
        var document = new JsonObject
        {
            ["openapi"] = "3.1.0",
            ["info"] = new JsonObject { ["title"] = api.Title, ["version"] = "1.0" },
            ["servers"] = new JsonArray(new JsonObject { ["url"] = "/" }),
            ["paths"] = Paths(api, schemas),
            ["components"] = components,
        };
        SchemaDefinitions.AddSecurityAndTags(document, components, "securitySchemes", securitySchemes, api);
        _template = SchemaDefinitions.WithoutNulls(document);
    }

    /// <summary>The document for a caller: its server is the scheme, host and path base the caller used, so "Try it out" reaches this host.</summary>
    public JsonObject For(HttpRequest request)
    {
        var document = (JsonObject)_template.DeepClone();
        document["servers"] = new JsonArray(new JsonObject { ["url"] = $"{request.Scheme}://{request.Host.Value}{request.PathBase.Value}" });
        return document;
    }

    private static JsonObject Paths(ApiDescription api, SchemaWriter schemas)
    {
        var paths = new JsonObject();
        foreach (var group in api.Entries.GroupBy(e => e.Path, StringComparer.Ordinal))
        {
            var item = new JsonObject();
            foreach (var entry in group) item[entry.Verb.ToLowerInvariant()] = Operation(entry, schemas);
            paths[group.Key] = item;
        }
        return paths;
    }

    private static JsonObject Operation(ApiEntry entry, SchemaWriter schemas)
    {
        var operation = new JsonObject
        {
            ["tags"] = new JsonArray(entry.Tag),
            ["summary"] = entry.Summary,
            ["description"] = entry.Description,
            ["operationId"] = entry.OperationId,
            ["parameters"] = new JsonArray(entry.Parameters.Select(p => (JsonNode)Parameter(p, schemas)).ToArray()),
        };
        if (entry.HasBody)
        {
            operation["requestBody"] = new JsonObject
            {
                ["description"] = entry.Operation.Name,
                ["required"] = entry.BodyRequired,
                ["content"] = Content(schemas.Reference(entry.Operation.RequestType)),
            };
        }
        var responses = entry.Response is null
            ? new JsonObject { ["204"] = new JsonObject { ["description"] = "No Content" } }
            : new JsonObject { ["200"] = Response("Success", entry.Response, schemas) };
        responses["400"] = Response("Invalid request: the responseStatus names each failing field", entry.ErrorModel, schemas);
        responses["4XX"] = Response("Client error: the responseStatus carries the error code and message", entry.ErrorModel, schemas);
        responses["5XX"] = Response("Server error: the responseStatus carries the error code and message", entry.ErrorModel, schemas);
        operation["responses"] = responses;
        operation["deprecated"] = false;
        return operation;
    }

    private static JsonObject Parameter(ApiParameter parameter, SchemaWriter schemas)
    {
        var schema = schemas.For(parameter.Property);
        schema.Remove("description");
        var result = new JsonObject
        {
            ["name"] = parameter.Name,
            ["in"] = parameter.In == ParameterLocation.Path ? "path" : "query",
            ["description"] = parameter.Property.ApiMember?.Description,
            ["required"] = parameter.Required,
            ["schema"] = schema,
        };
        if (parameter.Property.Shape is CollectionShape)
        {
            result["style"] = "form";
            result["explode"] = false;
        }
        return result;
    }

    private static JsonObject Response(string description, ValueShape shape, SchemaWriter schemas) =>
        new() { ["description"] = description, ["content"] = Content(schemas.For(shape)) };

    private static JsonObject Content(JsonObject schema) => new() { [Json] = new JsonObject { ["schema"] = schema } };
}
