using System.Text.Json.Nodes;
using CccApi.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using ServiceStackCompat.Metadata;

namespace CccApi.Tests.OpenApi;

/// <summary>Checks both documents share: every route and verb, resolvable $refs, JSON types and formats, camelCase.</summary>
public abstract class OpenApiDocumentTestBase : ApiTest
{
    private static readonly string[] JsonTypes = ["string", "number", "integer", "boolean", "array", "object"];

    protected static ServiceMetadata Metadata => SharedHost.Host.Services.GetRequiredService<ServiceMetadata>();

    protected abstract string DocumentPath { get; }

    /// <summary>"#/definitions/" or "#/components/schemas/".</summary>
    protected abstract string SchemaPrefix { get; }

    protected async Task<JsonNode> GetDocumentAsync()
    {
        var result = await Client.GetAsync(DocumentPath);
        Assert.That(result.StatusCode, Is.EqualTo(200), result.ToString());
        Assert.That(result.ContentType?.MediaType, Is.EqualTo("application/json"));
        return result.Json;
    }

    protected JsonObject Schema(JsonNode document, string name) =>
        OpenApiJson.Resolve(document, SchemaPrefix + name)?.AsObject() ?? throw new AssertionException($"No schema {name}.");

    protected static JsonObject Property(JsonObject schema, string name) =>
        schema["properties"]?[name]?.AsObject() ?? throw new AssertionException($"No property {name} in {schema.ToJsonString()}");

    [Test]
    public async Task Every_route_and_verb_is_an_operation_with_servicestacks_operation_id_below_the_api_mount()
    {
        var document = await GetDocumentAsync();
        var operations = OpenApiJson.Operations(document).ToList();
        var expected = Metadata.Routes.SelectMany(r => (r.Verbs ?? ["GET", "POST", "PUT", "DELETE"]).Select(v => (Route: r, Verb: v))).ToList();

        Assert.That(operations, Has.Count.EqualTo(expected.Count));
        Assert.Multiple(() =>
        {
            foreach (var (route, verb) in expected)
            {
                var found = operations.SingleOrDefault(o => o.Path == "/api" + route.Path && o.Verb == verb.ToLowerInvariant());
                Assert.That(found.Operation, Is.Not.Null, $"{verb} /api{route.Path}");
                if (found.Operation is null) continue;
                Assert.That(OpenApiJson.Text(found.Operation["operationId"]), Does.StartWith(route.Operation.Name), $"{verb} {route.Path}");
                Assert.That(OpenApiJson.Text(found.Operation["summary"]), Is.EqualTo(route.Summary));
                Assert.That(found.Operation["tags"]!.AsArray(), Has.Count.EqualTo(1));
            }
        });
        Assert.That(operations.Select(o => OpenApiJson.Text(o.Operation["operationId"])), Is.Unique);
    }

    [TestCase("post", "/api/services", "CreateServiceservices_Post")]
    [TestCase("post", "/api/services/{ServiceGuid}/skus", "CreateServiceSkuservicesServiceGuidskus_Post")]
    [TestCase("put", "/api/resellers/{ResellerGuid}/collectionaccess/{CollectionGuid}", "ResellerCollectionAccessresellersResellerGuidcollectionaccessCollectionGuid_Create")]
    [TestCase("delete", "/api/resellers/{ResellerGuid}/collectionaccess/{CollectionGuid}", "ResellerCollectionAccessresellersResellerGuidcollectionaccessCollectionGuid_Delete")]
    public async Task The_seed_operations_keep_the_reference_hosts_operation_ids(string verb, string path, string operationId)
    {
        var document = await GetDocumentAsync();
        Assert.That(OpenApiJson.Text(document["paths"]?[path]?[verb]?["operationId"]), Is.EqualTo(operationId));
    }

    [Test]
    public async Task Every_reference_resolves_and_every_dto_class_has_a_schema()
    {
        var document = await GetDocumentAsync();
        var references = OpenApiJson.References(document).Distinct().ToList();

        Assert.That(references, Is.Not.Empty);
        Assert.Multiple(() =>
        {
            foreach (var reference in references)
                Assert.That(OpenApiJson.Resolve(document, reference), Is.Not.Null, reference);
            foreach (var name in new[] { "CreateService", "UserInfo", "ContactInfo", "Company", "CreateServiceResponse", "ResponseStatus", "ResponseError", "ServiceSku", "ResellerCollection", "ErrorResponse" })
                Assert.That(OpenApiJson.Resolve(document, SchemaPrefix + name), Is.Not.Null, name);
        });
    }

