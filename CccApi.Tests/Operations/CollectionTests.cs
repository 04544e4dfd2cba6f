using System.Net;
using System.Text.Json.Nodes;
using CccApi.Tests.Infrastructure;

namespace CccApi.Tests.Operations;

/// <summary>RegisterCollection, GetResellerCollections, CreateReseller and GetReseller.</summary>
public sealed class CollectionTests : ApiTest
{
    private Task<ApiResult> Register(Guid reseller, object body) => Client.PostAsync($"/api/resellers/{reseller:N}/collections", body);

    private static object CollectionBody(Guid site, string? code = null) =>
        new { siteGuid = site, name = "Collection", collectionCode = code ?? Scenario.Unique("C"), servicesApiBaseUrl = "https://collection.example.com" };

    private async Task<ApiResult> ReadReseller(Guid reseller)
    {
        var result = await Client.GetAsync($"/api/resellers/{reseller:N}");
        ApiAssert.IsOk(result);
        return result;
    }

    private async Task<List<JsonNode>> Listed(Guid reseller)
    {
        var result = await Client.GetAsync($"/api/resellers/{reseller:N}/collections");
        ApiAssert.IsOk(result);
        return result.Json.AsArray().Select(c => c!).ToList();
    }

    // ---- RegisterCollection ----

    [Test]
    public async Task A_resellers_first_registered_collection_becomes_its_default_collection()
    {
        var reseller = await Given.BareResellerAsync();
        Assert.That((await ReadReseller(reseller)).Json["defaultCollectionGuid"], Is.Null);

        var result = await Register(reseller, CollectionBody(await Given.SiteAsync()));

        ApiAssert.IsOk(result);
        ApiAssert.HasProperties(result, "collectionGuid");
        Assert.That((await ReadReseller(reseller)).Guid("defaultCollectionGuid"), Is.EqualTo(result.Guid("collectionGuid")));
    }

    [Test]
    public async Task A_later_collection_does_not_replace_the_default_collection()
    {
        var setup = await Given.ResellerWithCollectionAsync();

        var result = await Register(setup.Reseller, CollectionBody(await Given.SiteAsync()));

        ApiAssert.IsOk(result);
        Assert.That((await ReadReseller(setup.Reseller)).Guid("defaultCollectionGuid"), Is.EqualTo(setup.Collection));
    }

    [Test]
    public async Task A_default_collection_given_at_creation_is_kept_when_the_reseller_registers_its_first_collection()
    {
        var other = await Given.ResellerWithCollectionAsync();
        var partner = await Given.PartnerAsync();
        var created = await Client.PostAsync($"/api/partners/{partner:N}/resellers", new
        {
            name = "With default",
            companyName = "Co",
            defaultCollectionGuid = other.Collection,
            contactInfo = new { name = "N", email = "n@example.com", phoneNumber = "1" },
        });
        ApiAssert.IsOk(created);
        var reseller = created.Guid("resellerGuid");

        ApiAssert.IsOk(await Register(reseller, CollectionBody(await Given.SiteAsync())));

        Assert.That((await ReadReseller(reseller)).Guid("defaultCollectionGuid"), Is.EqualTo(other.Collection));
    }

    [Test]
    public async Task A_taken_collection_code_is_a_409_and_changes_nothing()
    {
        var setup = await Given.ResellerWithCollectionAsync();
        var code = Scenario.Unique("CODE");
        ApiAssert.IsOk(await Register(setup.Reseller, CollectionBody(setup.Site, code)));
        var newcomer = await Given.BareResellerAsync();

        var result = await Register(newcomer, CollectionBody(setup.Site, code));

        ApiAssert.IsError(result, HttpStatusCode.Conflict, "Conflict", "CollectionCode");
        ApiAssert.HasProperties(result, "collectionGuid", "responseStatus");
        Assert.That(result.Text("collectionGuid"), Is.EqualTo(ApiAssert.EmptyGuid));
        Assert.That((await ReadReseller(newcomer)).Json["defaultCollectionGuid"], Is.Null);
        Assert.That(await Listed(newcomer), Is.Empty);
    }

    [Test]
    public async Task Site_name_and_code_are_required()
    {
        var reseller = await Given.BareResellerAsync();

        var result = await Register(reseller, new { servicesApiBaseUrl = "https://x.example.com" });

        ApiAssert.IsError(result, HttpStatusCode.BadRequest, "NotEmpty", "SiteGuid", "Name", "CollectionCode");
    }

    [Test]
    public async Task An_unknown_reseller_is_a_404_naming_ResellerGuid()
    {
        var result = await Register(Guid.NewGuid(), CollectionBody(await Given.SiteAsync()));

        ApiAssert.IsError(result, HttpStatusCode.NotFound, "NotFound", "ResellerGuid");
    }

    [Test]
    public async Task An_unknown_site_is_a_404_naming_SiteGuid()
    {
        var reseller = await Given.BareResellerAsync();

        var result = await Register(reseller, CollectionBody(Guid.NewGuid()));

        ApiAssert.IsError(result, HttpStatusCode.NotFound, "NotFound", "SiteGuid");
        Assert.That(await Listed(reseller), Is.Empty);
    }

