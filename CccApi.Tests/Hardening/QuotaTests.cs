using System.Net;
using CccApi.Tests.Infrastructure;

namespace CccApi.Tests.Hardening;

/// <summary>
/// What a tenant creates without other bound stops at its quota (Quotas:*): 409 QuotaExceeded naming the
/// field whose tenant is full, and nothing written.
/// </summary>
[Parallelizable(ParallelScope.Self)] // a host of its own
public sealed class QuotaTests
{
    private TestHost _host = null!;
    private ApiClient _client = null!;
    private Scenario _given = null!;

    [OneTimeSetUp]
    public void StartHost()
    {
        _host = new TestHost(new TestHostOptions
        {
            Settings =
            {
                ["Quotas:SkusPerService"] = "2", ["Quotas:SkuBundlesPerPartner"] = "2", ["Quotas:SkusPerPartner"] = "3", ["Quotas:ResellersPerPartner"] = "2", ["Quotas:CollectionsPerReseller"] = "2",
                ["Quotas:AdminUsersPerTenant"] = "2", ["Quotas:ApiKeysPerAdminUser"] = "3", ["Quotas:DomainsPerService"] = "2",
            },
        });
        _client = _host.CreateSuperUserClient();
        _given = new Scenario(_client);
    }

    [OneTimeTearDown]
    public async Task StopHost()
    {
        _client.Dispose();
        await _host.DisposeAsync();
    }

    private static void IsQuotaExceeded(ApiResult result, string field) => ApiAssert.IsError(result, HttpStatusCode.Conflict, "QuotaExceeded", field);

    [Test]
    public async Task Skus_per_service()
    {
        var setup = await _given.ServiceUnderPartnerAsync();
        for (var i = 0; i < 2; i++) ApiAssert.IsOk(await _client.PostAsync($"/api/services/{setup.Service:N}/skus", new { name = $"Sku {i}" }));

        IsQuotaExceeded(await _client.PostAsync($"/api/services/{setup.Service:N}/skus", new { name = "one too many" }), "ServiceGuid");
        var listed = await _client.GetAsync($"/api/services/{setup.Service:N}/skus");
        Assert.That(listed.Json["results"]!.AsArray(), Has.Count.EqualTo(2));
    }

    [Test]
    public async Task Domains_per_service_the_primary_one_counted()
    {
        var setup = await _given.ServiceUnderPartnerAsync();
        ApiAssert.IsOk(await _client.PostAsync($"/api/services/{setup.Service:N}/domains/{Scenario.UniqueDomain()}"));

        var refused = Scenario.UniqueDomain();
        IsQuotaExceeded(await _client.PostAsync($"/api/services/{setup.Service:N}/domains/{refused}"), "ServiceGuid");
        Assert.That((await _client.GetAsync($"/api/services?Domain={refused}")).Json["results"]!.AsArray(), Is.Empty);
    }

    [Test]
    public async Task Resellers_per_partner()
    {
        var partner = await _given.PartnerAsync();
        for (var i = 0; i < 2; i++) await _given.ResellerAsync(partner);

        IsQuotaExceeded(await _client.PostAsync($"/api/partners/{partner:N}/resellers", new
        {
            name = "one too many", companyName = "Co", contactInfo = new { name = "Pat", email = "pat@example.com", phoneNumber = "+1 555 0100" },
        }), "PartnerGuid");
        Assert.That((await _client.GetAsync($"/api/partners/{partner:N}/resellers")).Json.AsArray(), Has.Count.EqualTo(2));
    }

    [Test]
    public async Task Skus_per_partner()
    {
        var partner = await _given.PartnerAsync();
        for (var i = 0; i < 3; i++) await _given.SkuAsync(partner);

        IsQuotaExceeded(await _client.PostAsync($"/api/partners/{partner:N}/skus", new { name = "one too many" }), "PartnerGuid");
    }

    [Test]
    public async Task A_bundle_whose_copies_would_pass_the_services_quota_assigns_nothing()
    {
        var setup = await _given.ServiceUnderPartnerAsync();
        var bundle = await _given.SkuBundleAsync(setup.Partner);
        for (var i = 0; i < 2; i++) await _given.SkuAsync(setup.Partner, bundle);
        await _given.ServiceSkuAsync(setup.Service);

        IsQuotaExceeded(await _client.PostAsync($"/api/services/{setup.Service:N}/skubundles/{bundle:N}"), "ServiceGuid");
        var listed = await _client.GetAsync($"/api/services/{setup.Service:N}/skus");
        Assert.That(listed.Json["results"]!.AsArray(), Has.Count.EqualTo(1));
    }

    [Test]
    public async Task Sku_bundles_per_partner()
    {
        var partner = await _given.PartnerAsync();
        for (var i = 0; i < 2; i++) await _given.SkuBundleAsync(partner);

        IsQuotaExceeded(await _client.PostAsync($"/api/partners/{partner:N}/skubundles", new { name = "one too many" }), "PartnerGuid");
    }

    [Test]
    public async Task Collections_per_reseller()
    {
        var reseller = await _given.ResellerAsync();
        var site = await _given.SiteAsync();
        for (var i = 0; i < 2; i++) await _given.CollectionAsync(reseller, site);

        IsQuotaExceeded(await _client.PostAsync($"/api/resellers/{reseller:N}/collections",
            new { siteGuid = site, name = "Collection", collectionCode = "c" + Guid.NewGuid().ToString("N")[..12], servicesApiBaseUrl = "https://c.example.com" }), "ResellerGuid");
    }

    [Test]
    public async Task Admin_users_per_partner_and_per_reseller()
    {
        var partner = await _given.PartnerAsync();
        var reseller = await _given.ResellerAsync(partner);
        for (var i = 0; i < 2; i++)
        {
            await _given.PartnerAdminUserAsync(partner);
            ApiAssert.IsOk(await _client.PostAsync($"/api/resellers/{reseller:N}/users", new { emailAddress = $"r{i}{Guid.NewGuid():N}@example.com", password = "a long enough password" }));
        }

        IsQuotaExceeded(await _client.PostAsync($"/api/partners/{partner:N}/users", new { emailAddress = $"p{Guid.NewGuid():N}@example.com", password = "a long enough password" }), "PartnerGuid");
        IsQuotaExceeded(await _client.PostAsync($"/api/resellers/{reseller:N}/users", new { emailAddress = $"r{Guid.NewGuid():N}@example.com", password = "a long enough password" }), "ResellerGuid");
    }

    [Test]
    public async Task Api_keys_per_admin_user_count_only_usable_keys()
    {
        var partner = await _given.PartnerAsync();
        var email = $"keys{Guid.NewGuid():N}@example.com";
        var user = await _given.PartnerAdminUserAsync(partner, email);
        var keys = new List<Guid>();
        for (var i = 0; i < 3; i++)
        {
            var created = await _client.PostAsync("/api/apikeys", new { name = $"key {i}", adminUserGuid = user });
            ApiAssert.IsOk(created);
            keys.Add(created.Guid("apiKeyGuid"));
        }

        IsQuotaExceeded(await _client.PostAsync("/api/apikeys", new { name = "one too many", adminUserGuid = user }), "AdminUserGuid");
        ApiAssert.IsOk(await _client.DeleteAsync($"/api/apikeys/{keys[0]:N}"));
        ApiAssert.IsOk(await _client.PostAsync("/api/apikeys", new { name = "after a revocation", adminUserGuid = user }));
    }
}
