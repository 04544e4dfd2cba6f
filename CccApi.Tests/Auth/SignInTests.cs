using System.Net;
using System.Text.Json.Nodes;
using CccApi.Tests.Infrastructure;

namespace CccApi.Tests.Auth;

/// <summary>ServiceStack's credentials sign-in: the session works as the ss-id cookie and the X-ss-id header until logout.</summary>
public sealed class SignInTests
{
    private static TestHost Host => SharedHost.Host;

    private static async Task<ApiResult> SignInAsync(ApiClient client, string path = "/api/auth/credentials", object? body = null) =>
        await client.PostAsync(path, body ?? new { userName = Host.SuperUserEmail, password = Host.SuperUserPassword });

    [Test]
    public async Task Credentials_sign_in_answers_the_authenticate_response_and_sets_an_http_only_cookie()
    {
        using var anonymous = Host.CreateAnonymousClient();

        var result = await SignInAsync(anonymous);

        ApiAssert.IsOk(result);
        var sessionId = result.Text("sessionId");
        Assert.Multiple(() =>
        {
            Assert.That(sessionId, Has.Length.GreaterThanOrEqualTo(40));
            Assert.That(result.Text("userName"), Is.EqualTo(Host.SuperUserEmail));
            Assert.That(result.Text("displayName"), Is.EqualTo(Host.SuperUserEmail));
            Assert.That(result.Text("userId"), Has.Length.EqualTo(32));
            Assert.That(result.Json["roles"]!.AsArray().Select(r => r!.GetValue<string>()), Is.EqualTo(new[] { "SuperUser" }));
            Assert.That(result.Body, Does.Not.Contain(Host.SuperUserPassword));
            var cookie = result.Headers.GetValues("Set-Cookie").Single();
            Assert.That(cookie, Does.StartWith($"ss-id={sessionId};"));
            Assert.That(cookie, Does.Contain("httponly").IgnoreCase);
        });
    }

    [Test]
    public async Task The_auth_route_takes_the_provider_in_the_body()
    {
        using var anonymous = Host.CreateAnonymousClient();

        var result = await SignInAsync(anonymous, "/api/auth",
            new { provider = "credentials", userName = Host.SuperUserEmail.ToUpperInvariant(), password = Host.SuperUserPassword, rememberMe = true });

        ApiAssert.IsOk(result);
        Assert.That(result.Text("sessionId"), Is.Not.Empty);
    }

    [Test]
    public async Task The_session_works_as_the_x_ss_id_header_and_as_the_cookie_until_logout()
    {
        using var anonymous = Host.CreateAnonymousClient();
        var sessionId = (await SignInAsync(anonymous)).Text("sessionId");

        Assert.That((await SendWithAsync(anonymous, "X-ss-id", sessionId, HttpMethod.Get, "/api/sites")).StatusCode, Is.EqualTo(200));
        Assert.That((await SendWithAsync(anonymous, "Cookie", $"ss-id={sessionId}", HttpMethod.Get, "/api/sites")).StatusCode, Is.EqualTo(200));

        var logout = await SendWithAsync(anonymous, "Cookie", $"ss-id={sessionId}", HttpMethod.Post, "/api/auth/logout");
        ApiAssert.IsOk(logout);
        Assert.That(logout.Headers.GetValues("Set-Cookie").Select(c => c[..c.IndexOf(';', StringComparison.Ordinal)]),
            Is.EquivalentTo(new[] { "ss-id=", "ss-pid=", "ss-opt=" }));

        var afterHeader = await SendWithAsync(anonymous, "X-ss-id", sessionId, HttpMethod.Get, "/api/sites");
        var afterCookie = await SendWithAsync(anonymous, "Cookie", $"ss-id={sessionId}", HttpMethod.Get, "/api/sites");
        ApiAssert.IsError(afterHeader, HttpStatusCode.Unauthorized, "Unauthorized");
        ApiAssert.IsError(afterCookie, HttpStatusCode.Unauthorized, "Unauthorized");
    }

    [Test]
    public async Task Logout_with_an_api_key_and_a_session_cookie_ends_that_session_too()
    {
        using var anonymous = Host.CreateAnonymousClient();
        var sessionId = (await SignInAsync(anonymous)).Text("sessionId");
        var permanentId = (await SignInAsync(anonymous, body: new { userName = Host.SuperUserEmail, password = Host.SuperUserPassword, rememberMe = true })).Text("sessionId");

        var request = new HttpRequestMessage(HttpMethod.Post, "/api/auth/logout") { Content = JsonContent(new JsonObject()) };
        request.Headers.Add("Authorization", $"Bearer {Host.SuperUserApiKey}");
        request.Headers.Add("Cookie", $"ss-id={sessionId}; ss-pid={permanentId}");
        using var withoutCookieJar = new ApiClient(Host.CreateRawClient(handleCookies: false));
        var logout = await withoutCookieJar.SendAsync(request);

        ApiAssert.IsOk(logout);
        ApiAssert.IsError(await SendWithAsync(anonymous, "X-ss-id", sessionId, HttpMethod.Get, "/api/sites"), HttpStatusCode.Unauthorized, "Unauthorized");
        ApiAssert.IsError(await SendWithAsync(anonymous, "X-ss-id", permanentId, HttpMethod.Get, "/api/sites"), HttpStatusCode.Unauthorized, "Unauthorized");
        using var keyed = Host.CreateClient(Host.SuperUserApiKey);
        ApiAssert.IsOk(await keyed.GetAsync("/api/sites"));
    }

    [Test]
    public async Task A_wrong_password_is_401_with_a_response_status()
    {
        using var anonymous = Host.CreateAnonymousClient();

        var result = await SignInAsync(anonymous, body: new { userName = Host.SuperUserEmail, password = Host.SuperUserPassword + "x" });

        ApiAssert.IsError(result, HttpStatusCode.Unauthorized, "Unauthorized");
        Assert.That(result.ResponseStatus!["message"]!.GetValue<string>(), Is.EqualTo("Invalid UserName or Password"));
        Assert.That(result.Headers.Contains("Set-Cookie"), Is.False);
    }

    [Test]
    public async Task An_unknown_user_is_401_like_a_wrong_password()
    {
        using var anonymous = Host.CreateAnonymousClient();

        var result = await SignInAsync(anonymous, body: new { userName = "nobody@tests.invalid", password = "whatever" });

        ApiAssert.IsError(result, HttpStatusCode.Unauthorized, "Unauthorized");
    }

    [Test]
    public async Task A_made_up_session_id_is_401()
    {
        using var anonymous = Host.CreateAnonymousClient();

        var result = await SendWithAsync(anonymous, "X-ss-id", "not-a-session", HttpMethod.Get, "/api/sites");

        ApiAssert.IsError(result, HttpStatusCode.Unauthorized, "Unauthorized");
    }

    private static Task<ApiResult> SendWithAsync(ApiClient client, string header, string value, HttpMethod method, string path)
    {
        var request = new HttpRequestMessage(method, path);
        request.Headers.Add(header, value);
        if (method == HttpMethod.Post) request.Content = JsonContent(new JsonObject());
        return client.SendAsync(request);
    }

    private static StringContent JsonContent(JsonNode body) => new(body.ToJsonString(), System.Text.Encoding.UTF8, "application/json");
}
