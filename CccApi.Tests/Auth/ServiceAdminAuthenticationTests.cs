using System.Diagnostics;
using System.Net;
using CccApi.ServiceInterface.Data;
using CccApi.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CccApi.Tests.Auth;

/// <summary>
/// AuthenticateServiceAdminUser against a messaging platform the tests run on a real HTTP server (loopback, which
/// this fixture's host allows): the platform's answer decides, and the session answered is the Service admin's.
/// </summary>
public sealed class ServiceAdminAuthenticationTests
{
    private TestHost _host = null!;
    private FakeMessagingPlatform _platform = null!;
    private ApiClient _superUser = null!;

    [OneTimeSetUp]
    public async Task StartAsync()
    {
        _platform = await FakeMessagingPlatform.StartAsync();
        _host = new TestHost(new TestHostOptions
        {
            Settings =
            {
                ["Validation:AllowHttpToLoopback"] = "true",
                ["ServiceAdminAuthentication:AllowPrivateNetworkTargets"] = "true",
                ["ServiceAdminAuthentication:TimeoutSeconds"] = "2",
            },
        });
        _superUser = _host.CreateSuperUserClient();
    }

    [OneTimeTearDown]
    public async Task StopAsync()
    {
        _superUser.Dispose();
        await _host.DisposeAsync();
        await _platform.DisposeAsync();
    }

    private sealed record AdminedService(Guid Partner, Guid Reseller, Guid Service, string AdminEmail);

    /// <summary>A service whose system user (so its Service admin) is owner@{domain}, in a collection on <paramref name="servicesApiBaseUrl"/>.</summary>
    private async Task<AdminedService> ServiceAsync(string? servicesApiBaseUrl)
    {
        var given = new Scenario(_superUser);
        var partner = await given.PartnerAsync();
        var reseller = await given.ResellerAsync(partner);
        var site = await given.SiteAsync();
        var collection = await _superUser.PostAsync($"/api/resellers/{reseller:N}/collections",
            new { siteGuid = site, name = "Collection", collectionCode = Scenario.Unique("C"), servicesApiBaseUrl });
        ApiAssert.IsOk(collection);
        var domain = Scenario.UniqueDomain();
        var service = await given.ServiceAsync(reseller, new { systemUser = new { email = $"Owner@{domain}", firstName = "Owner" } });
        return new AdminedService(partner, reseller, service, $"owner@{domain}");
    }

    private Task<AdminedService> ServiceOnPlatformAsync() => ServiceAsync(_platform.BaseAddress.ToString().TrimEnd('/'));

    private async Task<ApiResult> AuthenticateAsync(Guid serviceGuid, string token, bool? rememberMe = null)
    {
        using var anonymous = _host.CreateAnonymousClient();
        return await anonymous.PostAsync($"/api/services/{serviceGuid:N}/authenticate", new { token, rememberMe });
    }

    private async Task<ApiResult> WithSessionAsync(string sessionId, string path)
    {
        using var anonymous = _host.CreateAnonymousClient();
        var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Add("X-ss-id", sessionId);
        return await anonymous.SendAsync(request);
    }

    private async Task<DateTime> SessionExpiryAsync(string email)
    {
        await using var scope = _host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CccDbContext>();
        return await db.AdminSessions.Where(s => db.AdminUsers.Any(u => u.Id == s.AdminUserId && u.Email == email))
            .Select(s => s.ExpiresOn).SingleAsync();
    }

    [Test]
    public async Task A_valid_token_of_the_services_admin_answers_a_session_of_its_Service_admin()
    {
        var owned = await ServiceOnPlatformAsync();
        var other = await ServiceOnPlatformAsync();
        var token = _platform.Issue(owned.Service, owned.AdminEmail.ToUpperInvariant());

        var result = await AuthenticateAsync(owned.Service, token);

        ApiAssert.IsOk(result);
        Assert.That(result.Json.AsObject().Select(p => p.Key), Is.EqualTo(new[] { "sessionId", "userName" }), result.Body);
        Assert.That(result.Text("userName"), Is.EqualTo(owned.AdminEmail));
        Assert.That(result.Headers.CacheControl?.NoStore, Is.True, "an answer carrying a session id is never cached");
        var sessionId = result.Text("sessionId");
        var own = await WithSessionAsync(sessionId, $"/api/services/{owned.Service:N}");
        ApiAssert.IsOk(own);
        Assert.That(own.Guid("serviceGuid"), Is.EqualTo(owned.Service));
        var foreign = await WithSessionAsync(sessionId, $"/api/services/{other.Service:N}");
        ApiAssert.IsError(foreign, HttpStatusCode.NotFound, "NotFound", "ServiceGuid");
        var who = await WithSessionAsync(sessionId, "/api/auth");
        Assert.That(who.Json["roles"]!.AsArray().Select(r => r!.GetValue<string>()), Is.EqualTo(new[] { "Service" }));
        Assert.That(who.Text("userName"), Is.EqualTo(owned.AdminEmail));
        // The token went to the platform in the Authorization header, never in the URL, and is nowhere in the logs.
        var sent = _platform.Requests.Where(r => r.Authorization == "Bearer " + token).ToList();
        Assert.That(sent.Select(r => r.PathAndQuery), Is.EqualTo(new[] { $"/ccc/session?serviceGuid={owned.Service:D}" }));
        Assert.That(_host.Logs.AllText, Does.Not.Contain(token));
    }

