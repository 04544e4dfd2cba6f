using System.Net;
using CccApi.ServiceInterface.Data;
using CccApi.ServiceInterface.Data.Entities;
using CccApi.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CccApi.Tests.Operations;

/// <summary>
/// RecentlyCreatedServicesWithDomains and our UpdateSecureCloudConnection, on a host of their own so that the list
/// holds only these tests' services.
/// </summary>
[NonParallelizable]
public sealed class SecureCloudTests
{
    private const string Recent = "/api/SecureCloud/RecentlyCreatedServicesWithDomains";
    private TestHost _host = null!;
    private ApiClient _client = null!;

    [OneTimeSetUp]
    public void StartHost()
    {
        _host = new TestHost();
        _client = _host.CreateSuperUserClient();
    }

    [OneTimeTearDown]
    public async Task StopHost()
    {
        _client.Dispose();
        await _host.DisposeAsync();
    }

    [Test]
    public async Task Lists_the_last_two_days_unconnected_services_oldest_first_with_their_domains()
    {
        var given = new Scenario(_client);
        var setup = await given.ResellerWithCollectionAsync();
        var old = await given.ServiceAsync(setup.Reseller);
        var first = await given.ServiceAsync(setup.Reseller);
        var connected = await given.ServiceAsync(setup.Reseller);
        var second = await given.ServiceAsync(setup.Reseller);
        await SetCreatedOnAsync(old, DateTime.UtcNow.AddDays(-2).AddMinutes(-1));
        ApiAssert.IsOk(await _client.PutAsync($"/api/SecureCloud/services/{connected:N}/connection", new { connected = true }));

        var result = await _client.GetAsync(Recent);

        ApiAssert.IsOk(result);
        var rows = result.Json["servicesWithDomains"]!.AsArray();
        var mine = rows.Select(r => Guid.Parse(r.Str("serviceGuid")!)).Where(g => g == old || g == first || g == connected || g == second).ToList();
        Assert.That(mine, Is.EqualTo(new[] { first, second }));
        var domain = (await _client.GetAsync($"/api/services/{first:N}")).Text("primaryDomain");
        Assert.That(rows.Single(r => r.Str("serviceGuid") == first.ToString("N"))!.Str("domain"), Is.EqualTo(domain));

        ApiAssert.IsOk(await _client.PutAsync($"/api/SecureCloud/services/{connected:N}/connection", new { connected = false }));
        Assert.That(Guids(await _client.GetAsync(Recent)), Does.Contain(connected), "undone, it is listed again");
    }

    [Test]
    public async Task Each_domain_of_a_service_is_a_row_primary_first_and_a_service_without_one_is_listed_once()
    {
        var given = new Scenario(_client);
        var setup = await given.ResellerWithCollectionAsync();
        var several = await given.ServiceAsync(setup.Reseller);
        var none = await given.ServiceAsync(setup.Reseller);
        var primary = (await _client.GetAsync($"/api/services/{several:N}")).Text("primaryDomain");
        var second = Scenario.UniqueDomain();
        var third = Scenario.UniqueDomain();
        ApiAssert.IsOk(await _client.PostAsync($"/api/services/{several:N}/domains/{second}"));
        ApiAssert.IsOk(await _client.PostAsync($"/api/services/{several:N}/domains/{third}"));
        ApiAssert.IsOk(await _client.DeleteAsync($"/api/services/{none:N}/domains/{(await _client.GetAsync($"/api/services/{none:N}")).Text("primaryDomain")}"));

        var rows = (await _client.GetAsync(Recent)).Json["servicesWithDomains"]!.AsArray()
            .Where(r => r.Str("serviceGuid") == several.ToString("N") || r.Str("serviceGuid") == none.ToString("N"))
            .Select(r => (Guid.Parse(r.Str("serviceGuid")!), r.Str("domain")))
            .ToList();

        Assert.That(rows.Where(r => r.Item1 == several).Select(r => r.Item2), Is.EqualTo(new[] { primary, second, third }));
        Assert.That(rows.Where(r => r.Item1 == none).Select(r => r.Item2), Is.EqualTo(new string?[] { null }));
    }

    [Test]
    public async Task OldestServiceGuid_lists_only_the_services_after_it()
    {
        var given = new Scenario(_client);
        var setup = await given.ResellerWithCollectionAsync();
        var a = await given.ServiceAsync(setup.Reseller);
        var b = await given.ServiceAsync(setup.Reseller);
        var c = await given.ServiceAsync(setup.Reseller);

        var after = Guids(await _client.GetAsync($"{Recent}?OldestServiceGuid={a:N}"));

        Assert.That(after, Does.Not.Contain(a));
        Assert.That(after.Where(g => g == b || g == c), Is.EqualTo(new[] { b, c }));
        ApiAssert.IsError(await _client.GetAsync($"{Recent}?OldestServiceGuid={Guid.NewGuid():N}"), HttpStatusCode.NotFound, "NotFound", "OldestServiceGuid");
    }

    [Test]
    public async Task An_admin_sees_only_its_own_services_and_only_a_SuperUser_records_connections()
    {
        var given = new Scenario(_client);
        var mine = await given.ServiceUnderPartnerAsync();
        var other = await given.ServiceUnderPartnerAsync();
        using var partner = _host.CreateClient(await _host.CreateAdminApiKeyAsync(AdminUserType.Partner, mine.Partner));

        var seen = Guids(await partner.GetAsync(Recent));

        Assert.That(seen, Does.Contain(mine.Service).And.Not.Contain(other.Service));
        Assert.That((await partner.PutAsync($"/api/SecureCloud/services/{mine.Service:N}/connection", new { connected = true })).Status, Is.EqualTo(HttpStatusCode.Forbidden));
        ApiAssert.IsError(await _client.PutAsync($"/api/SecureCloud/services/{mine.Service:N}/connection", new { }), HttpStatusCode.BadRequest, "NotNull", "Connected");
        ApiAssert.IsError(await _client.PutAsync($"/api/SecureCloud/services/{Guid.NewGuid():N}/connection", new { connected = true }), HttpStatusCode.NotFound, "NotFound", "ServiceGuid");
    }

    private static List<Guid> Guids(ApiResult result)
    {
        ApiAssert.IsOk(result);
        return result.Json["servicesWithDomains"]!.AsArray().Select(r => Guid.Parse(r.Str("serviceGuid")!)).ToList();
    }

    private async Task SetCreatedOnAsync(Guid service, DateTime createdOn)
    {
        await using var scope = _host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CccDbContext>();
        await db.Services.Where(s => s.Id == service).ExecuteUpdateAsync(s => s.SetProperty(x => x.CreatedOn, createdOn));
    }
}
