using System.Net;
using CccApi.ServiceInterface.Data.Entities;
using CccApi.Tests.Infrastructure;

namespace CccApi.Tests.Auth;

/// <summary>
/// A request about an object the caller may act on that names a second object outside its scope: the
/// second is a 404 too. Where a SuperUser sees both, the operation's own rule (403) still applies.
/// </summary>
public sealed class ObjectScopeReferenceTests
{
    private static TestHost Host => SharedHost.Host;

    [Test]
    public async Task A_reseller_creating_a_service_in_a_foreign_collection_gets_404_where_a_superuser_gets_403()
    {
        using var superUser = Host.CreateSuperUserClient();
        var own = await Tenant.CreateAsync(new Scenario(superUser));
        var foreign = await Tenant.CreateAsync(new Scenario(superUser));
        using var reseller = Host.CreateClient(await Host.CreateAdminApiKeyAsync(AdminUserType.Reseller, own.Reseller));
        object Body() => new { primaryDomain = Scenario.UniqueDomain(), resellerGuid = own.Reseller, collectionGuid = foreign.Collection };

        ApiAssert.IsError(await reseller.PostAsync("/api/services", Body()), HttpStatusCode.NotFound, "NotFound", "CollectionGuid");
        ApiAssert.IsError(await superUser.PostAsync("/api/services", Body()), HttpStatusCode.Forbidden, "Forbidden", "CollectionGuid");
    }

    [Test]
    public async Task A_partner_placing_a_resellers_service_in_a_collection_of_its_other_reseller_gets_the_403()
    {
        using var superUser = Host.CreateSuperUserClient();
        var given = new Scenario(superUser);
        var own = await Tenant.CreateAsync(given);
        var sibling = await given.ResellerAsync(own.Partner);
        var siblingCollection = await given.CollectionAsync(sibling, own.Site);
        using var partner = Host.CreateClient(await Host.CreateAdminApiKeyAsync(AdminUserType.Partner, own.Partner));

        var result = await partner.PostAsync("/api/services",
            new { primaryDomain = Scenario.UniqueDomain(), resellerGuid = own.Reseller, collectionGuid = siblingCollection });

        ApiAssert.IsError(result, HttpStatusCode.Forbidden, "Forbidden", "CollectionGuid");
    }

    [TestCase(AdminUserType.Partner)]
    [TestCase(AdminUserType.Reseller)]
    [TestCase(AdminUserType.Service)]
    public async Task Assigning_a_foreign_partners_bundle_to_an_own_service_is_404(AdminUserType type)
    {
        using var superUser = Host.CreateSuperUserClient();
        var own = await Tenant.CreateAsync(new Scenario(superUser));
        var foreign = await Tenant.CreateAsync(new Scenario(superUser));
        using var caller = Host.CreateClient(await Host.CreateAdminApiKeyAsync(type, own.ScopeFor(type)));

        var result = await caller.PostAsync($"/api/services/{own.Service:N}/skubundles/{foreign.Bundle:N}");

        ApiAssert.IsError(result, HttpStatusCode.NotFound, "NotFound", "SkuBundleGuid");
        ApiAssert.IsError(await superUser.PostAsync($"/api/services/{own.Service:N}/skubundles/{foreign.Bundle:N}"),
            HttpStatusCode.Forbidden, "Forbidden", "SkuBundleGuid");
    }

    [TestCase(AdminUserType.Partner)]
    [TestCase(AdminUserType.Reseller)]
    public async Task Granting_an_own_reseller_a_foreign_collection_is_404(AdminUserType type)
    {
        using var superUser = Host.CreateSuperUserClient();
        var own = await Tenant.CreateAsync(new Scenario(superUser));
        var foreign = await Tenant.CreateAsync(new Scenario(superUser));
        using var caller = Host.CreateClient(await Host.CreateAdminApiKeyAsync(type, own.ScopeFor(type)));

        var result = await caller.PostAsync($"/api/resellers/{own.Reseller:N}/collectionaccess/{foreign.Collection:N}");

        ApiAssert.IsError(result, HttpStatusCode.NotFound, "NotFound", "CollectionGuid");
    }

