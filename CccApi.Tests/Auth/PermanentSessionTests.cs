using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using CccApi.ServiceInterface.Auth;
using CccApi.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace CccApi.Tests.Auth;

/// <summary>
/// ServiceStack's "remember me": sign-in with rememberMe sets the permanent ss-pid cookie and ss-opt=perm
/// besides the temporary ss-id, and the session then works from ss-pid alone until logout.
/// </summary>
public sealed class PermanentSessionTests
{
    private static TestHost Host => SharedHost.Host;

    private static int RememberMeDays => Host.Services.GetRequiredService<IOptions<AuthenticationSettings>>().Value.RememberMeDays;

    /// <summary>Signs in on a fresh client, so that no cookie from an earlier response is sent along.</summary>
    private static async Task<ApiResult> SignInAsync(bool? rememberMe, string baseUrl = "http://localhost", string? cookies = null)
    {
        using var client = Host.CreateAnonymousClient();
        var request = new HttpRequestMessage(HttpMethod.Post, $"{baseUrl}/api/auth/credentials")
        {
            Content = JsonContent.Create(new { userName = Host.SuperUserEmail, password = Host.SuperUserPassword, rememberMe }),
        };
        if (cookies is not null) request.Headers.Add("Cookie", cookies);
        return await client.SendAsync(request);
    }

    /// <summary>Sends exactly <paramref name="cookies"/> as the request's only credential.</summary>
    private static async Task<ApiResult> SendWithCookiesAsync(string cookies, HttpMethod method, string path)
    {
        using var client = Host.CreateAnonymousClient();
        var request = new HttpRequestMessage(method, path);
        request.Headers.Add("Cookie", cookies);
        if (method == HttpMethod.Post) request.Content = JsonContent.Create(new { });
        return await client.SendAsync(request);
    }

    /// <summary>The Set-Cookie headers by cookie name.</summary>
    private static Dictionary<string, string> SetCookies(ApiResult result) =>
        result.Headers.TryGetValues("Set-Cookie", out var values)
            ? values.ToDictionary(v => v[..v.IndexOf('=', StringComparison.Ordinal)], v => v)
            : [];

    private static DateTimeOffset ExpiresOf(string setCookie)
    {
        var attribute = setCookie.Split(';').Select(a => a.Trim()).Single(a => a.StartsWith("expires=", StringComparison.OrdinalIgnoreCase));
        return DateTimeOffset.Parse(attribute["expires=".Length..], CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal);
    }