    [Test]
    public async Task RememberMe_keeps_the_session_for_seven_days_and_without_it_for_the_session_hours()
    {
        var remembered = await ServiceOnPlatformAsync();
        var plain = await ServiceOnPlatformAsync();

        ApiAssert.IsOk(await AuthenticateAsync(remembered.Service, _platform.Issue(remembered.Service, remembered.AdminEmail), rememberMe: true));
        ApiAssert.IsOk(await AuthenticateAsync(plain.Service, _platform.Issue(plain.Service, plain.AdminEmail), rememberMe: false));

        var now = DateTime.UtcNow;
        Assert.That(await SessionExpiryAsync(remembered.AdminEmail), Is.EqualTo(now.AddDays(7)).Within(TimeSpan.FromMinutes(2)));
        Assert.That(await SessionExpiryAsync(plain.AdminEmail), Is.EqualTo(now.AddHours(12)).Within(TimeSpan.FromMinutes(2)));
    }

    [Test]
    public async Task A_token_the_platform_refuses_is_401_and_starts_no_session()
    {
        var service = await ServiceOnPlatformAsync();

        var unknown = await AuthenticateAsync(service.Service, "msg-not-issued");
        var forbidden = await AuthenticateAsync(service.Service, FakeMessagingPlatform.ForbiddenToken);

        ApiAssert.IsError(unknown, HttpStatusCode.Unauthorized, "Unauthorized");
        ApiAssert.HasMessage(unknown, "Invalid MsgAPI session token");
        ApiAssert.IsError(forbidden, HttpStatusCode.Unauthorized, "Unauthorized");
        Assert.That(unknown.Json["sessionId"], Is.Null);
    }

    [TestCase("another user", TestName = "A_session_of_another_user_of_the_service_is_401")]
    [TestCase("not an administrator", TestName = "A_session_of_the_admin_email_without_administrator_rights_is_401")]
    [TestCase("another service", TestName = "A_session_of_another_service_is_401")]
    public async Task The_platform_must_name_the_services_admin_as_an_administrator_of_that_service(string mismatch)
    {
        var service = await ServiceOnPlatformAsync();
        var token = mismatch switch
        {
            "another user" => _platform.Issue(service.Service, "someone-else@example.com"),
            "not an administrator" => _platform.Issue(service.Service, service.AdminEmail, isAdmin: false),
            _ => _platform.Issue(Guid.NewGuid(), service.AdminEmail),
        };

        ApiAssert.IsError(await AuthenticateAsync(service.Service, token), HttpStatusCode.Unauthorized, "Unauthorized");
    }

    [TestCase(FakeMessagingPlatform.FailingToken, TestName = "A_platform_answering_500_is_503")]
    [TestCase(FakeMessagingPlatform.GarbageToken, TestName = "A_platform_answering_something_other_than_the_session_json_is_503")]
    public async Task A_platform_that_cannot_answer_is_503(string token)
    {
        var service = await ServiceOnPlatformAsync();

        var result = await AuthenticateAsync(service.Service, token);

        ApiAssert.IsError(result, HttpStatusCode.ServiceUnavailable, "ServiceUnavailable");
    }

    [Test]
    public async Task A_platform_that_answers_too_late_is_503_after_the_configured_timeout()
    {
        var service = await ServiceOnPlatformAsync();
        var clock = Stopwatch.StartNew();

        var result = await AuthenticateAsync(service.Service, FakeMessagingPlatform.SlowToken);

        ApiAssert.IsError(result, HttpStatusCode.ServiceUnavailable, "ServiceUnavailable");
        Assert.That(clock.Elapsed, Is.GreaterThanOrEqualTo(TimeSpan.FromSeconds(1.9)).And.LessThan(TimeSpan.FromSeconds(15)));
    }

    [Test]
    public async Task A_platform_that_refuses_connections_is_503()
    {
        int closedPort;
        using (var port = new ListeningPort()) closedPort = port.Port;
        var service = await ServiceAsync($"http://127.0.0.1:{closedPort}");

        ApiAssert.IsError(await AuthenticateAsync(service.Service, "msg-any"), HttpStatusCode.ServiceUnavailable, "ServiceUnavailable");
    }

