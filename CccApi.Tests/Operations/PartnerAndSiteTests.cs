using System.Globalization;
using System.Net;
using CccApi.Tests.Infrastructure;

namespace CccApi.Tests.Operations;

/// <summary>CreatePartner, CreateSite, GetSites, GetSite and Ping.</summary>
public sealed class PartnerAndSiteTests : ApiTest
{
    private static object SiteBody(string name) =>
        new { name, providerName = "Provider", jurisdiction = "EU", endpoint = "https://eu.example.com" };

    // ---- CreatePartner ----

    [Test]
    public async Task Creating_a_partner_answers_its_guid_and_the_partner_can_then_hold_resellers()
    {
        var result = await Client.PostAsync("/api/partners", new { name = Scenario.Unique("Partner ") });

        ApiAssert.IsOk(result);
        ApiAssert.HasProperties(result, "partnerGuid");
        var reseller = await Given.ResellerAsync(result.Guid("partnerGuid"));
        Assert.That((await Client.GetAsync($"/api/resellers/{reseller:N}")).Guid("partnerGuid"), Is.EqualTo(result.Guid("partnerGuid")));
    }

    [Test]
    public async Task A_taken_partner_name_is_a_409_naming_Name()
    {
        var name = Scenario.Unique("Partner ");
        ApiAssert.IsOk(await Client.PostAsync("/api/partners", new { name }));

        var result = await Client.PostAsync("/api/partners", new { name });

        ApiAssert.IsError(result, HttpStatusCode.Conflict, "Conflict", "Name");
        ApiAssert.HasProperties(result, "partnerGuid", "responseStatus");
        Assert.That(result.Text("partnerGuid"), Is.EqualTo(ApiAssert.EmptyGuid));
    }

    [TestCase(null)]
    [TestCase("")]
    public async Task A_partner_name_is_required(string? name)
    {
        var result = await Client.PostAsync("/api/partners", name is null ? new { } : new { name });

        ApiAssert.IsError(result, HttpStatusCode.BadRequest, "NotEmpty", "Name");
    }

    [Test]
    public async Task A_partner_name_may_have_100_characters_but_not_101()
    {
        var stem = Scenario.Unique("P");
        var hundred = stem + new string('x', 100 - stem.Length);

        var ok = await Client.PostAsync("/api/partners", new { name = hundred });
        var tooLong = await Client.PostAsync("/api/partners", new { name = hundred + "y" });

        ApiAssert.IsOk(ok);
        ApiAssert.IsError(tooLong, HttpStatusCode.BadRequest, "MaximumLength", "Name");
    }

    // ---- CreateSite / GetSite / GetSites ----

