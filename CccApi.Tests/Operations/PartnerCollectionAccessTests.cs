using System.Net;
using CccApi.ServiceInterface.Data.Entities;
using CccApi.Tests.Infrastructure;

namespace CccApi.Tests.Operations;

/// <summary>
/// PartnerCollectionAccess (SuperUser only): a Collection granted to a Partner is usable by all its Resellers, and the
/// Partner's default Collection for a Site places their services when they have no default of their own there.
/// </summary>
public sealed class PartnerCollectionAccessTests : ApiTest
{
    /// <summary>A partner with access to a site, a collection on that site owned by a reseller of another partner, and a reseller of the partner with none of its own.</summary>
    private async Task<(Guid Partner, Guid Site, Guid Collection, Guid Reseller)> WorldAsync()
    {
        var partner = await Given.PartnerAsync();
        var site = await Given.SiteAsync();
        ApiAssert.IsOk(await Client.PostAsync($"/api/partners/{partner:N}/siteaccess/{site:N}"));
        var collection = await Given.CollectionAsync(await Given.ResellerAsync(), site);
        return (partner, site, collection, await Given.ResellerAsync(partner));
    }

    private string Access(Guid partner, Guid collection) => $"/api/partners/{partner:N}/collectionaccess/{collection:N}";

    private async Task<ApiResult> CreateServiceAsync(ApiClient client, Guid reseller, object placement) =>
        await client.PostAsync("/api/services", new Dictionary<string, object>
        {
            ["primaryDomain"] = Scenario.UniqueDomain(),
            ["resellerGuid"] = reseller,
        }.Concat(placement.GetType().GetProperties().Select(p => KeyValuePair.Create(p.Name, p.GetValue(placement)!))).ToDictionary());

    [Test]
    public async Task The_first_grant_on_a_site_is_the_partners_default_there_and_places_its_resellers_services()
    {
        var (partner, site, collection, reseller) = await WorldAsync();
        ApiAssert.IsError(await CreateServiceAsync(Client, reseller, new { siteGuid = site }), HttpStatusCode.BadRequest, "NoDefaultCollection", "SiteGuid");

        ApiAssert.IsOk(await Client.PostAsync(Access(partner, collection)));

        var created = await CreateServiceAsync(Client, reseller, new { siteGuid = site });
        ApiAssert.IsOk(created);
        Assert.That((await Client.GetAsync($"/api/services/{created.Guid("serviceGuid"):N}")).Guid("collectionGuid"), Is.EqualTo(collection));
    }

    [Test]
    public async Task A_new_default_resets_the_old_one_and_put_changes_it_back()
    {
        var (partner, site, first, reseller) = await WorldAsync();
        var second = await Given.CollectionAsync(await Given.ResellerAsync(), site);
        ApiAssert.IsOk(await Client.PostAsync(Access(partner, first)));

        ApiAssert.IsOk(await Client.PostAsync(Access(partner, second), new { isDefaultCollectionForSite = true }));
        Assert.That(await PlacedInAsync(reseller, site), Is.EqualTo(second));

        ApiAssert.IsOk(await Client.PutAsync(Access(partner, first), new { isDefaultCollectionForSite = true }));
        Assert.That(await PlacedInAsync(reseller, site), Is.EqualTo(first));
    }

    [Test]
    public async Task A_resellers_own_default_on_the_site_comes_before_its_partners()
    {
        var (partner, site, collection, reseller) = await WorldAsync();
        ApiAssert.IsOk(await Client.PostAsync(Access(partner, collection)));
        var own = await Given.CollectionAsync(reseller, site);
        await Given.GrantAccessAsync(reseller, own);

        Assert.That(await PlacedInAsync(reseller, site), Is.EqualTo(own));
    }

    [Test]
    public async Task The_partners_reseller_admins_may_install_services_in_the_granted_collection_by_its_guid()
    {
        var (partner, _, collection, reseller) = await WorldAsync();
        using var resellerAdmin = SharedHost.Host.CreateClient(await SharedHost.Host.CreateAdminApiKeyAsync(AdminUserType.Reseller, reseller));
        ApiAssert.IsError(await CreateServiceAsync(resellerAdmin, reseller, new { collectionGuid = collection }), HttpStatusCode.NotFound, "NotFound", "CollectionGuid");

        ApiAssert.IsOk(await Client.PostAsync(Access(partner, collection)));

        ApiAssert.IsOk(await CreateServiceAsync(resellerAdmin, reseller, new { collectionGuid = collection }));
    }

