using System.Net;
using CccApi.Tests.Infrastructure;

namespace CccApi.Tests.Operations;

/// <summary>CreateSkuBundle and AssignServiceSkuBundle.</summary>
public sealed class SkuBundleTests : ApiTest
{
    [TestCase(null)]
    [TestCase("Active")]
    [TestCase("disabled")]
    public async Task A_partner_creates_a_sku_bundle(string? status)
    {
        var partner = await Given.PartnerAsync();

        var result = await Client.PostAsync($"/api/partners/{partner:N}/skubundles",
            status is null ? new { name = "Bundle" } : new { name = "Bundle", status });

        ApiAssert.IsOk(result);
        ApiAssert.HasProperties(result, "skuBundleGuid");
        Assert.That(result.Guid("skuBundleGuid"), Is.Not.EqualTo(Guid.Empty));
    }

    [Test]
    public async Task A_sku_bundle_needs_a_name()
    {
        var partner = await Given.PartnerAsync();

        var result = await Client.PostAsync($"/api/partners/{partner:N}/skubundles", new { });

        ApiAssert.IsError(result, HttpStatusCode.BadRequest, "NotEmpty", "Name");
        ApiAssert.HasProperties(result, "skuBundleGuid", "responseStatus");
    }

    [Test]
    public async Task An_unknown_sku_bundle_status_is_a_400()
    {
        var partner = await Given.PartnerAsync();

        var result = await Client.PostAsync($"/api/partners/{partner:N}/skubundles", new { name = "Bundle", status = "Archived" });

        ApiAssert.IsError(result, HttpStatusCode.BadRequest, "AllowableValues", "Status");
    }

    [Test]
    public async Task A_sku_bundle_for_an_unknown_partner_is_a_404()
    {
        var result = await Client.PostAsync($"/api/partners/{Guid.NewGuid():N}/skubundles", new { name = "Bundle" });

        ApiAssert.IsError(result, HttpStatusCode.NotFound, "NotFound", "PartnerGuid");
    }

    [Test]
    public async Task An_assigned_bundle_takes_skus_of_its_service()
    {
        var partner = await Given.PartnerAsync();
        var setup = await Given.ServiceUnderPartnerAsync(partner);
        var skuBundle = await Given.SkuBundleAsync(partner);

        var assigned = await Client.PostAsync($"/api/services/{setup.Service:N}/skubundles/{skuBundle:N}", new { endedDate = "2027-06-30T00:00:00Z" });

        ApiAssert.IsOk(assigned);
        ApiAssert.HasProperties(assigned, "serviceSkuBundleGuid");
        var bundle = assigned.Guid("serviceSkuBundleGuid");
        ApiAssert.IsOk(await Client.PostAsync($"/api/services/{setup.Service:N}/skus", new { name = "In bundle", serviceSkuBundleGuid = bundle }));
        var skus = await Client.GetAsync($"/api/services/{setup.Service:N}/skus");
        Assert.That(skus.Json["results"]!.AsArray().Single().Str("serviceSkuBundleGuid"), Is.EqualTo(bundle.ToString("N")));
    }

    [Test]
    public async Task A_bundle_of_another_partner_cannot_be_assigned()
    {
        var setup = await Given.ServiceUnderPartnerAsync();
        var foreignBundle = await Given.SkuBundleAsync(await Given.PartnerAsync());

        var result = await Client.PostAsync($"/api/services/{setup.Service:N}/skubundles/{foreignBundle:N}");

        ApiAssert.IsError(result, HttpStatusCode.Forbidden, "Forbidden", "SkuBundleGuid");
        ApiAssert.HasProperties(result, "serviceSkuBundleGuid", "responseStatus");
    }

    [Test]
    public async Task Assigning_an_unknown_bundle_is_a_404_naming_SkuBundleGuid()
    {
        var setup = await Given.ServiceUnderPartnerAsync();

        var result = await Client.PostAsync($"/api/services/{setup.Service:N}/skubundles/{Guid.NewGuid():N}");

        ApiAssert.IsError(result, HttpStatusCode.NotFound, "NotFound", "SkuBundleGuid");
    }

    [Test]
    public async Task Assigning_to_an_unknown_service_is_a_404_naming_ServiceGuid()
    {
        var bundle = await Given.SkuBundleAsync(await Given.PartnerAsync());

        var result = await Client.PostAsync($"/api/services/{Guid.NewGuid():N}/skubundles/{bundle:N}");

        ApiAssert.IsError(result, HttpStatusCode.NotFound, "NotFound", "ServiceGuid");
    }
}
