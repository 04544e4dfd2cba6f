using System.Net;
using CccApi.Tests.Infrastructure;

namespace CccApi.Tests.Operations;

/// <summary>GetService and GetServiceSkus.</summary>
public sealed class ServiceQueryTests : ApiTest
{
    [Test]
    public async Task A_service_is_read_back_with_its_reseller_partner_and_placement()
    {
        var partner = await Given.PartnerAsync();
        var reseller = await Given.ResellerAsync(partner);
        var site = await Given.SiteAsync();
        var collection = await Given.CollectionAsync(reseller, site);
        var domain = Scenario.UniqueDomain();
        var serviceGuid = (await Client.PostAsync("/api/services", new { primaryDomain = domain, resellerGuid = reseller, referenceId = "ext-42" })).Guid("serviceGuid");

        var service = await Client.GetAsync($"/api/services/{serviceGuid:N}");

        ApiAssert.IsOk(service);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(service.Guid("serviceGuid"), Is.EqualTo(serviceGuid));
            Assert.That(service.Text("primaryDomain"), Is.EqualTo(domain));
            Assert.That(service.Text("referenceId"), Is.EqualTo("ext-42"));
            Assert.That(service.Guid("collectionGuid"), Is.EqualTo(collection));
            Assert.That(service.Guid("siteGuid"), Is.EqualTo(site));
            Assert.That(service.Guid("resellerGuid"), Is.EqualTo(reseller));
            Assert.That(service.Text("resellerName"), Does.StartWith("Reseller "));
            Assert.That(service.Guid("partnerGuid"), Is.EqualTo(partner));
            Assert.That(service.Text("partnerName"), Does.StartWith("Partner "));
        }
    }

    [Test]
    public async Task Reading_an_unknown_service_is_a_404_naming_ServiceGuid_with_the_response_defaults()
    {
        var result = await Client.GetAsync($"/api/services/{Guid.NewGuid():N}");

        ApiAssert.IsError(result, HttpStatusCode.NotFound, "NotFound", "ServiceGuid");
        Assert.That(result.Json["responseStatus"], Is.Not.Null);
        Assert.That(result.Text("serviceGuid"), Is.EqualTo(ApiAssert.EmptyGuid));
    }

    [Test]
    public async Task Skus_are_paged_25_to_a_page_by_default()
    {
        var setup = await Given.ServiceUnderPartnerAsync();
        for (var i = 0; i < 27; i++) await Given.ServiceSkuAsync(setup.Service, new { name = $"Sku {i:00}" });

        var first = await Client.GetAsync($"/api/services/{setup.Service:N}/skus");
        var second = await Client.GetAsync($"/api/services/{setup.Service:N}/skus?page=2");

        ApiAssert.IsOk(first);
        ApiAssert.IsOk(second);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(first.Json["pageSize"]!.GetValue<int>(), Is.EqualTo(25));
            Assert.That(first.Json["currentPage"]!.GetValue<int>(), Is.EqualTo(1));
            Assert.That(first.Json["totalItems"]!.GetValue<int>(), Is.EqualTo(27));
            Assert.That(first.Json["totalPages"]!.GetValue<int>(), Is.EqualTo(2));
            Assert.That(first.Json["results"]!.AsArray(), Has.Count.EqualTo(25));
            Assert.That(second.Json["currentPage"]!.GetValue<int>(), Is.EqualTo(2));
            Assert.That(second.Json["results"]!.AsArray().Select(s => s.Str("name")), Is.EqualTo(new[] { "Sku 25", "Sku 26" }));
        }
    }

    [Test]
    public async Task A_page_size_and_page_can_be_asked_for_and_past_the_end_is_empty()
    {
        var setup = await Given.ServiceUnderPartnerAsync();
        for (var i = 0; i < 7; i++) await Given.ServiceSkuAsync(setup.Service, new { name = $"Sku {i}" });

        var third = await Client.GetAsync($"/api/services/{setup.Service:N}/skus?page=3&pageSize=3");
        var past = await Client.GetAsync($"/api/services/{setup.Service:N}/skus?page=9&pageSize=3");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(third.Json["totalPages"]!.GetValue<int>(), Is.EqualTo(3));
            Assert.That(third.Json["pageSize"]!.GetValue<int>(), Is.EqualTo(3));
            Assert.That(third.Json["results"]!.AsArray().Select(s => s.Str("name")), Is.EqualTo(new[] { "Sku 6" }));
            Assert.That(past.Json["results"]!.AsArray(), Is.Empty);
            Assert.That(past.Json["totalItems"]!.GetValue<int>(), Is.EqualTo(7));
        }
    }

    [Test]
    public async Task A_service_without_skus_has_an_empty_first_page()
    {
        var setup = await Given.ServiceUnderPartnerAsync();

        var result = await Client.GetAsync($"/api/services/{setup.Service:N}/skus");

        ApiAssert.IsOk(result);
        ApiAssert.HasProperties(result, "pageSize", "totalPages", "totalItems", "currentPage", "results");
        Assert.That(result.Json["results"]!.AsArray(), Is.Empty);
        Assert.That(result.Json["totalPages"]!.GetValue<int>(), Is.Zero);
    }

    [Test]
    public async Task Only_the_services_own_skus_are_listed()
    {
        var mine = await Given.ServiceUnderPartnerAsync();
        var theirs = await Given.ServiceUnderPartnerAsync();
        var sku = await Given.ServiceSkuAsync(mine.Service);
        await Given.ServiceSkuAsync(theirs.Service);

        var result = await Client.GetAsync($"/api/services/{mine.Service:N}/skus");

        Assert.That(result.Json["results"]!.AsArray().Select(s => s.Str("serviceSkuGuid")), Is.EqualTo(new[] { sku.ToString("N") }));
    }

    [Test]
    public async Task Skus_can_be_filtered_by_ended_date()
    {
        var setup = await Given.ServiceUnderPartnerAsync();
        await Given.ServiceSkuAsync(setup.Service, new { name = "Early", endedDate = "2026-01-01T00:00:00Z" });
        await Given.ServiceSkuAsync(setup.Service, new { name = "Late", endedDate = "2028-01-01T00:00:00Z" });
        await Given.ServiceSkuAsync(setup.Service, new { name = "Open" });

        var result = await Client.GetAsync($"/api/services/{setup.Service:N}/skus?endedDate=2027-01-01T00:00:00Z");

        Assert.That(result.Json["results"]!.AsArray().Select(s => s.Str("name")), Is.EqualTo(new[] { "Early" }));
    }

    [Test]
    public async Task Skus_of_an_unknown_service_are_a_404_naming_ServiceGuid()
    {
        var result = await Client.GetAsync($"/api/services/{Guid.NewGuid():N}/skus");

        ApiAssert.IsError(result, HttpStatusCode.NotFound, "NotFound", "ServiceGuid");
    }

    [TestCase("page=0", "Page", "GreaterThanOrEqual")]
    [TestCase("pageSize=0", "PageSize", "InclusiveBetween")]
    [TestCase("pageSize=101", "PageSize", "InclusiveBetween")]
    public async Task Sku_paging_out_of_range_is_a_400(string query, string field, string code)
    {
        var setup = await Given.ServiceUnderPartnerAsync();

        var result = await Client.GetAsync($"/api/services/{setup.Service:N}/skus?{query}");

        ApiAssert.IsError(result, HttpStatusCode.BadRequest, code, field);
        Assert.That(result.Json["results"]!.AsArray(), Is.Empty);
    }
}
