using System.Reflection;
using System.Text.Json.Nodes;
using CccApi.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using ServiceStackCompat;
using ServiceStackCompat.Metadata;

namespace CccApi.Tests.Metadata;

/// <summary>
/// /api/metadata/app.json, the AppMetadata ServiceStack's UIs and tools read: the app, the auth providers,
/// every operation described as /types/metadata describes it, and requiresAuth true exactly where an
/// anonymous caller is refused.
/// </summary>
public sealed class AppMetadataTests : ApiTest
{
    private static async Task<JsonObject> GetAsync(HttpClient http, string path)
    {
        using var response = await http.GetAsync(path);
        Assert.That((int)response.StatusCode, Is.EqualTo(200), path);
        Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/json"));
        return JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsObject();
    }

    [Test]
    public async Task App_names_the_service_and_its_base_url_and_auth_lists_the_providers()
    {
        using var anonymous = SharedHost.Host.CreateAnonymousClient();
        var app = await GetAsync(anonymous.Http, "/api/metadata/app.json");
        var host = SharedHost.Host.Services.GetRequiredService<IOptions<ServiceHostOptions>>().Value;
        Assert.Multiple(() =>
        {
            Assert.That(app["app"]!["serviceName"]!.GetValue<string>(), Is.EqualTo(host.ServiceName));
            Assert.That(app["app"]!["baseUrl"]!.GetValue<string>(), Is.EqualTo("http://localhost/api"));
            Assert.That(app["plugins"]!["loaded"]!.AsArray().Select(p => p!.GetValue<string>()), Does.Contain("auth"));
            var providers = app["plugins"]!["auth"]!["authProviders"]!.AsArray();
            Assert.That(providers.Select(p => $"{p!["name"]}:{p["type"]}"), Is.EqualTo(new[] { "credentials:credentials", "apikey:Bearer" }));
            Assert.That(app["plugins"]!["auth"]!["serviceRoutes"]!["AuthenticateService"]!.AsArray().Select(r => r!.GetValue<string>()),
                Is.EqualTo(new[] { "/auth", "/auth/{provider}" }));
            Assert.That(app["contentTypeFormats"]!["application/json"]!.GetValue<string>(), Is.EqualTo("json"));
        });
    }

    [Test]
    public async Task Api_describes_every_operation_and_type_as_the_types_metadata_document_does()
    {
        var app = await GetAsync(Client.Http, "/api/metadata/app.json");
        var types = await GetAsync(Client.Http, "/api/types/metadata");
        var api = app["api"]!.AsObject();
        var model = SharedHost.Host.Services.GetRequiredService<ServiceMetadata>();

        var operations = api["operations"]!.AsArray().Select(o => o!.AsObject()).ToList();
        Assert.That(operations.Select(o => o["request"]!["name"]!.GetValue<string>()), Is.EquivalentTo(model.Operations.Select(o => o.Name)));
        // The same descriptions: each operation is /types/metadata's with the access members added at its end.
        var documented = types["operations"]!.AsArray().Select(o => o!.AsObject()).ToList();
        for (var i = 0; i < operations.Count; i++)
        {
            var withoutAccess = operations[i].DeepClone().AsObject();
            withoutAccess.Remove("requiresAuth");
            withoutAccess.Remove("requiresAnyRole");
            Assert.That(withoutAccess.ToJsonString(), Is.EqualTo(documented[i].ToJsonString()));
        }
        Assert.That(api["types"]!.ToJsonString(), Is.EqualTo(types["types"]!.ToJsonString()));
        Assert.That(api["namespaces"]!.ToJsonString(), Is.EqualTo(types["namespaces"]!.ToJsonString()));
    }

    [Test]
    public async Task RequiresAuth_is_true_exactly_for_the_operations_that_refuse_an_anonymous_caller()
    {
        using var anonymous = SharedHost.Host.CreateAnonymousClient();
        var app = await GetAsync(anonymous.Http, "/api/metadata/app.json");
        var operations = app["api"]!["operations"]!.AsArray().Select(o => o!.AsObject()).ToList();
        var anonymousOperations = new List<string>();
        foreach (var operation in operations)
        {
            var name = operation["request"]!["name"]!.GetValue<string>();
            var requiresAuth = operation["requiresAuth"]!.GetValue<bool>();
            if (!requiresAuth)
            {
                anonymousOperations.Add(name);
                continue;
            }
            // Sent without a credential to its first route (any path value will do: the credential is checked first).
            var route = operation["routes"]!.AsArray().FirstOrDefault();
            var verb = route?["verbs"]?.GetValue<string>().Split(',')[0] ?? operation["method"]?.GetValue<string>() ?? "POST";
            var path = route is null ? $"/api/json/reply/{name}" : "/api" + FillVariables(route["path"]!.GetValue<string>());
            using var request = new HttpRequestMessage(new HttpMethod(verb), path);
            if (verb is "POST" or "PUT" or "PATCH") request.Content = new StringContent("{}", System.Text.Encoding.UTF8, "application/json");
            using var response = await anonymous.Http.SendAsync(request);
            Assert.That((int)response.StatusCode, Is.EqualTo(401), $"{name}: {verb} {path}");
        }
        // Those it marks anonymous are the ones the contract marks [AllowAnonymous], and one of them answers a stranger.
        var marked = SharedHost.Host.Services.GetRequiredService<ServiceMetadata>().Operations
            .Where(o => o.RequestType.GetCustomAttribute<AllowAnonymousAttribute>(inherit: true) is not null && o.RequiredRoles.Count == 0)
            .Select(o => o.Name);
        Assert.That(anonymousOperations, Is.EquivalentTo(marked));
        Assert.That(anonymousOperations, Does.Contain("Ping"));
        using var ping = await anonymous.Http.GetAsync("/api/ping");
        Assert.That((int)ping.StatusCode, Is.EqualTo(200));
    }

    [Test]
    public async Task Metadata_app_without_the_extension_is_the_same_document()
    {
        var json = await Client.Http.GetStringAsync("/api/metadata/app.json");
        var plain = await Client.Http.GetStringAsync("/api/metadata/app");
        Assert.That(plain, Is.EqualTo(json));
    }

    private static string FillVariables(string path) =>
        System.Text.RegularExpressions.Regex.Replace(path, @"\{[^}]+\}", "0b5c0a7e2d3f4e1a8b9c0d1e2f3a4b5c");
}