    [Test]
    public async Task A_collection_without_a_services_api_base_url_is_401()
    {
        var service = await ServiceAsync(null);

        var result = await AuthenticateAsync(service.Service, "msg-any");

        ApiAssert.IsError(result, HttpStatusCode.Unauthorized, "Unauthorized");
        ApiAssert.HasMessage(result, "Invalid MsgAPI session token");
    }

    [Test]
    public async Task An_unknown_service_is_404_naming_ServiceGuid()
    {
        ApiAssert.IsError(await AuthenticateAsync(Guid.NewGuid(), "msg-any"), HttpStatusCode.NotFound, "NotFound", "ServiceGuid");
    }

    [Test]
    public async Task A_disabled_partner_shuts_its_services_admin_out_and_reenabling_lets_it_in()
    {
        var service = await ServiceOnPlatformAsync();
        ApiAssert.IsOk(await _superUser.PutAsync($"/api/partners/{service.Partner:N}", new { status = "Disabled" }));

        var refused = await AuthenticateAsync(service.Service, _platform.Issue(service.Service, service.AdminEmail));
        ApiAssert.IsOk(await _superUser.PutAsync($"/api/partners/{service.Partner:N}", new { status = "Active" }));
        var admitted = await AuthenticateAsync(service.Service, _platform.Issue(service.Service, service.AdminEmail));

        ApiAssert.IsError(refused, HttpStatusCode.Unauthorized, "Unauthorized");
        ApiAssert.IsOk(admitted);
    }

    [Test]
    public async Task A_disabled_Service_admin_is_401_with_a_valid_token()
    {
        var service = await ServiceOnPlatformAsync();
        Guid adminId;
        await using (var scope = _host.Services.CreateAsyncScope())
            adminId = await scope.ServiceProvider.GetRequiredService<CccDbContext>().AdminUsers
                .Where(u => u.Email == service.AdminEmail).Select(u => u.Id).SingleAsync();
        ApiAssert.IsOk(await _superUser.PutAsync($"/api/adminusers/{adminId:N}", new { status = "Disabled" }));

        var result = await AuthenticateAsync(service.Service, _platform.Issue(service.Service, service.AdminEmail));

        ApiAssert.IsError(result, HttpStatusCode.Unauthorized, "Unauthorized");
        ApiAssert.HasMessage(result, "Invalid MsgAPI session token");
    }

    [Test]
    public async Task A_missing_or_unprintable_token_is_400_naming_Token_and_the_platform_is_not_called()
    {
        var service = await ServiceOnPlatformAsync();
        var before = _platform.Requests.Count;

        var missing = await AuthenticateAsync(service.Service, "");
        var spaced = await AuthenticateAsync(service.Service, "two words");
        var accented = await AuthenticateAsync(service.Service, "tokén");

        ApiAssert.IsError(missing, HttpStatusCode.BadRequest, "NotEmpty", "Token");
        ApiAssert.IsError(spaced, HttpStatusCode.BadRequest, "VisibleAscii", "Token");
        ApiAssert.IsError(accented, HttpStatusCode.BadRequest, "VisibleAscii", "Token");
        Assert.That(spaced.Body, Does.Not.Contain("two words"), "the token is never echoed back");
        Assert.That(_platform.Requests, Has.Count.EqualTo(before));
    }
}

/// <summary>
/// With the default settings (the shared host's) a collection's platform at a loopback address is refused before
/// any connection is made, whether the URL names the address or a name that resolves to it.
/// </summary>
public sealed class ServiceAdminAuthenticationTargetTests : ApiTest
{
    [TestCase("https://127.0.0.1:{0}")]
    [TestCase("https://localhost:{0}")]
    [TestCase("https://[::ffff:127.0.0.1]:{0}")]
    public async Task A_loopback_platform_is_refused_with_503_without_connecting(string template)
    {
        using var port = new ListeningPort();
        var reseller = await Given.ResellerAsync();
        var site = await Given.SiteAsync();
        ApiAssert.IsOk(await Client.PostAsync($"/api/resellers/{reseller:N}/collections", new
        {
            siteGuid = site, name = "Collection", collectionCode = Scenario.Unique("C"),
            servicesApiBaseUrl = string.Format(System.Globalization.CultureInfo.InvariantCulture, template, port.Port),
        }));
        var service = await Given.ServiceAsync(reseller);
        using var anonymous = SharedHost.Host.CreateAnonymousClient();

        var result = await anonymous.PostAsync($"/api/services/{service:N}/authenticate", new { token = "msg-any" });

        ApiAssert.IsError(result, HttpStatusCode.ServiceUnavailable, "ServiceUnavailable");
        Assert.That(port.WasConnected, Is.False, "the host connected to the loopback target");
        Assert.That(SharedHost.Host.Logs.AllText, Does.Contain("resolves only to addresses this host does not connect to"));
    }
}
