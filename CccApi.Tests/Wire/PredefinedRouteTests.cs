using System.Net.Http.Headers;
using System.Text;
using CccApi.ServiceInterface.Data;
using CccApi.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CccApi.Tests.Wire;

public sealed class PredefinedRouteTests : ApiTest
{
    private async Task<ApiResult> SendAsync(HttpMethod method, string path, string? body, string? contentType)
    {
        using var request = new HttpRequestMessage(method, path);
        if (body is not null)
        {
            request.Content = new ByteArrayContent(Encoding.UTF8.GetBytes(body));
            if (contentType is not null) request.Content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
        }
        return await Client.SendAsync(request);
    }

    [TestCase("/api/json/reply/CreateService")]
    [TestCase("/api/json/oneway/CreateService")]
    [TestCase("/api/JSON/REPLY/createservice")]
    [TestCase("/api/CreateService")]
    [TestCase("/api/api/CreateService")]
    public async Task Operations_are_reachable_by_name(string path)
    {
        var setup = await Given.ResellerWithCollectionAsync();
        var domain = Scenario.UniqueDomain();
        var result = await SendAsync(HttpMethod.Post, path, $"{{\"primaryDomain\":\"{domain}\",\"resellerGuid\":\"{setup.Reseller:N}\"}}", null);

        Assert.That(result.StatusCode, Is.EqualTo(200), result.ToString());
        Assert.That(result.ContentType!.MediaType, Is.EqualTo("application/json"));
        Assert.That(result.Text("adminUsername"), Is.EqualTo($"admin@{domain}"));
    }

    [TestCase(null)]
    [TestCase("application/jsv")]
    [TestCase("text/jsv; charset=utf-8")]
    public async Task The_body_is_read_in_the_routes_format_when_the_content_type_is_absent_or_that_format(string? contentType)
    {
        var setup = await Given.ResellerWithCollectionAsync();
        var domain = Scenario.UniqueDomain();
        var result = await SendAsync(HttpMethod.Post, "/api/jsv/reply/CreateService",
            $"{{primaryDomain:{domain},resellerGuid:{setup.Reseller:N}}}", contentType);

        Assert.That(result.StatusCode, Is.EqualTo(200), result.ToString());
        Assert.That(result.ContentType!.MediaType, Is.EqualTo("application/jsv"));
        Assert.That(result.Body, Does.Contain($"adminUsername:admin@{domain}"));
    }

    [TestCase("/api/jsv/reply/CreateService", "application/json")]
    [TestCase("/api/json/oneway/CreateService", "application/jsv")]
    [TestCase("/api/json/reply/CreateService", "text/plain")]
    public async Task A_body_in_another_format_than_the_routes_is_a_415_naming_the_content_type(string path, string contentType)
    {
        var setup = await Given.ResellerWithCollectionAsync();
        var domain = Scenario.UniqueDomain();

        var result = await SendAsync(HttpMethod.Post, path, $"{{\"primaryDomain\":\"{domain}\",\"resellerGuid\":\"{setup.Reseller:N}\"}}", contentType);

        Assert.That(result.StatusCode, Is.EqualTo(415), result.ToString());
        Assert.That(result.Body, Does.Contain($"The Content-Type '{contentType}' is not supported."));
        await using var scope = SharedHost.Host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CccDbContext>();
        Assert.That(await db.Services.CountAsync(s => s.PrimaryDomain == domain), Is.Zero, "nothing was written");
    }

    [Test]
    public async Task The_query_string_fills_only_what_the_body_left_empty()
    {
        var setup = await Given.ResellerWithCollectionAsync();
        var domain = Scenario.UniqueDomain();
        var result = await SendAsync(HttpMethod.Post, $"/api/json/reply/CreateService?primaryDomain=ignored.example.com&resellerGuid={setup.Reseller:N}",
            $"{{\"primaryDomain\":\"{domain}\"}}", "application/json");

        Assert.That(result.StatusCode, Is.EqualTo(200), result.ToString());
        Assert.That(result.Text("adminUsername"), Is.EqualTo($"admin@{domain}"));
    }

    [TestCase("xml", "application/xml")]
    [TestCase("csv", "text/csv")]
    public async Task Each_format_has_its_predefined_routes(string format, string mediaType)
    {
        var setup = await Given.ResellerWithCollectionAsync();
        var service = await Given.ServiceAsync(setup.Reseller);
        var result = await SendAsync(HttpMethod.Get, $"/api/{format}/reply/GetService?ServiceGuid={service:N}", null, null);

        Assert.That(result.StatusCode, Is.EqualTo(200), result.ToString());
        Assert.That(result.ContentType!.MediaType, Is.EqualTo(mediaType));
    }

    [Test]
    public async Task An_unknown_operation_is_a_405_not_implemented()
    {
        var result = await SendAsync(HttpMethod.Post, "/api/json/reply/NoSuchOp", "{}", "application/json");

        Assert.That(result.StatusCode, Is.EqualTo(405));
        Assert.That(result.ErrorCode, Is.EqualTo("NotImplementedException"));
        Assert.That(result.ResponseStatus!["message"]!.GetValue<string>(), Is.EqualTo("The operation does not exist for this service"));
        Assert.That(result.Errors, Is.Empty);
    }

    [Test]
    public async Task Literal_routes_keep_precedence_and_other_paths_stay_404()
    {
        var ping = await SendAsync(HttpMethod.Get, "/api/ping", null, null);
        var unknown = await SendAsync(HttpMethod.Post, "/api/NoSuchOp", "{}", "application/json");
        var deeper = await SendAsync(HttpMethod.Post, "/api/x/y/CreateService", "{}", "application/json");

        Assert.That(ping.Text("version"), Is.Not.Empty);
        Assert.That(unknown.StatusCode, Is.EqualTo(404));
        Assert.That(unknown.Body, Is.Empty);
        Assert.That(deeper.StatusCode, Is.EqualTo(404));
    }

    [Test]
    public async Task The_json_api_route_never_lets_a_get_reach_an_operation_that_writes()
    {
        var setup = await Given.ResellerWithCollectionAsync();
        var viaGet = await SendAsync(HttpMethod.Get, $"/api/CreateService?primaryDomain={Scenario.UniqueDomain()}&resellerGuid={setup.Reseller:N}", null, null);
        var readViaPost = await SendAsync(HttpMethod.Post, "/api/Ping", "{}", "application/json");

        Assert.That(viaGet.StatusCode, Is.EqualTo(405), viaGet.ToString());
        Assert.That(viaGet.ErrorCode, Is.EqualTo("NotImplementedException"));
        Assert.That(readViaPost.StatusCode, Is.EqualTo(200), readViaPost.ToString());
    }
}
