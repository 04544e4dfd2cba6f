using System.Net;
using CccApi.ServiceInterface.Data.Entities;
using CccApi.Tests.Infrastructure;

namespace CccApi.Tests.Operations;

/// <summary>PartnerSiteAccess (grant and remove, SuperUser only), GetPartnerSites, and the Site fields they show.</summary>
public sealed class PartnerSiteAccessTests : ApiTest
{
    [Test]
    public async Task A_granted_site_is_listed_for_the_partner_and_removing_the_access_unlists_it()
    {
        var partner = await Given.PartnerAsync();
        var site = await Given.SiteAsync();
        await Given.SiteAsync();

        ApiAssert.IsOk(await Client.PostAsync($"/api/partners/{partner:N}/siteaccess/{site:N}"));
        Assert.That(Sites(await Client.GetAsync($"/api/partners/{partner:N}/sites")), Is.EqualTo(new[] { site }));

        ApiAssert.IsOk(await Client.DeleteAsync($"/api/partners/{partner:N}/siteaccess/{site:N}"));
        Assert.That(Sites(await Client.GetAsync($"/api/partners/{partner:N}/sites")), Is.Empty);
    }

    [Test]
    public async Task Granting_an_access_that_exists_is_a_409_and_removing_one_that_does_not_is_a_404()
    {
        var partner = await Given.PartnerAsync();
        var site = await Given.SiteAsync();
        ApiAssert.IsOk(await Client.PostAsync($"/api/partners/{partner:N}/siteaccess/{site:N}"));

        ApiAssert.IsError(await Client.PostAsync($"/api/partners/{partner:N}/siteaccess/{site:N}"), HttpStatusCode.Conflict, "Conflict");
        var other = await Given.SiteAsync();
        ApiAssert.IsError(await Client.DeleteAsync($"/api/partners/{partner:N}/siteaccess/{other:N}"), HttpStatusCode.NotFound, "NotFound", "SiteGuid");
    }

    [Test]
    public async Task Access_is_not_removed_while_the_partners_resellers_use_the_site()
    {
        var partner = await Given.PartnerAsync();
        var site = await Given.SiteAsync();
        ApiAssert.IsOk(await Client.PostAsync($"/api/partners/{partner:N}/siteaccess/{site:N}"));
        await Given.CollectionAsync(await Given.ResellerAsync(partner), site);

        var result = await Client.DeleteAsync($"/api/partners/{partner:N}/siteaccess/{site:N}");

        ApiAssert.IsError(result, HttpStatusCode.Conflict, "Conflict", "SiteGuid");
        Assert.That(Sites(await Client.GetAsync($"/api/partners/{partner:N}/sites")), Is.EqualTo(new[] { site }));
    }

    [Test]
    public async Task Unknown_partner_or_site_is_a_404()
    {
        var partner = await Given.PartnerAsync();
        var site = await Given.SiteAsync();

        ApiAssert.IsError(await Client.PostAsync($"/api/partners/{Guid.NewGuid():N}/siteaccess/{site:N}"), HttpStatusCode.NotFound, "NotFound", "PartnerGuid");
        ApiAssert.IsError(await Client.PostAsync($"/api/partners/{partner:N}/siteaccess/{Guid.NewGuid():N}"), HttpStatusCode.NotFound, "NotFound", "SiteGuid");
        ApiAssert.IsError(await Client.GetAsync($"/api/partners/{Guid.NewGuid():N}/sites"), HttpStatusCode.NotFound, "NotFound", "PartnerGuid");
    }

    [TestCase(AdminUserType.Partner)]
    [TestCase(AdminUserType.Reseller)]
    [TestCase(AdminUserType.Service)]
    public async Task Only_a_superuser_grants_or_removes_access(AdminUserType type)
    {
        var partner = await Given.PartnerAsync();
        var site = await Given.SiteAsync();
        using var admin = SharedHost.Host.CreateClient(await SharedHost.Host.CreateAdminApiKeyAsync(type, partner));

        ApiAssert.IsError(await admin.PostAsync($"/api/partners/{partner:N}/siteaccess/{site:N}"), HttpStatusCode.Forbidden, "Forbidden");
        ApiAssert.IsError(await admin.DeleteAsync($"/api/partners/{partner:N}/siteaccess/{site:N}"), HttpStatusCode.Forbidden, "Forbidden");
    }

    [Test]
    public async Task A_site_owned_by_a_partner_shows_its_owner_version_and_service_pack_and_is_listed_for_it()
    {
        var partner = await Given.PartnerAsync();
        var created = await Client.PostAsync("/api/sites", new
        {
            name = Scenario.Unique("Owned site "), ownerPartnerGuid = partner, availableServerVersion = "8.4.0", availableServicePack = 3,
        });
        ApiAssert.IsOk(created);
        var site = created.Guid("siteGuid");

        var read = await Client.GetAsync($"/api/sites/{site:N}");

        Assert.That(read.Text("ownerPartnerGuid"), Is.EqualTo(partner.ToString("N")));
        Assert.That(read.Text("availableServerVersion"), Is.EqualTo("8.4.0"));
        Assert.That(read.Json["availableServicePack"]!.GetValue<int>(), Is.EqualTo(3));
        Assert.That(Sites(await Client.GetAsync($"/api/partners/{partner:N}/sites")), Is.EqualTo(new[] { site }));
    }

    [Test]
    public async Task A_site_for_an_unknown_owner_is_a_404_and_not_created()
    {
        var name = Scenario.Unique("Orphan site ");

        var result = await Client.PostAsync("/api/sites", new { name, ownerPartnerGuid = Guid.NewGuid() });

        ApiAssert.IsError(result, HttpStatusCode.NotFound, "NotFound", "OwnerPartnerGuid");
        ApiAssert.IsOk(await Client.PostAsync("/api/sites", new { name }));
    }

    private static List<Guid> Sites(ApiResult list) =>
        [.. list.Json["results"]!.AsArray().Select(s => Guid.Parse(s.Str("siteGuid")!))];
}
