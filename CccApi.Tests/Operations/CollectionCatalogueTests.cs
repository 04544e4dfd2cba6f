using System.Net;
using CccApi.ServiceInterface.Data.Entities;
using CccApi.Tests.Infrastructure;

namespace CccApi.Tests.Operations;

/// <summary>GetCollections, GetCollection, UpdateCollection, PingCollection, CreateSiteEndpoint (ours) and the trial a collection gives its services.</summary>
public sealed class CollectionCatalogueTests : ApiTest
{
    private async Task<Guid> EndpointAsync(Guid site, string version = "8.4.2")
    {
        var created = await Client.PostAsync($"/api/sites/{site:N}/endpoints",
            new { name = "Portal", siteVersion = version, description = "The site's portal", url = "https://portal.example.com" });
        ApiAssert.IsOk(created);
        return created.Guid("siteEndpointGuid");
    }

    private static string Collection(Guid collection) => $"/api/collections/{collection:N}";

    [Test]
    public async Task A_collection_shows_its_site_endpoint_once_one_is_set()
    {
        var setup = await Given.ResellerWithCollectionAsync();
        var read = await Client.GetAsync(Collection(setup.Collection));
        ApiAssert.IsOk(read);
        Assert.That(read.Json["siteEndpoint"], Is.Null);
        Assert.That((read.Guid("collectionGuid"), read.Guid("siteGuid"), read.Text("status")), Is.EqualTo((setup.Collection, setup.Site, "Active")));

        var endpoint = await EndpointAsync(setup.Site);
        ApiAssert.IsOk(await Client.PutAsync(Collection(setup.Collection), new { siteEndpointGuid = endpoint }));

        var shown = (await Client.GetAsync(Collection(setup.Collection))).Json["siteEndpoint"]!;
        Assert.That((shown.Str("guid"), shown.Str("siteGuid"), shown.Str("name"), shown.Str("siteVersion"), shown.Str("url")),
            Is.EqualTo((endpoint.ToString("N"), setup.Site.ToString("N"), "Portal", "8.4.2", "https://portal.example.com")));
        var listed = (await Client.GetAsync($"/api/resellers/{setup.Reseller:N}/collections")).Json.AsArray().Single()!;
        Assert.That(listed["siteEndpoint"]!.Str("guid"), Is.EqualTo(endpoint.ToString("N")));
    }

    [Test]
    public async Task An_endpoint_of_another_site_or_none_is_a_404_naming_SiteEndpointGuid()
    {
        var setup = await Given.ResellerWithCollectionAsync();
        var elsewhere = await EndpointAsync(await Given.SiteAsync());

        ApiAssert.IsError(await Client.PutAsync(Collection(setup.Collection), new { siteEndpointGuid = elsewhere }), HttpStatusCode.NotFound, "NotFound", "SiteEndpointGuid");
        ApiAssert.IsError(await Client.PutAsync(Collection(setup.Collection), new { siteEndpointGuid = Guid.NewGuid() }), HttpStatusCode.NotFound, "NotFound", "SiteEndpointGuid");
    }

    [Test]
    public async Task The_owning_resellers_admin_changes_the_base_url_but_only_a_superuser_sets_name_status_version_and_trial()
    {
        var setup = await Given.ResellerWithCollectionAsync();
        using var owner = SharedHost.Host.CreateClient(await SharedHost.Host.CreateAdminApiKeyAsync(AdminUserType.Reseller, setup.Reseller));

        ApiAssert.IsOk(await owner.PutAsync(Collection(setup.Collection), new { servicesApiBaseUrl = "https://moved.example.com" }));
        Assert.That((await Client.GetAsync(Collection(setup.Collection))).Text("servicesApiBaseUrl"), Is.EqualTo("https://moved.example.com"));
        foreach (var (field, body) in new (string, object)[]
                 {
                     ("Name", new { name = "Renamed" }), ("Status", new { status = "Disabled" }),
                     ("CurrentVersion", new { currentVersion = "9.0" }), ("DefaultTrialPeriod", new { defaultTrialPeriod = 7 }),
                 })
            ApiAssert.IsError(await owner.PutAsync(Collection(setup.Collection), body), HttpStatusCode.Forbidden, "Forbidden", field);
        Assert.That((await Client.GetAsync(Collection(setup.Collection))).Text("status"), Is.EqualTo("Active"));
    }

