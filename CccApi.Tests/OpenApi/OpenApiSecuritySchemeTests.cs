using CccApi.Tests.Infrastructure;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using ServiceStackCompat;
using ServiceStackCompat.Metadata;
using ServiceStackCompat.OpenApi;
using ServiceStackCompat.Validation;

namespace CccApi.Tests.OpenApi;

/// <summary>The authentication extension point: a registered API-key scheme appears in both documents, required by every operation.</summary>
public sealed class OpenApiSecuritySchemeTests
{
    [Test]
    public void A_registered_scheme_is_declared_and_required_in_both_documents()
    {
        var metadata = SharedHost.Host.Services.GetRequiredService<ServiceMetadata>();
        var options = SharedHost.Host.Services.GetRequiredService<IOptions<ServiceHostOptions>>();
        var limits = SharedHost.Host.Services.GetRequiredService<ValidationLimits>();
        var documents = new OpenApiDocuments(metadata, options, [new OpenApiSecurityScheme("ApiKey", "X-Api-Key", Description: "The API key of the caller.")], limits);
        var request = new DefaultHttpContext { Request = { Scheme = "http", Host = new HostString("localhost") } }.Request;

        var v2 = documents.Swagger2.For(request);
        var v3 = documents.OpenApi31.For(request);

        Assert.Multiple(() =>
        {
            Assert.That(v2["securityDefinitions"]?["ApiKey"]?.ToJsonString(), Is.EqualTo("""{"type":"apiKey","name":"X-Api-Key","in":"header","description":"The API key of the caller."}"""));
            Assert.That(v3["components"]?["securitySchemes"]?["ApiKey"]?["name"]?.GetValue<string>(), Is.EqualTo("X-Api-Key"));
            Assert.That(v2["security"]?.ToJsonString(), Is.EqualTo("""[{"ApiKey":[]}]"""));
            Assert.That(v3["security"]?.ToJsonString(), Is.EqualTo("""[{"ApiKey":[]}]"""));
        });
    }

    [Test]
    public void A_scheme_travels_only_where_both_versions_allow_an_api_key()
    {
        Assert.Throws<ArgumentException>(() => _ = new OpenApiSecurityScheme("Session", "ss-id", "cookie"));
    }
}