    [Test]
    public async Task Remember_me_sets_ss_id_and_the_permanent_ss_pid_and_ss_opt_perm_expiring_with_the_session()
    {
        var result = await SignInAsync(rememberMe: true);

        ApiAssert.IsOk(result);
        var sessionId = result.Text("sessionId");
        var cookies = SetCookies(result);
        Assert.That(cookies.Keys, Is.EquivalentTo(new[] { "ss-id", "ss-pid", "ss-opt" }));
        var remembered = DateTimeOffset.UtcNow.AddDays(RememberMeDays);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(cookies["ss-id"], Does.StartWith($"ss-id={sessionId};"));
            Assert.That(cookies["ss-id"], Does.Not.Contain("expires=").IgnoreCase, "ss-id lasts as long as the browser session");
            Assert.That(cookies["ss-pid"], Does.StartWith($"ss-pid={sessionId};"));
            Assert.That(cookies["ss-opt"], Does.StartWith("ss-opt=perm;"));
            Assert.That(ExpiresOf(cookies["ss-pid"]), Is.EqualTo(remembered).Within(TimeSpan.FromMinutes(1)));
            Assert.That(ExpiresOf(cookies["ss-opt"]), Is.EqualTo(remembered).Within(TimeSpan.FromMinutes(1)));
            foreach (var cookie in cookies.Values)
            {
                Assert.That(cookie, Does.Contain("httponly").IgnoreCase);
                Assert.That(cookie, Does.Contain("path=/").IgnoreCase);
                Assert.That(cookie, Does.Not.Contain("secure").IgnoreCase, "the request was plain http");
            }
        }
    }

    [Test]
    public async Task Over_https_the_session_cookies_are_secure()
    {
        var result = await SignInAsync(rememberMe: true, baseUrl: "https://localhost");

        ApiAssert.IsOk(result);
        var cookies = SetCookies(result);
        Assert.That(cookies.Keys, Is.EquivalentTo(new[] { "ss-id", "ss-pid", "ss-opt" }));
        foreach (var cookie in cookies.Values)
            Assert.That(cookie, Does.Contain("secure").IgnoreCase);
    }

    [Test]
    public async Task A_request_carrying_only_ss_pid_is_authenticated_until_logout_which_clears_all_three_cookies()
    {
        var sessionId = (await SignInAsync(rememberMe: true)).Text("sessionId");

        ApiAssert.IsOk(await SendWithCookiesAsync($"ss-pid={sessionId}", HttpMethod.Get, "/api/sites"));
        ApiAssert.IsOk(await SendWithCookiesAsync($"ss-opt=perm; ss-id=stale-temporary-id; ss-pid={sessionId}", HttpMethod.Get, "/api/sites"));

        var logout = await SendWithCookiesAsync($"ss-opt=perm; ss-pid={sessionId}", HttpMethod.Post, "/api/auth/logout");

        ApiAssert.IsOk(logout);
        var cleared = SetCookies(logout);
        Assert.That(cleared.Keys, Is.EquivalentTo(new[] { "ss-id", "ss-pid", "ss-opt" }));
        foreach (var (name, cookie) in cleared)
        {
            Assert.That(cookie, Does.StartWith($"{name}=;"));
            Assert.That(ExpiresOf(cookie), Is.LessThan(DateTimeOffset.UtcNow), "an expiry in the past removes the cookie");
        }
        ApiAssert.IsError(await SendWithCookiesAsync($"ss-pid={sessionId}", HttpMethod.Get, "/api/sites"), HttpStatusCode.Unauthorized, "Unauthorized");
        ApiAssert.IsError(await SendWithCookiesAsync($"ss-id={sessionId}", HttpMethod.Get, "/api/sites"), HttpStatusCode.Unauthorized, "Unauthorized");
    }

    [Test]
    public async Task With_ss_opt_perm_the_session_is_the_one_in_ss_pid_not_ss_id()
    {
        var remembered = (await SignInAsync(rememberMe: true)).Text("sessionId");

        var temporaryIsBad = await SendWithCookiesAsync($"ss-id=not-a-session; ss-pid={remembered}", HttpMethod.Get, "/api/sites");
        var permanentChosen = await SendWithCookiesAsync($"ss-opt=perm; ss-id=not-a-session; ss-pid={remembered}", HttpMethod.Get, "/api/sites");

        ApiAssert.IsError(temporaryIsBad, HttpStatusCode.Unauthorized, "Unauthorized");
        ApiAssert.IsOk(permanentChosen);
    }

    [TestCase(false)]
    [TestCase(null)]
    public async Task Without_remember_me_there_is_no_ss_pid(bool? rememberMe)
    {
        var result = await SignInAsync(rememberMe);

        ApiAssert.IsOk(result);
        Assert.That(SetCookies(result).Keys, Is.EqualTo(new[] { "ss-id" }));
    }

    [Test]
    public async Task An_ordinary_sign_in_removes_the_permanent_cookies_of_an_earlier_remembered_one()
    {
        var earlier = (await SignInAsync(rememberMe: true)).Text("sessionId");

        var result = await SignInAsync(rememberMe: false, cookies: $"ss-opt=perm; ss-pid={earlier}");

        ApiAssert.IsOk(result);
        var cookies = SetCookies(result);
        Assert.That(cookies.Keys, Is.EquivalentTo(new[] { "ss-id", "ss-pid", "ss-opt" }));
        using (Assert.EnterMultipleScope())
        {
            Assert.That(cookies["ss-id"], Does.StartWith($"ss-id={result.Text("sessionId")};"));
            Assert.That(cookies["ss-pid"], Does.StartWith("ss-pid=;"));
            Assert.That(cookies["ss-opt"], Does.StartWith("ss-opt=;"));
        }
    }
}
