using System.Net;
using CccApi.Tests.Infrastructure;

namespace CccApi.Tests.Operations;

[Parallelizable(ParallelScope.Self)] // hosts of their own
public sealed class PersistenceTests
{
    [Test]
    public async Task What_was_written_is_read_back_after_the_host_restarts_on_the_same_database()
    {
        using var database = TestDatabase.CreateDefault();
        Guid serviceGuid, skuGuid, resellerGuid;
        string domain = Scenario.UniqueDomain();

        await using (var first = new TestHost(new TestHostOptions { Database = database }))
        {
            using var client = first.CreateClient();
            var given = new Scenario(client);
            var setup = await given.ResellerWithCollectionAsync();
            resellerGuid = setup.Reseller;
            serviceGuid = (await client.PostAsync("/api/services", new { primaryDomain = domain, resellerGuid })).Guid("serviceGuid");
            skuGuid = (await client.PostAsync($"/api/services/{serviceGuid:N}/skus", new { name = "Kept", quantity = 3, unitPrice = 1.25m })).Guid("serviceSkuGuid");
        }

        await using var second = new TestHost(new TestHostOptions { Database = database });
        using var reader = second.CreateClient();
        var service = await reader.GetAsync($"/api/services/{serviceGuid:N}");
        var skus = await reader.GetAsync($"/api/services/{serviceGuid:N}/skus");
        var reseller = await reader.GetAsync($"/api/resellers/{resellerGuid:N}");

        Assert.That(service.Status, Is.EqualTo(HttpStatusCode.OK), service.ToString());
        Assert.That(service.Text("primaryDomain"), Is.EqualTo(domain));
        Assert.That(service.Text("status"), Is.EqualTo("TrialActive"));
        var sku = skus.Json["results"]!.AsArray().Single()!;
        Assert.That(sku["serviceSkuGuid"]!.GetValue<string>(), Is.EqualTo(skuGuid.ToString("N")));
        Assert.That(sku["quantity"]!.GetValue<int>(), Is.EqualTo(3));
        Assert.That(sku["unitPrice"]!.GetValue<decimal>(), Is.EqualTo(1.25m));
        Assert.That(reseller.Status, Is.EqualTo(HttpStatusCode.OK));
    }

    [Test]
    public async Task The_catalog_in_configuration_is_upserted_at_start_up_idempotently()
    {
        using var database = TestDatabase.CreateDefault();
        var siteGuid = Guid.NewGuid();
        var partnerGuid = Guid.NewGuid();
        Dictionary<string, string> Catalog(string siteName) => new()
        {
            ["Catalog:Partners:0:PartnerGuid"] = partnerGuid.ToString(),
            ["Catalog:Partners:0:Name"] = "Catalog Partner",
            ["Catalog:Sites:0:SiteGuid"] = siteGuid.ToString(),
            ["Catalog:Sites:0:Name"] = siteName,
            ["Catalog:Sites:0:ProviderName"] = "Provider",
            ["Catalog:Sites:0:Jurisdiction"] = "EU",
            ["Catalog:Sites:0:Endpoint"] = "https://eu.example.com",
        };

        await using (var first = new TestHost(new TestHostOptions { Database = database, Settings = Catalog("Catalog Site") }))
        {
            using var client = first.CreateClient();
            Assert.That((await client.GetAsync($"/api/sites/{siteGuid:N}")).Text("name"), Is.EqualTo("Catalog Site"));
        }

        await using var second = new TestHost(new TestHostOptions { Database = database, Settings = Catalog("Catalog Site Renamed") });
        using var reader = second.CreateClient();
        var site = await reader.GetAsync($"/api/sites/{siteGuid:N}");
        var sites = await reader.GetAsync("/api/sites");
        var reseller = await reader.PostAsync($"/api/partners/{partnerGuid:N}/resellers", new
        {
            name = "Under catalog partner",
            companyName = "Co",
            contactInfo = new { name = "N", email = "n@example.com", phoneNumber = "1" },
        });

        Assert.That(site.Text("name"), Is.EqualTo("Catalog Site Renamed"));
        Assert.That(sites.Json["results"]!.AsArray().Count(s => s!["siteGuid"]!.GetValue<string>() == siteGuid.ToString("N")), Is.EqualTo(1));
        Assert.That(reseller.Status, Is.EqualTo(HttpStatusCode.OK), reseller.ToString());
    }
}