    [Test]
    public async Task A_partner_creating_a_reseller_with_a_foreign_default_collection_gets_404()
    {
        using var superUser = Host.CreateSuperUserClient();
        var own = await Tenant.CreateAsync(new Scenario(superUser));
        var foreign = await Tenant.CreateAsync(new Scenario(superUser));
        using var partner = Host.CreateClient(await Host.CreateAdminApiKeyAsync(AdminUserType.Partner, own.Partner));

        var result = await partner.PostAsync($"/api/partners/{own.Partner:N}/resellers",
            new { name = Scenario.Unique("Reseller "), companyName = "Co", contactInfo = new { name = "Pat", email = "pat@example.com", phoneNumber = "+1 555 0100" }, defaultCollectionGuid = foreign.Collection });

        ApiAssert.IsError(result, HttpStatusCode.NotFound, "NotFound", "DefaultCollectionGuid");
    }

    [TestCase(AdminUserType.SuperUser)]
    [TestCase(AdminUserType.Partner)]
    [TestCase(AdminUserType.Reseller)]
    [TestCase(AdminUserType.Service)]
    public async Task A_foreign_services_user_named_under_an_own_service_is_404_naming_ServiceUserGuid(AdminUserType type)
    {
        using var superUser = Host.CreateSuperUserClient();
        var own = await Tenant.CreateAsync(new Scenario(superUser));
        var foreign = await Tenant.CreateAsync(new Scenario(superUser));
        using var caller = Host.CreateClient(await Host.CreateAdminApiKeyAsync(type, own.ScopeFor(type)));

        ApiAssert.IsError(await caller.GetAsync($"/api/services/{own.Service:N}/users/single?ServiceUserGuid={foreign.ServiceUser:N}"),
            HttpStatusCode.NotFound, "NotFound", "ServiceUserGuid");
        ApiAssert.IsError(await caller.PutAsync($"/api/services/{own.Service:N}/users/group?ServiceUserGuid={foreign.ServiceUser:N}", new { serviceUserGroupType = "Guest" }),
            HttpStatusCode.NotFound, "NotFound", "ServiceUserGuid");
        ApiAssert.IsError(await caller.PutAsync($"/api/services/{own.Service:N}/users/password?ServiceUserGuid={foreign.ServiceUser:N}",
                new { oldPassword = Tenant.ServiceUserPassword, newPassword = "reference new password" }),
            HttpStatusCode.NotFound, "NotFound", "ServiceUserGuid");
    }

    /// <summary>Identity providers belong to no tenant (a SuperUser creates them, every admin reads them): naming one is never out of scope.</summary>
    [TestCase(AdminUserType.Partner)]
    [TestCase(AdminUserType.Reseller)]
    [TestCase(AdminUserType.Service)]
    public async Task An_own_services_proxy_may_name_a_provider_another_tenants_proxy_uses(AdminUserType type)
    {
        using var superUser = Host.CreateSuperUserClient();
        var own = await Tenant.CreateAsync(new Scenario(superUser));
        var foreign = await Tenant.CreateAsync(new Scenario(superUser));
        using var caller = Host.CreateClient(await Host.CreateAdminApiKeyAsync(type, own.ScopeFor(type)));

        ApiAssert.IsOk(await caller.PostAsync($"/api/services/{own.Service:N}/idpx", new { idProviderGuid = foreign.IdProvider }));
        ApiAssert.IsOk(await caller.PutAsync($"/api/idpx/{own.IdPx:N}", new { idProviderGuid = foreign.IdProvider }));
        ApiAssert.IsError(await caller.PutAsync($"/api/idpx/{own.IdPx:N}", new { idProviderGuid = Guid.NewGuid() }),
            HttpStatusCode.NotFound, "NotFound", "IdProviderGuid");
    }
}