    // ---- GetResellerCollections ----

    [Test]
    public async Task The_list_is_a_bare_array_of_owned_and_granted_collections_with_their_default_flag()
    {
        var setup = await Given.ResellerWithCollectionAsync();
        var other = await Given.ResellerWithCollectionAsync();
        var stranger = await Given.ResellerWithCollectionAsync();
        await Given.GrantAccessAsync(setup.Reseller, other.Collection);

        var result = await Client.GetAsync($"/api/resellers/{setup.Reseller:N}/collections");

        ApiAssert.IsOk(result);
        Assert.That(result.Json, Is.InstanceOf<JsonArray>());
        var listed = result.Json.AsArray().Select(c => c!).ToDictionary(c => Guid.Parse(c.Str("collectionGuid")!));
        Assert.That(listed.Keys, Is.EquivalentTo(new[] { setup.Collection, other.Collection }));
        Assert.That(listed.Keys, Does.Not.Contain(stranger.Collection));
        var owned = listed[setup.Collection];
        using (Assert.EnterMultipleScope())
        {
            Assert.That(owned.Str("name"), Is.EqualTo("Collection"));
            Assert.That(owned.Str("collectionCode"), Is.Not.Empty);
            Assert.That(owned.Str("status"), Is.EqualTo("Active"));
            Assert.That(owned.Str("createdOn"), Is.Not.Empty);
            Assert.That(owned.Str("servicesApiBaseUrl"), Is.EqualTo("https://collection.example.com"));
            Assert.That(owned.Str("siteGuid"), Is.EqualTo(setup.Site.ToString("N")));
            Assert.That(owned["isDefaultCollectionForSite"]!.GetValue<bool>(), Is.False, "owned, but no access record");
            Assert.That(listed[other.Collection]["isDefaultCollectionForSite"]!.GetValue<bool>(), Is.True);
        }
    }

    [Test]
    public async Task Listing_the_collections_of_an_unknown_reseller_is_a_404()
    {
        var result = await Client.GetAsync($"/api/resellers/{Guid.NewGuid():N}/collections");

        ApiAssert.IsError(result, HttpStatusCode.NotFound, "NotFound", "ResellerGuid");
    }

    // ---- CreateReseller / GetReseller ----

    [Test]
    public async Task A_created_reseller_is_read_back_with_its_partner_and_contact()
    {
        var partner = await Given.PartnerAsync();
        var created = await Client.PostAsync($"/api/partners/{partner:N}/resellers", new
        {
            name = "Read Back Reseller",
            companyName = "Read Back Co",
            contactInfo = new { name = "Rita", email = "rita@example.com", phoneNumber = "+1 555 0111" },
        });
        ApiAssert.IsOk(created);

        var reseller = await ReadReseller(created.Guid("resellerGuid"));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(reseller.Guid("resellerGuid"), Is.EqualTo(created.Guid("resellerGuid")));
            Assert.That(reseller.Text("name"), Is.EqualTo("Read Back Reseller"));
            Assert.That(reseller.Text("companyName"), Is.EqualTo("Read Back Co"));
            Assert.That(reseller.Text("status"), Is.EqualTo("Active"));
            Assert.That(reseller.Guid("partnerGuid"), Is.EqualTo(partner));
            Assert.That(reseller.Json["contactInfo"].Str("email"), Is.EqualTo("rita@example.com"));
            Assert.That(reseller.Json["defaultCollectionGuid"], Is.Null);
        }
    }

    [Test]
    public async Task A_reseller_under_an_unknown_partner_is_a_404_naming_PartnerGuid()
    {
        var result = await Client.PostAsync($"/api/partners/{Guid.NewGuid():N}/resellers", new
        {
            name = "Orphan",
            companyName = "Co",
            contactInfo = new { name = "N", email = "n@example.com", phoneNumber = "1" },
        });

        ApiAssert.IsError(result, HttpStatusCode.NotFound, "NotFound", "PartnerGuid");
        ApiAssert.HasProperties(result, "resellerGuid", "responseStatus");
    }

    [Test]
    public async Task A_reseller_needs_a_name_a_company_name_and_contact_info()
    {
        var partner = await Given.PartnerAsync();

        var result = await Client.PostAsync($"/api/partners/{partner:N}/resellers", new { });

        ApiAssert.IsError(result, HttpStatusCode.BadRequest, "NotEmpty", "Name", "CompanyName", "ContactInfo");
    }

    [Test]
    public async Task Reading_an_unknown_reseller_is_a_404()
    {
        var result = await Client.GetAsync($"/api/resellers/{Guid.NewGuid():N}");

        ApiAssert.IsError(result, HttpStatusCode.NotFound, "NotFound", "ResellerGuid");
        Assert.That(result.Text("resellerGuid"), Is.EqualTo(ApiAssert.EmptyGuid));
    }
}