    [Test]
    public async Task Every_type_is_a_json_type_and_every_property_name_is_camel_case()
    {
        var document = await GetDocumentAsync();
        // Security schemes have a "type" of their own (apiKey); every other "type" is a JSON type.
        var typed = OpenApiJson.TypedObjects(document).Where(node => OpenApiJson.Text(node["type"]) != "apiKey").ToList();
        var schemas = OpenApiJson.Resolve(document, SchemaPrefix.TrimEnd('/'))!.AsObject();

        Assert.Multiple(() =>
        {
            foreach (var node in typed)
                Assert.That(JsonTypes, Does.Contain(OpenApiJson.Text(node["type"])), node.ToJsonString());
            foreach (var (name, schema) in schemas)
                foreach (var (property, _) in schema!["properties"]?.AsObject() ?? [])
                    Assert.That(char.IsLower(property[0]), Is.True, $"{name}.{property}");
        });
    }

    [Test]
    public async Task Scalars_carry_their_json_type_and_format()
    {
        var document = await GetDocumentAsync();
        var sku = Schema(document, "CreateServiceSku");
        var service = Schema(document, "CreateService");

        Assert.Multiple(() =>
        {
            AssertType(Property(service, "resellerGuid"), "string", "uuid");
            AssertType(Property(service, "primaryDomain"), "string", null);
            AssertType(Property(sku, "unitPrice"), "number", "double");
            AssertType(Property(sku, "quantity"), "integer", "int32");
            AssertType(Property(sku, "endedDate"), "string", "date-time");
            AssertType(Property(Schema(document, "ResellerCollectionAccess"), "isDefaultCollectionForSite"), "boolean", null);
            AssertType(Property(Schema(document, "ServiceSkusPagedResponse"), "results"), "array", null);
            Assert.That(OpenApiJson.Text(Property(Schema(document, "ServiceSkusPagedResponse"), "results")["items"]?["$ref"]), Is.EqualTo(SchemaPrefix + "ServiceSku"));
            Assert.That(Property(Schema(document, "ResponseStatus"), "meta")["additionalProperties"]?["type"]?.GetValue<string>(), Is.EqualTo("string"));
        });
    }

    [Test]
    public async Task Enums_and_allowable_values_are_enum_lists()
    {
        var document = await GetDocumentAsync();
        var metric = Property(Schema(document, "CreateServiceSku"), "billingMetric");
        var status = Property(Schema(document, "CreateServiceResponse"), "serviceStatus");

        Assert.That(metric["enum"]!.AsArray().Select(v => v!.GetValue<string>()).ToList(), Has.Count.EqualTo(12).And.Contains("NoMetric").And.Contains("MftDataTransferAmountInGbOverage"));
        Assert.That(status["enum"]!.AsArray().Select(v => v!.GetValue<string>()),
            Is.EqualTo(new[] { "Blocked", "AccountCancelled", "AccountSuspended", "Provisioning", "TrialExpired", "TrialActive", "DemoAccount", "CertifiedSecure" }));
        Assert.That(OpenApiJson.Text(status["type"]), Is.EqualTo("string"));
    }

    [Test]
    public async Task Required_properties_and_descriptions_come_from_the_api_members()
    {
        var document = await GetDocumentAsync();
        var service = Schema(document, "CreateService");

        Assert.Multiple(() =>
        {
            Assert.That(service["required"]!.AsArray().Select(v => v!.GetValue<string>()), Is.EquivalentTo(new[] { "primaryDomain", "resellerGuid" }));
            Assert.That(Schema(document, "ContactInfo")["required"]!.AsArray().Select(v => v!.GetValue<string>()), Is.EquivalentTo(new[] { "name", "email", "phoneNumber" }));
            Assert.That(OpenApiJson.Text(Property(service, "primaryDomain")["description"]), Does.StartWith("Used to apply membership rules for this domain."));
            Assert.That(OpenApiJson.Text(Property(Schema(document, "UserInfo"), "password")["description"]), Is.EqualTo("Password in plain text"));
            // Path variables travel in the path: the body schema does not require them again.
            Assert.That(Schema(document, "CreateServiceSku")["required"], Is.Null);
            Assert.That(Schema(document, "ResellerCollectionAccess")["required"], Is.Null);
        });
    }

    [Test]
    public async Task The_property_names_are_the_ones_the_api_writes()
    {
        var document = await GetDocumentAsync();
        var setup = await Given.ResellerWithCollectionAsync();
        var serviceGuid = await Given.ServiceAsync(setup.Reseller);
        var service = await Client.GetAsync($"/api/services/{serviceGuid:N}");

        var written = service.Json.AsObject().Select(p => p.Key).ToList();
        var documented = Schema(document, "ServiceResponse")["properties"]!.AsObject().Select(p => p.Key).ToList();
        Assert.That(written, Is.Not.Empty.And.SubsetOf(documented));
    }

    protected static void AssertType(JsonObject schema, string type, string? format)
    {
        Assert.That(OpenApiJson.Text(schema["type"]), Is.EqualTo(type), schema.ToJsonString());
        Assert.That(OpenApiJson.Text(schema["format"]), Is.EqualTo(format), schema.ToJsonString());
    }
}
