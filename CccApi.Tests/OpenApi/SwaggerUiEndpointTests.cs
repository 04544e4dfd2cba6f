using System.Net;
using CccApi.Tests.Infrastructure;
using CccApi.Tests.Metadata;

namespace CccApi.Tests.OpenApi;

/// <summary>/api/swagger-ui/ serves the packaged Swagger UI from this host, and the metadata index links it and both documents.</summary>
public sealed class SwaggerUiEndpointTests : ApiTest
{
    [Test]
    public async Task Swagger_ui_without_the_slash_redirects_to_the_folder()
    {
        using var response = await Client.Http.GetAsync("/api/swagger-ui");

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.MovedPermanently));
        Assert.That(response.Headers.Location?.ToString(), Is.EqualTo("/api/swagger-ui/"));
    }

    [Test]
    public async Task The_folder_serves_the_page_and_its_assets_locally_pointed_at_the_documents()
    {
        using var page = await Client.Http.GetAsync("/api/swagger-ui/");
        var html = await page.Content.ReadAsStringAsync();
        var config = await Client.Http.GetStringAsync("/api/swagger-ui/index.js");

        Assert.Multiple(() =>
        {
            Assert.That(page.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(page.Content.Headers.ContentType?.MediaType, Is.EqualTo("text/html"));
            Assert.That(html, Does.Contain("<title>CCC API v8.4.0.0</title>").And.Contain("swagger-ui-bundle.js"));
            Assert.That(html, Does.Not.Contain("//cdn").And.Not.Contain("unpkg"), "every asset comes from this host");
            Assert.That(config, Does.Contain("\"url\":\"/api/openapi.json\"").And.Contain("\"url\":\"/api/openapi\""));
        });
        foreach (var asset in new[] { "swagger-ui-bundle.js", "swagger-ui-standalone-preset.js", "swagger-ui.css", "index.css" })
        {
            using var response = await Client.Http.GetAsync("/api/swagger-ui/" + asset);
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), asset);
        }
    }

    [Test]
    public async Task The_metadata_index_links_swagger_ui_and_both_documents()
    {
        var page = await Client.Http.GetPageAsync("/api/metadata");

        Assert.That(page.Html, Does.Contain("<h3>Plugin Links:</h3>"));
        Assert.That(ReferencePages.Links(page.Html), Is.SupersetOf(new[]
        {
            "http://localhost/api/swagger-ui/", "http://localhost/api/openapi", "http://localhost/api/openapi.json",
        }));
    }
}
