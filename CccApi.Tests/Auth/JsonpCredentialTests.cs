using CccApi.Tests.Infrastructure;

namespace CccApi.Tests.Auth;

/// <summary>
/// A script tag on any site sends the browser's cookies: under ServiceHost:Jsonp
/// AnonymousAndApiKeyOnly (the default) a session cookie never authenticates a <c>?callback=</c>
/// request; On lets it, Off answers no JSONP at all.
/// </summary>
public sealed class JsonpCredentialTests
{
    private const string Sites = "/api/sites?callback=cb";

    [Test]
    public async Task By_default_a_session_cookie_does_not_authenticate_a_callback_request_but_a_header_or_an_api_key_does()
    {
        var host = SharedHost.Host;
        var session = await SignInAsync(host);

        var byCookie = await SendAsync(host, Sites, ("Cookie", $"ss-id={session}"));
        var byHeader = await SendAsync(host, Sites, ("X-ss-id", session));
        var byKey = await SendAsync(host, Sites, ("Authorization", $"Bearer {host.SuperUserApiKey}"));
        var byCookieWithoutCallback = await SendAsync(host, "/api/sites", ("Cookie", $"ss-id={session}"));

        Assert.Multiple(() =>
        {
            Assert.That(byCookie.Body, Does.StartWith("cb(").And.Contain("\"errorCode\":\"Unauthorized\""), "the cookie was read");
            Assert.That(byHeader.Body, Does.StartWith("cb(").And.Not.Contain("responseStatus"));
            Assert.That(byKey.Body, Does.StartWith("cb(").And.Not.Contain("responseStatus"));
            Assert.That(byCookieWithoutCallback.StatusCode, Is.EqualTo(200), "outside JSONP the cookie works as before");
        });
    }

    [Test]
    public async Task On_lets_a_session_cookie_authenticate_a_callback_request()
    {
        await using var host = new TestHost(new TestHostOptions { Settings = { ["ServiceHost:Jsonp"] = "On" } });
        var session = await SignInAsync(host);

        var byCookie = await SendAsync(host, Sites, ("Cookie", $"ss-id={session}"));

        Assert.That(byCookie.Body, Does.StartWith("cb(").And.Not.Contain("responseStatus"));
    }

    [Test]
    public async Task Off_ignores_the_callback_and_answers_plain_json()
    {
        await using var host = new TestHost(new TestHostOptions { Settings = { ["ServiceHost:Jsonp"] = "Off" } });

        var answer = await SendAsync(host, Sites, ("Authorization", $"Bearer {host.SuperUserApiKey}"));

        Assert.That(answer.StatusCode, Is.EqualTo(200));
        Assert.That(answer.ContentType?.MediaType, Is.EqualTo("application/json"));
        Assert.That(answer.Body, Does.StartWith("{\"pageSize\":"));
    }

    private static async Task<string> SignInAsync(TestHost host)
    {
        using var anonymous = host.CreateAnonymousClient();
        var signedIn = await anonymous.PostAsync("/api/auth/credentials", new { userName = host.SuperUserEmail, password = host.SuperUserPassword });
        ApiAssert.IsOk(signedIn);
        return signedIn.Text("sessionId");
    }

    private static async Task<ApiResult> SendAsync(TestHost host, string path, (string Name, string Value) header)
    {
        using var client = new ApiClient(host.CreateRawClient(handleCookies: false));
        var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.TryAddWithoutValidation(header.Name, header.Value);
        return await client.SendAsync(request);
    }
}
