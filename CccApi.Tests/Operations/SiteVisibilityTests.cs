using System.Net;
using CccApi.ServiceInterface.Data.Entities;
using CccApi.Tests.Infrastructure;

namespace CccApi.Tests.Operations;

/// <summary>GetSites and GetSite list the Sites associated with the caller; RegisterCollection places collections only on those.</summary>
public sealed class SiteVisibilityTests : ApiTest
{
    [Test]
    public async Task Each_admin_type_sees_the_sites_associated_with_it_and_a_superuser_all()
    {
        var setup = await Given.ServiceUnderPartnerAsync();
        var serviceSite = (await Client.GetAsync($"/api/services/{setup.Service:N}")).Guid("siteGuid");
        var granted = await Given.SiteAsync();
        ApiAssert.IsOk(await Client.PostAsync($"/api/partners/{setup.Partner:N}/siteaccess/{granted:N}"));
        var unrelated = await Given.SiteAsync();

        using var partnerAdmin = await AdminAsync(AdminUserType.Partner, setup.Partner);
        using var resellerAdmin = await AdminAsync(AdminUserType.Reseller, setup.Reseller);
        using var serviceAdmin = await AdminAsync(AdminUserType.Service, setup.Service);

        Assert.That(await SitesAsync(partnerAdmin), Is.EquivalentTo(new[] { serviceSite, granted }));
        Assert.That(await SitesAsync(resellerAdmin), Is.EquivalentTo(new[] { serviceSite, granted }));
        Assert.That(await SitesAsync(serviceAdmin), Is.EquivalentTo(new[] { serviceSite }));

        ApiAssert.IsOk(await serviceAdmin.GetAsync($"/api/sites/{serviceSite:N}"));
        ApiAssert.IsError(await serviceAdmin.GetAsync($"/api/sites/{granted:N}"), HttpStatusCode.NotFound, "NotFound", "SiteGuid");
        ApiAssert.IsError(await partnerAdmin.GetAsync($"/api/sites/{unrelated:N}"), HttpStatusCode.NotFound, "NotFound", "SiteGuid");
        ApiAssert.IsOk(await Client.GetAsync($"/api/sites/{unrelated:N}"));
    }

    [Test]
    public async Task A_reseller_admin_registers_collections_only_on_sites_provided_to_its_partner()
    {
        var partner = await Given.PartnerAsync();
        var reseller = await Given.ResellerAsync(partner);
        var site = await Given.SiteAsync();
        using var resellerAdmin = await AdminAsync(AdminUserType.Reseller, reseller);
        object Body() => new { siteGuid = site, name = "Collection", collectionCode = Scenario.Unique("C"), servicesApiBaseUrl = "https://c.example.com" };

        ApiAssert.IsError(await resellerAdmin.PostAsync($"/api/resellers/{reseller:N}/collections", Body()), HttpStatusCode.NotFound, "NotFound", "SiteGuid");
        Assert.That(await SitesAsync(resellerAdmin), Is.Empty);

        ApiAssert.IsOk(await Client.PostAsync($"/api/partners/{partner:N}/siteaccess/{site:N}"));

        ApiAssert.IsOk(await resellerAdmin.PostAsync($"/api/resellers/{reseller:N}/collections", Body()));
        Assert.That(await SitesAsync(resellerAdmin), Is.EqualTo(new[] { site }));
    }

    private static async Task<ApiClient> AdminAsync(AdminUserType type, Guid scope) =>
        SharedHost.Host.CreateClient(await SharedHost.Host.CreateAdminApiKeyAsync(type, scope));

    private static async Task<List<Guid>> SitesAsync(ApiClient client)
    {
        var listed = await client.GetAsync("/api/sites?pageSize=100");
        ApiAssert.IsOk(listed);
        return listed.Json["results"]!.AsArray().Select(s => Guid.Parse(s!["siteGuid"]!.GetValue<string>())).ToList();
    }
}