    [Test]
    public async Task A_collection_on_a_site_the_partner_has_no_access_to_is_a_403_and_nothing_is_written()
    {
        var partner = await Given.PartnerAsync();
        var collection = await Given.CollectionAsync(await Given.ResellerAsync(), await Given.SiteAsync());

        ApiAssert.IsError(await Client.PostAsync(Access(partner, collection)), HttpStatusCode.Forbidden, "Forbidden", "CollectionGuid");
        ApiAssert.IsError(await Client.PutAsync(Access(partner, collection), new { isDefaultCollectionForSite = true }), HttpStatusCode.NotFound, "NotFound");
    }

    [Test]
    public async Task Duplicates_missing_records_and_delete_with_a_body_are_refused()
    {
        var (partner, _, collection, _) = await WorldAsync();
        ApiAssert.IsError(await Client.DeleteAsync(Access(partner, collection)), HttpStatusCode.NotFound, "NotFound");
        ApiAssert.IsOk(await Client.PostAsync(Access(partner, collection)));

        ApiAssert.IsError(await Client.PostAsync(Access(partner, collection)), HttpStatusCode.Conflict, "Conflict");
        ApiAssert.IsError(await Client.DeleteAsync(Access(partner, collection) + "?isDefaultCollectionForSite=false"), HttpStatusCode.BadRequest, "InvalidParameter", "IsDefaultCollectionForSite");
        ApiAssert.IsError(await Client.PostAsync(Access(Guid.NewGuid(), collection)), HttpStatusCode.NotFound, "NotFound", "PartnerGuid");
        ApiAssert.IsError(await Client.PostAsync(Access(partner, Guid.NewGuid())), HttpStatusCode.NotFound, "NotFound", "CollectionGuid");
        ApiAssert.IsOk(await Client.DeleteAsync(Access(partner, collection)));
        ApiAssert.IsError(await Client.DeleteAsync(Access(partner, collection)), HttpStatusCode.NotFound, "NotFound");
    }

    [Test]
    public async Task Removal_is_refused_while_services_are_installed_through_it_and_the_site_access_while_it_exists()
    {
        var (partner, site, collection, reseller) = await WorldAsync();
        ApiAssert.IsOk(await Client.PostAsync(Access(partner, collection)));
        ApiAssert.IsError(await Client.DeleteAsync($"/api/partners/{partner:N}/siteaccess/{site:N}"), HttpStatusCode.Conflict, "Conflict", "SiteGuid");
        ApiAssert.IsOk(await CreateServiceAsync(Client, reseller, new { collectionGuid = collection }));

        ApiAssert.IsError(await Client.DeleteAsync(Access(partner, collection)), HttpStatusCode.Conflict, "Conflict", "CollectionGuid");

        await Given.GrantAccessAsync(reseller, collection);
        ApiAssert.IsOk(await Client.DeleteAsync(Access(partner, collection)));
    }

    [TestCase(AdminUserType.Partner)]
    [TestCase(AdminUserType.Reseller)]
    public async Task Only_a_superuser_grants_changes_or_removes_access(AdminUserType type)
    {
        var (partner, _, collection, reseller) = await WorldAsync();
        using var admin = SharedHost.Host.CreateClient(await SharedHost.Host.CreateAdminApiKeyAsync(type, type == AdminUserType.Partner ? partner : reseller));

        ApiAssert.IsError(await admin.PostAsync(Access(partner, collection)), HttpStatusCode.Forbidden, "Forbidden");
        ApiAssert.IsError(await admin.PutAsync(Access(partner, collection), new { isDefaultCollectionForSite = true }), HttpStatusCode.Forbidden, "Forbidden");
        ApiAssert.IsError(await admin.DeleteAsync(Access(partner, collection)), HttpStatusCode.Forbidden, "Forbidden");
    }

    private async Task<Guid> PlacedInAsync(Guid reseller, Guid site)
    {
        var created = await CreateServiceAsync(Client, reseller, new { siteGuid = site });
        ApiAssert.IsOk(created);
        return (await Client.GetAsync($"/api/services/{created.Guid("serviceGuid"):N}")).Guid("collectionGuid");
    }
}
