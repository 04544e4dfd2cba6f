using System.Text.Json.Nodes;
using ServiceStackCompat.Metadata;

namespace ServiceStackCompat.OpenApi;

/// <summary>
/// /openapi: Swagger 2.0 in the shape ServiceStack.Api.OpenApi gives it (paths with the mount point,
/// its operationIds, tags, the Accept header parameter), but valid: the request DTO travels as one
/// body parameter with a $ref schema, types carry their JSON types and formats, and every response
/// names its schema.
/// </summary>
internal sealed class Swagger2Document
{
    private readonly JsonObject _template;

    public Swagger2Document(ApiDescription api, IEnumerable<OpenApiSecurityScheme> securitySchemes)
    {
        var schemas = new SchemaWriter("#/definitions/", markNonNullable: true, api.Limits);
        var document = new JsonObject
        {
            ["swagger"] = "2.0",
            ["info"] = new JsonObject { ["title"] = api.Title, ["version"] = "1.0" },
            ["host"] = "localhost",
            ["basePath"] = "/",
            ["schemes"] = new JsonArray("http"),
            ["consumes"] = new JsonArray("application/json"),
            ["produces"] = new JsonArray("application/json"),
            ["paths"] = Paths(api, schemas),
            ["definitions"] = SchemaDefinitions.Write(api, schemas),
            ["parameters"] = new JsonObject { ["Accept"] = AcceptParameter() },
        };
        SchemaDefinitions.AddSecurityAndTags(document, document, "securityDefinitions", securitySchemes, api);
        _template = SchemaDefinitions.WithoutNulls(document);
    }

    /// <summary>The document for a caller: host, basePath and scheme are the ones it reached the host by.</summary>
    public JsonObject For(HttpRequest request)
    {
        var document = (JsonObject)_template.DeepClone();
        document["host"] = request.Host.Value;
        document["basePath"] = request.PathBase.HasValue ? request.PathBase.Value : "/";
        document["schemes"] = new JsonArray(request.Scheme);
        return document;
    }

    private static JsonObject Paths(ApiDescription api, SchemaWriter schemas)
    {
        var paths = new JsonObject();
        foreach (var group in api.Entries.GroupBy(e => e.Path, StringComparer.Ordinal))
        {
            var item = new JsonObject();
            foreach (var entry in group) item[entry.Verb.ToLowerInvariant()] = Operation(entry, schemas);
            item["parameters"] = new JsonArray(new JsonObject { ["$ref"] = "#/parameters/Accept" });
            paths[group.Key] = item;
        }
        return paths;
    }

    private static JsonObject Operation(ApiEntry entry, SchemaWriter schemas)
    {
        var parameters = new JsonArray();
        foreach (var parameter in entry.Parameters) parameters.Add(Parameter(parameter, schemas));
        if (entry.HasBody)
        {
            parameters.Add(new JsonObject
            {
                ["name"] = "body", ["in"] = "body", ["description"] = entry.Operation.Name,
                ["required"] = entry.BodyRequired, ["schema"] = schemas.Reference(entry.Operation.RequestType),
            });
        }
        var responses = new JsonObject { ["200"] = Response("Success", entry.Response, schemas) };
        if (entry.Response is null) responses = new JsonObject { ["204"] = new JsonObject { ["description"] = "No Content" } };
        responses["400"] = Response("Invalid request: the responseStatus names each failing field", entry.ErrorModel, schemas);
        responses["default"] = Response("Error: the responseStatus carries the error code and message", entry.ErrorModel, schemas);
        return new JsonObject
        {
            ["tags"] = new JsonArray(entry.Tag),
            ["summary"] = entry.Summary,
            ["description"] = entry.Description,
            ["operationId"] = entry.OperationId,
            ["consumes"] = new JsonArray("application/json"),
            ["produces"] = new JsonArray("application/json"),
            ["parameters"] = parameters,
            ["responses"] = responses,
            ["deprecated"] = false,
        };
    }

    /// <summary>A path or query parameter: Swagger 2.0 gives its type inline rather than as a schema.</summary>
    private static JsonObject Parameter(ApiParameter parameter, SchemaWriter schemas)
    {
        var result = new JsonObject
        {
            ["name"] = parameter.Name,
            ["in"] = parameter.In == ParameterLocation.Path ? "path" : "query",
            ["description"] = parameter.Property.ApiMember?.Description,
            ["required"] = parameter.Required,
        };
        foreach (var (key, value) in schemas.For(parameter.Property))
            if (key != "description") result[key] = value?.DeepClone();
        if (parameter.Property.Shape is CollectionShape) result["collectionFormat"] = "csv";
        return result;
    }

    private static JsonObject Response(string description, ValueShape? shape, SchemaWriter schemas)
    {
        var response = new JsonObject { ["description"] = description };
        if (shape is not null) response["schema"] = schemas.For(shape);
        return response;
    }

    /// <summary>ServiceStack's Accept header parameter, shared by every path.</summary>
    private static JsonObject AcceptParameter() => new()
    {
        ["name"] = "Accept", ["in"] = "header", ["description"] = "Accept Header", ["type"] = "string",
        ["required"] = false, ["enum"] = new JsonArray("application/json"), ["default"] = "application/json",
    };
}
