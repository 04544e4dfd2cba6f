using CccApi.Tests.Infrastructure;

namespace CccApi.Tests.Wire;

/// <summary>
/// Every answer a cache could mix up by format says <c>Vary: Accept</c> (operations and their errors, native
/// types, the OpenAPI documents, an unmatched path's 404); the HTML metadata pages do not, as ServiceStack's.
/// </summary>
public sealed class VaryHeaderTests : ApiTest
{
    [TestCase("/api/ping")]
    [TestCase("/api/sites/not-a-guid")]
    [TestCase("/api/no/such/path")]
    [TestCase("/api/types/csharp")]
    [TestCase("/api/types/typescript")]
    [TestCase("/api/types/metadata")]
    [TestCase("/api/openapi")]
    [TestCase("/api/openapi.json")]
    public async Task The_answer_varies_by_accept(string path)
    {
        using var response = await Client.Http.GetAsync(path);

        Assert.That(response.Headers.Vary, Does.Contain("Accept"), $"{(int)response.StatusCode} {path}");
    }

    [TestCase("/api/metadata")]
    [TestCase("/api/json/metadata?op=Ping")]
    public async Task An_html_metadata_page_does_not(string path)
    {
        using var response = await Client.Http.GetAsync(path);

        Assert.That(response.Headers.Vary, Is.Empty, path);
    }
}
