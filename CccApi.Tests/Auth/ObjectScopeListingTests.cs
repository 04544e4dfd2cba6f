using CccApi.ServiceInterface.Data.Entities;
using CccApi.Tests.Infrastructure;

namespace CccApi.Tests.Auth;

/// <summary>Listing operations return only what the caller may see: a foreign reseller or partner filters as one that does not exist.</summary>
public sealed class ObjectScopeListingTests
{
    private static TestHost Host => SharedHost.Host;

    private static IEnumerable<Guid> Sites(ApiResult result) => result.Json["results"]!.AsArray().Select(s => Guid.Parse(s.Str("siteGuid")!));

    [TestCase(AdminUserType.Partner)]
    [TestCase(AdminUserType.Reseller)]
    public async Task Sites_filtered_by_a_foreign_reseller_are_empty(AdminUserType type)
    {
        using var superUser = Host.CreateSuperUserClient();
        var own = await Tenant.CreateAsync(new Scenario(superUser));
        var foreign = await Tenant.CreateAsync(new Scenario(superUser));
        using var caller = Host.CreateClient(await Host.CreateAdminApiKeyAsync(type, own.ScopeFor(type)));

        var ownSites = await caller.GetAsync($"/api/sites?resellerGuid={own.Reseller:N}");
        var foreignSites = await caller.GetAsync($"/api/sites?resellerGuid={foreign.Reseller:N}");
        var asSuperUser = await superUser.GetAsync($"/api/sites?resellerGuid={foreign.Reseller:N}");

        ApiAssert.IsOk(foreignSites);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(Sites(ownSites), Is.EqualTo(new[] { own.Site }));
            Assert.That(Sites(foreignSites), Is.Empty);
            Assert.That(foreignSites.Json["totalItems"]!.GetValue<int>(), Is.Zero);
            Assert.That(Sites(asSuperUser), Is.EqualTo(new[] { foreign.Site }));
        }
    }

    [Test]
    public async Task Sites_filtered_by_a_foreign_partner_are_empty()
    {
        using var superUser = Host.CreateSuperUserClient();
        var own = await Tenant.CreateAsync(new Scenario(superUser));
        var foreign = await Tenant.CreateAsync(new Scenario(superUser));
        using var partner = Host.CreateClient(await Host.CreateAdminApiKeyAsync(AdminUserType.Partner, own.Partner));

        var ownSites = await partner.GetAsync($"/api/sites?partnerGuid={own.Partner:N}");
        var foreignSites = await partner.GetAsync($"/api/sites?partnerGuid={foreign.Partner:N}");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(Sites(ownSites), Is.EqualTo(new[] { own.Site }));
            Assert.That(Sites(foreignSites), Is.Empty);
        }
    }

    [TestCase(AdminUserType.Partner)]
    [TestCase(AdminUserType.Reseller)]
    public async Task Reseller_collections_list_only_the_resellers_own_and_granted_collections(AdminUserType type)
    {
        using var superUser = Host.CreateSuperUserClient();
        var given = new Scenario(superUser);
        var own = await Tenant.CreateAsync(given);
        var foreign = await Tenant.CreateAsync(given);
        await given.GrantAccessAsync(own.Reseller, foreign.Collection);
        using var caller = Host.CreateClient(await Host.CreateAdminApiKeyAsync(type, own.ScopeFor(type)));

        var listed = await caller.GetAsync($"/api/resellers/{own.Reseller:N}/collections");

        ApiAssert.IsOk(listed);
        var collections = listed.Json.AsArray().Select(c => Guid.Parse(c.Str("collectionGuid")!));
        Assert.That(collections, Is.EquivalentTo(new[] { own.Collection, foreign.Collection }));
    }

    [TestCase(AdminUserType.Partner)]
    [TestCase(AdminUserType.Reseller)]
    [TestCase(AdminUserType.Service)]
    public async Task Service_skus_list_only_the_services_skus(AdminUserType type)
    {
        using var superUser = Host.CreateSuperUserClient();
        var given = new Scenario(superUser);
        var own = await Tenant.CreateAsync(given);
        var foreign = await Tenant.CreateAsync(given);
        var ownSku = await given.ServiceSkuAsync(own.Service);
        await given.ServiceSkuAsync(foreign.Service);
        using var caller = Host.CreateClient(await Host.CreateAdminApiKeyAsync(type, own.ScopeFor(type)));

        var listed = await caller.GetAsync($"/api/services/{own.Service:N}/skus");

        ApiAssert.IsOk(listed);
        Assert.That(listed.Json["results"]!.AsArray().Select(s => Guid.Parse(s.Str("serviceSkuGuid")!)), Is.EqualTo(new[] { own.ServiceSku, ownSku }));
    }

    [TestCase(AdminUserType.Partner)]
    [TestCase(AdminUserType.Reseller)]
    [TestCase(AdminUserType.Service)]
    public async Task Service_identity_proxies_list_only_the_services_proxies_though_they_share_a_provider(AdminUserType type)
    {
        using var superUser = Host.CreateSuperUserClient();
        var given = new Scenario(superUser);
        var own = await Tenant.CreateAsync(given);
        var foreign = await Tenant.CreateAsync(given);
        await given.IdPxAsync(foreign.Service, own.IdProvider);
        using var caller = Host.CreateClient(await Host.CreateAdminApiKeyAsync(type, own.ScopeFor(type)));

        var listed = await caller.GetAsync($"/api/services/{own.Service:N}/idpx");

        ApiAssert.IsOk(listed);
        Assert.That(listed.Json["idPx"]!.AsArray().Select(x => Guid.Parse(x.Str("idPxGuid")!)), Is.EqualTo(new[] { own.IdPx }));
    }

    [TestCase(AdminUserType.Partner)]
    [TestCase(AdminUserType.Reseller)]
    [TestCase(AdminUserType.Service)]
    public async Task The_partners_catalogue_lists_only_its_own_skus_and_bundles(AdminUserType type)
    {
        using var superUser = Host.CreateSuperUserClient();
        var own = await Tenant.CreateAsync(new Scenario(superUser));
        await Tenant.CreateAsync(new Scenario(superUser));
        using var caller = Host.CreateClient(await Host.CreateAdminApiKeyAsync(type, own.ScopeFor(type)));

        var skus = await caller.GetAsync($"/api/partners/{own.Partner:N}/skus/");
        var bundles = await caller.GetAsync($"/api/partners/{own.Partner:N}/skubundles");

        ApiAssert.IsOk(skus);
        ApiAssert.IsOk(bundles);
        Assert.That(skus.Json["results"]!.AsArray().Select(s => Guid.Parse(s.Str("skuGuid")!)), Is.EqualTo(new[] { own.Sku }));
        Assert.That(bundles.Json["results"]!.AsArray().Select(s => Guid.Parse(s.Str("guid")!)), Is.EqualTo(new[] { own.Bundle }));
    }

    [TestCase(AdminUserType.Partner)]
    [TestCase(AdminUserType.Reseller)]
    [TestCase(AdminUserType.Service)]
    public async Task Searching_service_users_finds_only_the_users_of_services_the_caller_sees(AdminUserType type)
    {
        using var superUser = Host.CreateSuperUserClient();
        var given = new Scenario(superUser);
        var own = await Tenant.CreateAsync(given);
        var foreign = await Tenant.CreateAsync(given);
        var token = Scenario.Unique("Tok");
        var ownUser = await given.ServiceUserAsync(own.Service, firstName: token, preRegister: true);
        var foreignUser = await given.ServiceUserAsync(foreign.Service, firstName: token, preRegister: true);
        using var caller = Host.CreateClient(await Host.CreateAdminApiKeyAsync(type, own.ScopeFor(type)));

        var found = await caller.GetAsync($"/api/services/users?Token={token}");
        var asSuperUser = await superUser.GetAsync($"/api/services/users?Token={token}");

        ApiAssert.IsOk(found);
        static IEnumerable<Guid> Users(ApiResult result) =>
            result.Json["results"]!.AsArray().Select(r => Guid.Parse(r!["serviceUser"]!.Str("serviceUserGuid")!));
        using (Assert.EnterMultipleScope())
        {
            Assert.That(Users(found), Is.EqualTo(new[] { ownUser }));
            Assert.That(Users(asSuperUser), Is.EquivalentTo(new[] { ownUser, foreignUser }));
        }
    }

    [TestCase(AdminUserType.Partner)]
    [TestCase(AdminUserType.Reseller)]
    [TestCase(AdminUserType.Service)]
    public async Task Service_users_of_a_foreign_service_code_are_404_naming_ServiceCode(AdminUserType type)
    {
        using var superUser = Host.CreateSuperUserClient();
        var given = new Scenario(superUser);
        var own = await Tenant.CreateAsync(given);
        var foreign = await Tenant.CreateAsync(given);
        var ownCode = Scenario.Unique("S");
        var foreignCode = Scenario.Unique("S");
        var ownService = await given.ServiceAsync(own.Reseller, new { serviceCode = ownCode });
        await given.ServiceAsync(foreign.Reseller, new { serviceCode = foreignCode });
        using var caller = Host.CreateClient(await Host.CreateAdminApiKeyAsync(type, type == AdminUserType.Service ? ownService : own.ScopeFor(type)));

        ApiAssert.IsOk(await caller.GetAsync($"/api/services/single/users?ServiceCode={ownCode}"));
        ApiAssert.IsError(await caller.GetAsync($"/api/services/single/users?ServiceCode={foreignCode}"), System.Net.HttpStatusCode.NotFound, "NotFound", "ServiceCode");
        ApiAssert.IsOk(await superUser.GetAsync($"/api/services/single/users?ServiceCode={foreignCode}"));
    }

    [TestCase(AdminUserType.Partner)]
    [TestCase(AdminUserType.Reseller)]
    [TestCase(AdminUserType.Service)]
    public async Task Services_usage_lists_only_the_services_the_caller_sees(AdminUserType type)
    {
        using var superUser = Host.CreateSuperUserClient();
        var given = new Scenario(superUser);
        var own = await Tenant.CreateAsync(given);
        var foreign = await Tenant.CreateAsync(given);
        using var caller = Host.CreateClient(await Host.CreateAdminApiKeyAsync(type, own.ScopeFor(type)));

        var listed = await caller.GetAsync("/api/services/usage?PageSize=100");
        var foreignFilters = new[]
        {
            await caller.GetAsync($"/api/services/usage?ServiceGuid={foreign.Service:N}"),
            await caller.GetAsync($"/api/services/usage?ResellerGuid={foreign.Reseller:N}"),
            await caller.GetAsync($"/api/services/usage?PartnerGuid={foreign.Partner:N}"),
        };
        var asSuperUser = await superUser.GetAsync($"/api/services/usage?ServiceGuid={foreign.Service:N}");

        ApiAssert.IsOk(listed);
        static IEnumerable<Guid> Services(ApiResult result) => result.Json["results"]!.AsArray().Select(s => Guid.Parse(s.Str("serviceGuid")!));
        using (Assert.EnterMultipleScope())
        {
            Assert.That(Services(listed), Is.EqualTo(new[] { own.Service }));
            foreach (var filtered in foreignFilters)
            {
                ApiAssert.IsOk(filtered);
                Assert.That(Services(filtered), Is.Empty, filtered.ToString());
                Assert.That(filtered.Json["totalItems"]!.GetValue<int>(), Is.Zero);
            }
            Assert.That(Services(asSuperUser), Is.EqualTo(new[] { foreign.Service }));
        }
    }
}
