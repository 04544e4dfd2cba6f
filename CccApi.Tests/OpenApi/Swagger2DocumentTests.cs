using System.Text.Json.Nodes;

namespace CccApi.Tests.OpenApi;

/// <summary>/api/openapi: Swagger 2.0 in ServiceStack.Api.OpenApi's shape, with the request as one $ref body parameter.</summary>
public sealed class Swagger2DocumentTests : OpenApiDocumentTestBase
{
    protected override string DocumentPath => "/api/openapi";

    protected override string SchemaPrefix => "#/definitions/";

    [Test]
    public async Task The_document_is_swagger_2_for_the_host_the_caller_reached()
    {
        var document = await GetDocumentAsync();

        Assert.Multiple(() =>
        {
            Assert.That(OpenApiJson.Text(document["swagger"]), Is.EqualTo("2.0"));
            Assert.That(OpenApiJson.Text(document["info"]?["title"]), Is.EqualTo("CCC API v8.4.0.0"));
            Assert.That(OpenApiJson.Text(document["host"]), Is.EqualTo("localhost"));
            Assert.That(OpenApiJson.Text(document["basePath"]), Is.EqualTo("/"));
            Assert.That(document["schemes"]!.AsArray().Select(s => s!.GetValue<string>()), Is.EqualTo(new[] { "http" }));
            Assert.That(OpenApiJson.Text(document["paths"]?["/api/services"]?["parameters"]?[0]?["$ref"]), Is.EqualTo("#/parameters/Accept"));
            Assert.That(OpenApiJson.Text(document["securityDefinitions"]?["Bearer"]?["type"]), Is.EqualTo("apiKey"));
            Assert.That(document["security"]?[0]?["Bearer"], Is.Not.Null, "operations require the API key by default");
            Assert.That(document["paths"]?["/api/ping"]?["get"]?["security"]?.AsArray(), Is.Empty, "ping is public");
        });
    }

    [Test]
    public async Task The_request_is_one_body_parameter_referencing_its_definition_and_path_variables_are_path_parameters()
    {
        var document = await GetDocumentAsync();
        var parameters = document["paths"]!["/api/services/{ServiceGuid}/skus"]!["post"]!["parameters"]!.AsArray().Select(p => p!.AsObject()).ToList();

        Assert.That(parameters.Select(p => OpenApiJson.Text(p["in"])), Is.EqualTo(new[] { "path", "body" }));
        var path = parameters[0];
        Assert.Multiple(() =>
        {
            Assert.That(OpenApiJson.Text(path["name"]), Is.EqualTo("ServiceGuid"));
            Assert.That(path["required"]!.GetValue<bool>(), Is.True);
            AssertType(path, "string", "uuid");
            Assert.That(OpenApiJson.Text(parameters[1]["schema"]?["$ref"]), Is.EqualTo("#/definitions/CreateServiceSku"));
            Assert.That(parameters[1]["required"]!.GetValue<bool>(), Is.False);
        });
        var create = document["paths"]!["/api/services"]!["post"]!["parameters"]!.AsArray().Single()!;
        Assert.That(OpenApiJson.Text(create["schema"]?["$ref"]), Is.EqualTo("#/definitions/CreateService"));
        Assert.That(create["required"]!.GetValue<bool>(), Is.True);
    }

    [Test]
    public async Task A_get_sends_its_query_members_as_query_parameters()
    {
        var document = await GetDocumentAsync();
        var parameters = document["paths"]!["/api/services/{ServiceGuid}/skus"]!["get"]!["parameters"]!.AsArray().Select(p => p!.AsObject()).ToList();

        Assert.That(parameters.Select(p => $"{OpenApiJson.Text(p["in"])}:{OpenApiJson.Text(p["name"])}"),
            Is.EqualTo(new[] { "path:ServiceGuid", "query:skuGuid", "query:assignedDate", "query:endedDate", "query:page", "query:pageSize" }));
        AssertType(parameters[1], "string", "uuid");
        AssertType(parameters[2], "string", "date-time");
        AssertType(parameters[4], "integer", "int32");
    }

    [Test]
    public async Task Success_and_error_responses_name_their_schemas()
    {
        var document = await GetDocumentAsync();
        var create = document["paths"]!["/api/services"]!["post"]!["responses"]!;
        var collections = document["paths"]!["/api/resellers/{ResellerGuid}/collections"]!["get"]!["responses"]!;

        Assert.Multiple(() =>
        {
            Assert.That(OpenApiJson.Text(create["200"]?["schema"]?["$ref"]), Is.EqualTo("#/definitions/CreateServiceResponse"));
            Assert.That(OpenApiJson.Text(create["400"]?["schema"]?["$ref"]), Is.EqualTo("#/definitions/CreateServiceResponse"));
            Assert.That(OpenApiJson.Text(create["default"]?["schema"]?["$ref"]), Is.EqualTo("#/definitions/CreateServiceResponse"));
            Assert.That(OpenApiJson.Text(collections["200"]?["schema"]?["type"]), Is.EqualTo("array"));
            Assert.That(OpenApiJson.Text(collections["200"]?["schema"]?["items"]?["$ref"]), Is.EqualTo("#/definitions/ResellerCollection"));
            Assert.That(OpenApiJson.Text(collections["default"]?["schema"]?["$ref"]), Is.EqualTo("#/definitions/ErrorResponse"));
        });
        var errorSchema = OpenApiJson.Resolve(document, "#/definitions/ErrorResponse")!;
        Assert.That(OpenApiJson.Text(errorSchema["properties"]?["responseStatus"]?["$ref"]), Is.EqualTo("#/definitions/ResponseStatus"));
    }

    [Test]
    public async Task The_host_and_scheme_follow_the_request()
    {
        var request = new HttpRequestMessage(HttpMethod.Get, "/api/openapi");
        request.Headers.Host = "api.example.com:8443";
        var result = await Client.SendAsync(request);

        Assert.That(OpenApiJson.Text(result.Json["host"]), Is.EqualTo("api.example.com:8443"));
        Assert.That(JsonNode.Parse(result.Body)!["paths"]!.AsObject().Select(p => p.Key), Has.All.StartWith("/api/"));
    }
}