    [Test]
    public async Task A_created_site_is_read_back_active_with_its_fields()
    {
        var name = Scenario.Unique("Site ");

        var created = await Client.PostAsync("/api/sites", SiteBody(name));

        ApiAssert.IsOk(created);
        ApiAssert.HasProperties(created, "siteGuid");
        var site = await Client.GetAsync($"/api/sites/{created.Guid("siteGuid"):N}");
        ApiAssert.IsOk(site);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(site.Guid("siteGuid"), Is.EqualTo(created.Guid("siteGuid")));
            Assert.That(site.Text("name"), Is.EqualTo(name));
            Assert.That(site.Text("providerName"), Is.EqualTo("Provider"));
            Assert.That(site.Text("jurisdiction"), Is.EqualTo("EU"));
            Assert.That(site.Text("endpoint"), Is.EqualTo("https://eu.example.com"));
            Assert.That(site.Text("status"), Is.EqualTo("Active"));
            Assert.That(site.Text("createdOn"), Is.Not.Empty);
        }
    }

    [Test]
    public async Task A_taken_site_name_is_a_409_naming_Name()
    {
        var name = Scenario.Unique("Site ");
        ApiAssert.IsOk(await Client.PostAsync("/api/sites", SiteBody(name)));

        var result = await Client.PostAsync("/api/sites", SiteBody(name));

        ApiAssert.IsError(result, HttpStatusCode.Conflict, "Conflict", "Name");
        ApiAssert.HasProperties(result, "siteGuid", "responseStatus");
    }

    [Test]
    public async Task A_site_name_is_required()
    {
        var result = await Client.PostAsync("/api/sites", new { providerName = "Provider" });

        ApiAssert.IsError(result, HttpStatusCode.BadRequest, "NotEmpty", "Name");
    }

    [Test]
    public async Task Reading_an_unknown_site_is_a_404_naming_SiteGuid()
    {
        var result = await Client.GetAsync($"/api/sites/{Guid.NewGuid():N}");

        ApiAssert.IsError(result, HttpStatusCode.NotFound, "NotFound", "SiteGuid");
    }

    [Test]
    public async Task Sites_are_listed_paged_and_filtered_by_the_resellers_and_partners_collections()
    {
        var partner = await Given.PartnerAsync();
        var reseller = await Given.ResellerAsync(partner);
        var owned = await Given.SiteAsync();
        var granted = await Given.SiteAsync();
        var unrelated = await Given.SiteAsync();
        await Given.CollectionAsync(reseller, owned);
        var foreignCollection = await Given.CollectionAsync(await Given.ResellerAsync(), granted);
        await Given.GrantAccessAsync(reseller, foreignCollection);

        var byReseller = await Client.GetAsync($"/api/sites?resellerGuid={reseller:N}");
        var byPartner = await Client.GetAsync($"/api/sites?partnerGuid={partner:N}");
        var all = await Client.GetAsync("/api/sites?pageSize=100");

        ApiAssert.IsOk(byReseller);
        ApiAssert.IsOk(byPartner);
        static IEnumerable<Guid> Sites(ApiResult r) => r.Json["results"]!.AsArray().Select(s => Guid.Parse(s.Str("siteGuid")!));
        using (Assert.EnterMultipleScope())
        {
            Assert.That(Sites(byReseller), Is.EquivalentTo(new[] { owned, granted }));
            Assert.That(Sites(byPartner), Is.EquivalentTo(new[] { owned, granted }));
            Assert.That(byReseller.Json["totalItems"]!.GetValue<int>(), Is.EqualTo(2));
            Assert.That(byReseller.Json["totalPages"]!.GetValue<int>(), Is.EqualTo(1));
            Assert.That(byReseller.Json["currentPage"]!.GetValue<int>(), Is.EqualTo(1));
            Assert.That(byReseller.Json["pageSize"]!.GetValue<int>(), Is.EqualTo(25));
            Assert.That(all.Json["pageSize"]!.GetValue<int>(), Is.EqualTo(100));
            Assert.That(all.Json["totalItems"]!.GetValue<int>(), Is.GreaterThanOrEqualTo(3));
        }
        Assert.That(Sites(byReseller), Does.Not.Contain(unrelated));
    }

    [TestCase("page=0", "Page", "GreaterThanOrEqual")]
    [TestCase("pageSize=0", "PageSize", "InclusiveBetween")]
    [TestCase("pageSize=101", "PageSize", "InclusiveBetween")]
    public async Task Site_paging_out_of_range_is_a_400(string query, string field, string code)
    {
        var result = await Client.GetAsync($"/api/sites?{query}");

        ApiAssert.IsError(result, HttpStatusCode.BadRequest, code, field);
    }

    // ---- Ping ----

    [Test]
    public async Task Ping_answers_the_current_utc_time_and_a_version()
    {
        var result = await Client.GetAsync("/api/ping");

        ApiAssert.IsOk(result);
        ApiAssert.HasProperties(result, "timestamp", "version");
        var timestamp = DateTime.Parse(result.Text("timestamp"), CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal);
        Assert.That(timestamp, Is.EqualTo(DateTime.UtcNow).Within(TimeSpan.FromMinutes(1)));
        Assert.That(result.Text("timestamp"), Does.EndWith("Z"));
        Assert.That(result.Text("version"), Does.Match(@"^\d+(\.\d+)+$"));
    }
}
