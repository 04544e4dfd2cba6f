using System.Net;
using System.Net.Http.Json;
using CccApi.Tests.Infrastructure;

namespace CccApi.Tests.Hardening;

/// <summary>
/// Disabling an admin user while it is issued keys and signs in: whatever the interleaving, no key or
/// session handed out in the race works afterwards, and re-enabling the user revives none of them.
/// Runs on the run's database (SQLite, and PostgreSQL in CI's second run).
/// </summary>
public sealed class DisableRaceTests
{
    private const int Rounds = 6;
    private const int IssuesPerKind = 6;
    private const string Password = "race-admin-password";

    [Test]
    public async Task No_credential_issued_while_a_user_is_disabled_outlives_the_disable_or_comes_back_with_enable()
    {
        await using var host = new TestHost();
        using var superUser = host.CreateClient();
        var given = new Scenario(superUser);
        var issuedBeforeDisable = 0;

        for (var round = 0; round < Rounds; round++)
        {
            var email = $"race-{Guid.NewGuid():N}@tests.invalid";
            var user = await given.PartnerAdminUserAsync(await given.PartnerAsync(), email, Password);

            var results = await SimultaneousCalls.RunAsync(2 * IssuesPerKind + 1, async i =>
            {
                using var client = new ApiClient(host.CreateRawClient(handleCookies: false));
                if (i == 0)
                    return (Kind: "disable", Result: await AsSuperUser(host, client, HttpMethod.Put, $"/api/adminusers/{user:N}", new { status = "Disabled" }));
                if (i <= IssuesPerKind)
                    return (Kind: "key", Result: await AsSuperUser(host, client, HttpMethod.Post, "/api/apikeys", new { name = "race", adminUserGuid = user }));
                return (Kind: "session", Result: await client.PostAsync("/api/auth/credentials", new { userName = email, password = Password }));
            });

            var disable = results.Single(r => r.Kind == "disable").Result;
            ApiAssert.IsOk(disable);
            var keys = results.Where(r => r.Kind == "key" && r.Result.Status == HttpStatusCode.OK).Select(r => r.Result.Text("key")).ToList();
            var sessions = results.Where(r => r.Kind == "session" && r.Result.Status == HttpStatusCode.OK).Select(r => r.Result.Text("sessionId")).ToList();
            issuedBeforeDisable += keys.Count + sessions.Count;
            Assert.That(results.Where(r => r.Kind != "disable" && r.Result.Status != HttpStatusCode.OK).Select(r => r.Result.StatusCode),
                Is.All.AnyOf(400, 401), "a request that lost the race is refused, not failed");

            await AssertNoneWorkAsync(host, keys, sessions, $"round {round}, after the disable");
            ApiAssert.IsOk(await superUser.PutAsync($"/api/adminusers/{user:N}", new { status = "Active" }));
            await AssertNoneWorkAsync(host, keys, sessions, $"round {round}, after enabling again");
        }

        TestContext.Out.WriteLine($"{issuedBeforeDisable} credentials were issued in the races, all revoked.");
    }

    [Test]
    public async Task A_disabled_user_is_issued_no_key_so_enabling_it_again_brings_none_to_life()
    {
        using var superUser = SharedHost.Host.CreateClient();
        var given = new Scenario(superUser);
        var user = await given.PartnerAdminUserAsync(await given.PartnerAsync());
        ApiAssert.IsOk(await superUser.PutAsync($"/api/adminusers/{user:N}", new { status = "Disabled" }));

        var refused = await superUser.PostAsync("/api/apikeys", new { name = "while disabled", adminUserGuid = user });

        ApiAssert.IsError(refused, HttpStatusCode.BadRequest, "Disabled", "AdminUserGuid");
        ApiAssert.IsOk(await superUser.PutAsync($"/api/adminusers/{user:N}", new { status = "Active" }));
        ApiAssert.IsOk(await superUser.PostAsync("/api/apikeys", new { name = "once active", adminUserGuid = user }));
    }

    private static async Task AssertNoneWorkAsync(TestHost host, IEnumerable<string> keys, IEnumerable<string> sessions, string when)
    {
        using var client = new ApiClient(host.CreateRawClient(handleCookies: false));
        foreach (var key in keys)
            Assert.That((await Send(client, "Authorization", $"Bearer {key}")).StatusCode, Is.EqualTo(401), $"a key issued in the race works {when}");
        foreach (var session in sessions)
            Assert.That((await Send(client, "X-ss-id", session)).StatusCode, Is.EqualTo(401), $"a session started in the race works {when}");
    }

    private static Task<ApiResult> Send(ApiClient client, string header, string value)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, "/api/sites");
        request.Headers.Add(header, value);
        return client.SendAsync(request);
    }

    private static Task<ApiResult> AsSuperUser(TestHost host, ApiClient client, HttpMethod method, string path, object body)
    {
        var request = new HttpRequestMessage(method, path) { Content = JsonContent.Create(body) };
        request.Headers.Add("Authorization", $"Bearer {host.SuperUserApiKey}");
        return client.SendAsync(request);
    }
}
