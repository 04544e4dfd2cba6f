using System.Net;
using System.Net.Http.Headers;
using System.Text;
using CccApi.ServiceInterface.Data.Entities;
using CccApi.Tests.Infrastructure;

namespace CccApi.Tests.Auth;

/// <summary>API keys: Bearer and Basic, returned once, listed without the key, revocable, expiring.</summary>
public sealed class ApiKeyTests : ApiTest
{
    private static TestHost Host => SharedHost.Host;

    private async Task<(Guid Id, string Key)> CreateKeyAsync(object? body = null)
    {
        var created = await Client.PostAsync("/api/apikeys", body ?? new { name = "a test key" });
        ApiAssert.IsOk(created);
        return (created.Guid("apiKeyGuid"), created.Text("key"));
    }

    [Test]
    public async Task A_new_key_is_long_random_recognisable_and_returned_with_its_prefix()
    {
        var created = await Client.PostAsync("/api/apikeys", new { name = "ci" });

        ApiAssert.IsOk(created);
        var key = created.Text("key");
        Assert.Multiple(() =>
        {
            Assert.That(key, Does.StartWith("cccak_"));
            Assert.That(key, Has.Length.GreaterThanOrEqualTo(48));
            Assert.That(key, Does.StartWith(created.Text("prefix")));
            Assert.That(created.Text("prefix"), Has.Length.LessThan(16));
        });
    }

    [Test]
    public async Task A_key_works_as_bearer_token_and_as_basic_user_name()
    {
        var (_, key) = await CreateKeyAsync();
        using var anonymous = Host.CreateAnonymousClient();

        var bearer = new HttpRequestMessage(HttpMethod.Get, "/api/sites");
        bearer.Headers.Authorization = new AuthenticationHeaderValue("Bearer", key);
        var basic = new HttpRequestMessage(HttpMethod.Get, "/api/sites");
        basic.Headers.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes(key + ":")));

        Assert.That((await anonymous.SendAsync(bearer)).StatusCode, Is.EqualTo(200));
        Assert.That((await anonymous.SendAsync(basic)).StatusCode, Is.EqualTo(200));
    }

    [Test]
    public async Task The_list_shows_the_key_by_id_and_prefix_never_the_key()
    {
        var (id, key) = await CreateKeyAsync();

        var list = await Client.GetAsync("/api/apikeys");

        ApiAssert.IsOk(list);
        var entry = list.Json["apiKeys"]!.AsArray().Single(k => k!["apiKeyGuid"]!.GetValue<string>() == id.ToString("N"))!;
        Assert.That(entry["prefix"]!.GetValue<string>(), Is.EqualTo(key[..entry["prefix"]!.GetValue<string>().Length]));
        Assert.That(list.Body, Does.Not.Contain(key));
    }

    [Test]
    public async Task A_revoked_key_stops_working()
    {
        var (id, key) = await CreateKeyAsync();
        using var holder = Host.CreateClient(key);
        Assert.That((await holder.GetAsync("/api/sites")).StatusCode, Is.EqualTo(200));

        ApiAssert.IsOk(await Client.DeleteAsync($"/api/apikeys/{id:N}"));

        ApiAssert.IsError(await holder.GetAsync("/api/sites"), HttpStatusCode.Unauthorized, "Unauthorized");
        var listed = (await Client.GetAsync("/api/apikeys")).Json["apiKeys"]!.AsArray().Single(k => k!["apiKeyGuid"]!.GetValue<string>() == id.ToString("N"))!;
        Assert.That(listed["revokedDate"], Is.Not.Null);
    }

    [Test]
    public async Task An_expiry_in_the_past_is_400()
    {
        var result = await Client.PostAsync("/api/apikeys", new { expiresOn = DateTime.UtcNow.AddMinutes(-1) });

        ApiAssert.IsError(result, HttpStatusCode.BadRequest, "GreaterThan", "ExpiresOn");
    }

    [Test]
    public async Task A_made_up_key_is_401_with_a_response_status()
    {
        using var holder = Host.CreateClient("cccak_made-up");

        var result = await holder.GetAsync("/api/sites");

        ApiAssert.IsError(result, HttpStatusCode.Unauthorized, "Unauthorized");
    }

    [Test]
    public async Task An_admin_who_is_not_a_superuser_manages_only_its_own_keys()
    {
        using var reseller = Host.CreateClient(await Host.CreateAdminApiKeyAsync(AdminUserType.Reseller, Guid.NewGuid()));
        var (superUsersKey, _) = await CreateKeyAsync();
        var own = await reseller.PostAsync("/api/apikeys", new { name = "mine" });
        ApiAssert.IsOk(own);
        var superUserId = Guid.Parse((await Client.GetAsync("/api/auth")).Text("userId"));

        ApiAssert.IsError(await reseller.GetAsync($"/api/apikeys?adminUserGuid={superUserId:N}"), HttpStatusCode.Forbidden, "Forbidden", "AdminUserGuid");
        ApiAssert.IsError(await reseller.PostAsync("/api/apikeys", new { adminUserGuid = superUserId }), HttpStatusCode.Forbidden, "Forbidden", "AdminUserGuid");
        ApiAssert.IsError(await reseller.DeleteAsync($"/api/apikeys/{superUsersKey:N}"), HttpStatusCode.NotFound, "NotFound", "ApiKeyGuid");
        Assert.That((await reseller.GetAsync("/api/apikeys")).Json["apiKeys"]!.AsArray(), Has.Count.EqualTo(2));
    }

    [Test]
    public async Task A_superuser_revokes_anyones_key()
    {
        var resellerKey = await Host.CreateAdminApiKeyAsync(AdminUserType.Reseller, Guid.NewGuid());
        using var reseller = Host.CreateClient(resellerKey);
        var created = await reseller.PostAsync("/api/apikeys", new { name = "to revoke" });
        using var holder = Host.CreateClient(created.Text("key"));

        ApiAssert.IsOk(await Client.DeleteAsync($"/api/apikeys/{created.Guid("apiKeyGuid"):N}"));

        ApiAssert.IsError(await holder.GetAsync("/api/sites"), HttpStatusCode.Unauthorized, "Unauthorized");
    }
}