    [Test]
    public async Task A_reseller_that_was_only_granted_the_collection_may_read_but_not_change_it_and_a_foreign_one_sees_nothing()
    {
        var setup = await Given.ResellerWithCollectionAsync();
        var grantee = await Given.ResellerAsync();
        await Given.GrantAccessAsync(grantee, setup.Collection);
        using var granted = SharedHost.Host.CreateClient(await SharedHost.Host.CreateAdminApiKeyAsync(AdminUserType.Reseller, grantee));
        using var foreign = SharedHost.Host.CreateClient(await SharedHost.Host.CreateAdminApiKeyAsync(AdminUserType.Reseller, await Given.ResellerAsync()));

        ApiAssert.IsOk(await granted.GetAsync(Collection(setup.Collection)));
        ApiAssert.IsError(await granted.PutAsync(Collection(setup.Collection), new { servicesApiBaseUrl = "https://x.example.com" }), HttpStatusCode.Forbidden, "Forbidden", "CollectionGuid");
        ApiAssert.IsError(await foreign.GetAsync(Collection(setup.Collection)), HttpStatusCode.NotFound, "NotFound", "CollectionGuid");
        ApiAssert.IsError(await foreign.GetAsync(Collection(setup.Collection) + "/ping"), HttpStatusCode.NotFound, "NotFound", "CollectionGuid");
    }

    [Test]
    public async Task The_collections_trial_period_sets_new_services_trial_end_and_a_disabled_collection_takes_none()
    {
        var setup = await Given.ResellerWithCollectionAsync();
        ApiAssert.IsOk(await Client.PutAsync(Collection(setup.Collection), new { defaultTrialPeriod = 7 }));

        var service = await Client.GetAsync($"/api/services/{await Given.ServiceAsync(setup.Reseller):N}");
        var createdOn = DateTime.Parse(service.Text("createdOn"), null, System.Globalization.DateTimeStyles.RoundtripKind);
        var trialEnd = DateTime.Parse(service.Text("trialEndDate"), null, System.Globalization.DateTimeStyles.RoundtripKind);
        Assert.That(trialEnd - createdOn, Is.EqualTo(TimeSpan.FromDays(7)));

        ApiAssert.IsOk(await Client.PutAsync(Collection(setup.Collection), new { status = "Disabled" }));
        var refused = await Client.PostAsync("/api/services", new { primaryDomain = Scenario.UniqueDomain(), resellerGuid = setup.Reseller, collectionGuid = setup.Collection });
        ApiAssert.IsError(refused, HttpStatusCode.Conflict, "Conflict", "CollectionGuid");
    }

    [Test]
    public async Task A_collection_moves_to_another_site_only_while_nothing_is_tied_to_its_site()
    {
        var setup = await Given.ResellerWithCollectionAsync();
        var target = await Given.SiteAsync();
        ApiAssert.IsOk(await Client.PutAsync(Collection(setup.Collection), new { siteEndpointGuid = await EndpointAsync(setup.Site) }));
        var code = Scenario.Unique("C");
        var spare = (await Client.PostAsync($"/api/resellers/{setup.Reseller:N}/collections",
            new { siteGuid = setup.Site, name = "Spare", collectionCode = code, servicesApiBaseUrl = "https://spare.example.com" })).Guid("collectionGuid");

        await Given.ServiceAsync(setup.Reseller);

        ApiAssert.IsError(await Client.PutAsync(Collection(setup.Collection), new { siteGuid = target }), HttpStatusCode.Conflict, "Conflict", "SiteGuid");
        ApiAssert.IsOk(await Client.PutAsync(Collection(spare), new { siteGuid = target }));

        var moved = await Client.GetAsync(Collection(spare));
        Assert.That((moved.Guid("siteGuid"), moved.Json["siteEndpoint"]), Is.EqualTo((target, (System.Text.Json.Nodes.JsonNode?)null)));
    }

    [Test]
    public async Task Ping_answers_our_time_and_the_versions_held_for_the_collection_and_its_site()
    {
        var site = (await Client.PostAsync("/api/sites", new { name = Scenario.Unique("Versioned site "), availableServerVersion = "8.3.9" })).Guid("siteGuid");
        var reseller = await Given.ResellerAsync();
        var collection = await Given.CollectionAsync(reseller, site);
        ApiAssert.IsOk(await Client.PutAsync(Collection(collection), new { currentVersion = "8.4.1" }));
        var before = DateTime.UtcNow.AddSeconds(-5);

        var ping = await Client.GetAsync(Collection(collection) + "/ping");

        ApiAssert.IsOk(ping);
        Assert.That((ping.Text("directoryVersion"), ping.Text("siteVersion"), ping.Text("collectionVersion")), Is.EqualTo(("8.4.0.0", "8.3.9", "8.4.1")));
        Assert.That(DateTime.Parse(ping.Text("timestamp"), null, System.Globalization.DateTimeStyles.RoundtripKind), Is.GreaterThan(before).And.LessThan(DateTime.UtcNow.AddSeconds(5)));
        ApiAssert.IsOk(await Client.PutAsync(Collection(collection), new { siteEndpointGuid = await EndpointAsync(site, "8.4.5") }));
        Assert.That((await Client.GetAsync(Collection(collection) + "/ping")).Text("siteVersion"), Is.EqualTo("8.4.5"));
    }

