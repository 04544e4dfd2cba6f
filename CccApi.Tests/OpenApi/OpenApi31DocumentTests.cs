namespace CccApi.Tests.OpenApi;

/// <summary>/api/openapi.json: the same API as OpenAPI 3.1, with request bodies and a server URL for this host.</summary>
public sealed class OpenApi31DocumentTests : OpenApiDocumentTestBase
{
    protected override string DocumentPath => "/api/openapi.json";

    protected override string SchemaPrefix => "#/components/schemas/";

    [Test]
    public async Task The_document_is_openapi_3_1_served_from_this_host()
    {
        var document = await GetDocumentAsync();

        Assert.Multiple(() =>
        {
            Assert.That(OpenApiJson.Text(document["openapi"]), Is.EqualTo("3.1.0"));
            Assert.That(OpenApiJson.Text(document["info"]?["title"]), Is.EqualTo("CCC API v8.4.0.0"));
            Assert.That(OpenApiJson.Text(document["servers"]?[0]?["url"]), Is.EqualTo("http://localhost"));
            Assert.That(OpenApiJson.Text(document["components"]?["securitySchemes"]?["Bearer"]?["name"]), Is.EqualTo("Authorization"));
            Assert.That(document["security"]?[0]?["Bearer"], Is.Not.Null, "operations require the API key by default");
            Assert.That(document["paths"]?["/api/ping"]?["get"]?["security"]?.AsArray(), Is.Empty, "ping is public");
            Assert.That(document["paths"]?["/api/services"]?["post"]?["security"], Is.Null, "CreateService keeps the requirement");
        });
    }

    [Test]
    public async Task The_request_is_a_json_request_body_and_path_variables_are_path_parameters()
    {
        var document = await GetDocumentAsync();
        var operation = document["paths"]!["/api/resellers/{ResellerGuid}/collectionaccess/{CollectionGuid}"]!["post"]!;
        var parameters = operation["parameters"]!.AsArray().Select(p => p!.AsObject()).ToList();

        Assert.Multiple(() =>
        {
            Assert.That(parameters.Select(p => $"{OpenApiJson.Text(p["in"])}:{OpenApiJson.Text(p["name"])}"), Is.EqualTo(new[] { "path:ResellerGuid", "path:CollectionGuid" }));
            AssertType(parameters[0]["schema"]!.AsObject(), "string", "uuid");
            Assert.That(OpenApiJson.Text(operation["requestBody"]?["content"]?["application/json"]?["schema"]?["$ref"]), Is.EqualTo("#/components/schemas/ResellerCollectionAccess"));
            Assert.That(operation["requestBody"]!["required"]!.GetValue<bool>(), Is.False);
            Assert.That(document["paths"]!["/api/resellers/{ResellerGuid}/collectionaccess/{CollectionGuid}"]!["delete"]!["requestBody"], Is.Null);
            Assert.That(document["paths"]!["/api/services"]!["post"]!["requestBody"]!["required"]!.GetValue<bool>(), Is.True);
        });
    }

    [Test]
    public async Task Success_and_error_responses_name_their_schemas()
    {
        var document = await GetDocumentAsync();
        var responses = document["paths"]!["/api/services/{ServiceGuid}/skus"]!["post"]!["responses"]!;
        var collections = document["paths"]!["/api/resellers/{ResellerGuid}/collections"]!["get"]!["responses"]!;

        Assert.Multiple(() =>
        {
            Assert.That(OpenApiJson.Text(responses["200"]?["content"]?["application/json"]?["schema"]?["$ref"]), Is.EqualTo("#/components/schemas/AssignServiceSkuResponse"));
            foreach (var code in new[] { "400", "4XX", "5XX" })
                Assert.That(OpenApiJson.Text(responses[code]?["content"]?["application/json"]?["schema"]?["$ref"]), Is.EqualTo("#/components/schemas/AssignServiceSkuResponse"), code);
            Assert.That(OpenApiJson.Text(collections["200"]?["content"]?["application/json"]?["schema"]?["items"]?["$ref"]), Is.EqualTo("#/components/schemas/ResellerCollection"));
            Assert.That(OpenApiJson.Text(collections["5XX"]?["content"]?["application/json"]?["schema"]?["$ref"]), Is.EqualTo("#/components/schemas/ErrorResponse"));
        });
    }

    [Test]
    public async Task The_same_operations_as_the_swagger_2_document()
    {
        var v3 = await GetDocumentAsync();
        var v2 = (await Client.GetAsync("/api/openapi")).Json;

        Assert.That(OpenApiJson.Operations(v3).Select(o => OpenApiJson.Text(o.Operation["operationId"])),
            Is.EquivalentTo(OpenApiJson.Operations(v2).Select(o => OpenApiJson.Text(o.Operation["operationId"]))));
        Assert.That(v3["components"]!["schemas"]!.AsObject().Select(p => p.Key), Is.EquivalentTo(v2["definitions"]!.AsObject().Select(p => p.Key)));
    }
}