    [Test]
    public async Task GetCollections_filters_by_partner_reseller_and_site_within_what_the_caller_sees()
    {
        var partner = await Given.PartnerAsync();
        var reseller = await Given.ResellerAsync(partner);
        var site = await Given.SiteAsync();
        var own = await Given.CollectionAsync(reseller, site);
        var other = await Given.CollectionAsync(await Given.ResellerAsync(), site);
        using var resellerAdmin = SharedHost.Host.CreateClient(await SharedHost.Host.CreateAdminApiKeyAsync(AdminUserType.Reseller, reseller));

        Assert.That(await ListedAsync(Client, $"partnerGuid={partner:N}"), Is.EqualTo(new[] { own }));
        Assert.That(await ListedAsync(Client, $"resellerGuid={reseller:N}"), Is.EqualTo(new[] { own }));
        Assert.That(await ListedAsync(Client, $"siteGuid={site:N}"), Is.EquivalentTo(new[] { own, other }));
        Assert.That(await ListedAsync(resellerAdmin, $"siteGuid={site:N}"), Is.EqualTo(new[] { own }));
        Assert.That(await ListedAsync(resellerAdmin, ""), Is.EqualTo(new[] { own }));
        Assert.That(await ListedAsync(resellerAdmin, $"partnerGuid={Guid.NewGuid():N}"), Is.Empty);
    }

    [Test]
    public async Task Bad_input_is_a_400_naming_the_field()
    {
        var setup = await Given.ResellerWithCollectionAsync();

        ApiAssert.IsError(await Client.PutAsync(Collection(setup.Collection), new { defaultTrialPeriod = 0 }), HttpStatusCode.BadRequest, "InclusiveBetween", "DefaultTrialPeriod");
        ApiAssert.IsError(await Client.PutAsync(Collection(setup.Collection), new { servicesApiBaseUrl = "ftp://x.example.com" }), HttpStatusCode.BadRequest, "Url", "ServicesApiBaseUrl");
        ApiAssert.IsError(await Client.PutAsync(Collection(setup.Collection), new { status = "Paused" }), HttpStatusCode.BadRequest, "AllowableValues", "Status");
        ApiAssert.IsError(await Client.PostAsync($"/api/sites/{setup.Site:N}/endpoints", new { name = "No URL" }), HttpStatusCode.BadRequest, "NotEmpty", "Url");
    }

    [Test]
    public async Task GetService_shows_urls_built_from_its_collection_and_site_endpoint_and_its_initial_term()
    {
        var setup = await Given.ResellerWithCollectionAsync();
        var service = await Given.ServiceAsync(setup.Reseller);
        var before = await Client.GetAsync($"/api/services/{service:N}");
        Assert.That(before.Json["urls"]!["MessagingApi"]!.GetValue<string>(), Is.EqualTo("https://collection.example.com"));
        Assert.That(before.Json["urls"]!["Webmail"], Is.Null, "no Site endpoint yet");

        ApiAssert.IsOk(await Client.PutAsync(Collection(setup.Collection), new { siteEndpointGuid = await EndpointAsync(setup.Site), servicesApiBaseUrl = "https://api.example.com/" }));

        var read = await Client.GetAsync($"/api/services/{service:N}");
        var urls = read.Json["urls"]!.AsObject();
        var code = read.Text("serviceCode");
        Assert.That(urls.Select(u => u.Key), Is.EquivalentTo(new[]
            { "MessagingApi", "Webmail", "ToolbarServices", "GatewaySettings", "AdminConsole", "SecMsgAPI", "Webapp", "IdProxy", "IdProxyLogout" }));
        Assert.That((urls["MessagingApi"]!.GetValue<string>(), urls["SecMsgAPI"]!.GetValue<string>(), urls["Webmail"]!.GetValue<string>(), urls["IdProxy"]!.GetValue<string>()),
            Is.EqualTo(("https://api.example.com", "https://api.example.com/secmsg", "https://portal.example.com/webmail", $"https://portal.example.com/idp/{code}")));
        Assert.That(read.Text("effectiveDate"), Is.EqualTo(read.Text("createdOn")));
        Assert.That(read.Json["initialTerm"]!.GetValue<int>(), Is.EqualTo(30));
        var other = await Client.GetAsync($"/api/services/{await Given.ServiceAsync(setup.Reseller):N}");
        Assert.That(read.Guid("clientGuid"), Is.Not.EqualTo(Guid.Empty).And.Not.EqualTo(other.Guid("clientGuid")));
    }

    private static async Task<List<Guid>> ListedAsync(ApiClient client, string query)
    {
        var listed = await client.GetAsync($"/api/collections?pageSize=100&{query}");
        ApiAssert.IsOk(listed);
        return listed.Json["results"]!.AsArray().Select(c => Guid.Parse(c!.Str("collectionGuid")!)).ToList();
    }
}
