using System.Net;
using System.Text.Json.Nodes;
using CccApi.Tests.Infrastructure;

namespace CccApi.Tests.Operations;

/// <summary>A partner's Skus (CreateSku, GetSkus, GetSku) and SkuBundles listed (GetSkuBundles).</summary>
public sealed class SkuTests : ApiTest
{
    [Test]
    public async Task A_sku_is_created_with_the_pages_defaults_and_read_back()
    {
        var partner = await Given.PartnerAsync();

        var created = await Client.PostAsync($"/api/partners/{partner:N}/skus", new { name = "  Pro   seat " });

        ApiAssert.IsOk(created);
        ApiAssert.HasProperties(created, "skuGuid");
        var sku = created.Guid("skuGuid");
        var read = await Client.GetAsync($"/api/skus/{sku:N}");
        ApiAssert.IsOk(read);
        Assert.That(read.Body, Is.EqualTo(
            $$"""{"skuGuid":"{{sku:N}}","name":"Pro seat","billingMetric":"NoMetric","quantity":0,"unitPrice":0,"status":"Active"}"""));
    }

    [Test]
    public async Task A_skus_fields_are_stored_as_given_with_the_metric_and_status_spelled_as_the_page_spells_them()
    {
        var partner = await Given.PartnerAsync();
        var sku = await Given.SkuAsync(partner, body: new
        {
            name = "Messages", billingMetric = "numberofmessagesoverage", unitPrice = 0.0125m, quantity = 1000,
            description = "Per message over the entitlement", status = "disabled",
        });

        var read = await Client.GetAsync($"/api/skus/{sku:N}");

        ApiAssert.IsOk(read);
        Assert.That(read.Text("billingMetric"), Is.EqualTo("NumberOfMessagesOverage"));
        Assert.That(read.Json["unitPrice"]!.GetValue<decimal>(), Is.EqualTo(0.0125m));
        Assert.That(read.Json["quantity"]!.GetValue<int>(), Is.EqualTo(1000));
        Assert.That(read.Text("description"), Is.EqualTo("Per message over the entitlement"));
        Assert.That(read.Text("status"), Is.EqualTo("Disabled"));
    }

    [TestCase("billingMetric", "Hourly", "BillingMetric")]
    [TestCase("status", "Archived", "Status")]
    public async Task An_unknown_word_is_a_400_naming_the_field(string field, string value, string fieldName)
    {
        var partner = await Given.PartnerAsync();

        var result = await Client.PostAsync($"/api/partners/{partner:N}/skus", new JsonObject { ["name"] = "Sku", [field] = value });

        ApiAssert.IsError(result, HttpStatusCode.BadRequest, "AllowableValues", fieldName);
    }

    [Test]
    public async Task A_negative_price_is_a_400()
    {
        var partner = await Given.PartnerAsync();

        var result = await Client.PostAsync($"/api/partners/{partner:N}/skus", new { name = "Sku", unitPrice = -1 });

        ApiAssert.IsError(result, HttpStatusCode.BadRequest, "GreaterThanOrEqual", "UnitPrice");
    }

    [Test]
    public async Task A_sku_in_a_bundle_of_another_partner_is_a_404_and_nothing_is_written()
    {
        var partner = await Given.PartnerAsync();
        var foreignBundle = await Given.SkuBundleAsync(await Given.PartnerAsync());

        var result = await Client.PostAsync($"/api/partners/{partner:N}/skus?skuBundleGuid={foreignBundle:N}", new { name = "Sku" });

        ApiAssert.IsError(result, HttpStatusCode.NotFound, "NotFound", "SkuBundleGuid");
        var listed = await Client.GetAsync($"/api/partners/{partner:N}/skus/");
        Assert.That(listed.Json["totalItems"]!.GetValue<int>(), Is.Zero);
    }

    [Test]
    public async Task Unknown_partner_and_sku_are_404s()
    {
        ApiAssert.IsError(await Client.PostAsync($"/api/partners/{Guid.NewGuid():N}/skus", new { name = "Sku" }), HttpStatusCode.NotFound, "NotFound", "PartnerGuid");
        ApiAssert.IsError(await Client.GetAsync($"/api/partners/{Guid.NewGuid():N}/skus/"), HttpStatusCode.NotFound, "NotFound", "PartnerGuid");
        ApiAssert.IsError(await Client.GetAsync($"/api/skus/{Guid.NewGuid():N}"), HttpStatusCode.NotFound, "NotFound", "SkuGuid");
    }

    [Test]
    public async Task GetSkus_lists_active_skus_by_default_oldest_first_and_filters_by_status_and_bundle()
    {
        var partner = await Given.PartnerAsync();
        var bundle = await Given.SkuBundleAsync(partner);
        var first = await Given.SkuAsync(partner);
        var inBundle = await Given.SkuAsync(partner, bundle);
        var disabled = await Given.SkuAsync(partner, body: new { name = "Old", status = "Disabled" });

        var active = await Client.GetAsync($"/api/partners/{partner:N}/skus/");
        var disabledOnly = await Client.GetAsync($"/api/partners/{partner:N}/skus/?status=Disabled");
        var ofBundle = await Client.GetAsync($"/api/partners/{partner:N}/skus?skuBundleGuid={bundle:N}");

        Assert.That(Guids(active), Is.EqualTo(new[] { first, inBundle }));
        Assert.That(active.Json["totalItems"]!.GetValue<int>(), Is.EqualTo(2));
        Assert.That(Guids(disabledOnly), Is.EqualTo(new[] { disabled }));
        Assert.That(Guids(ofBundle), Is.EqualTo(new[] { inBundle }));
    }

    [Test]
    public async Task GetSkus_pages()
    {
        var partner = await Given.PartnerAsync();
        var skus = new List<Guid>();
        for (var i = 0; i < 3; i++) skus.Add(await Given.SkuAsync(partner));

        var page = await Client.GetAsync($"/api/partners/{partner:N}/skus/?page=2&pageSize=2");

        ApiAssert.IsOk(page);
        Assert.That(Guids(page), Is.EqualTo(new[] { skus[2] }));
        Assert.That(page.Json["totalPages"]!.GetValue<int>(), Is.EqualTo(2));
        Assert.That(page.Json["currentPage"]!.GetValue<int>(), Is.EqualTo(2));
    }

    [Test]
    public async Task GetSkuBundles_lists_a_partners_active_bundles_unless_asked_for_disabled_ones()
    {
        var partner = await Given.PartnerAsync();
        var active = await Given.SkuBundleAsync(partner);
        var disabled = (await Client.PostAsync($"/api/partners/{partner:N}/skubundles", new { name = "Retired", status = "Disabled" })).Guid("skuBundleGuid");
        await Given.SkuBundleAsync(await Given.PartnerAsync());

        var listed = await Client.GetAsync($"/api/partners/{partner:N}/skubundles");
        var listedDisabled = await Client.GetAsync($"/api/partners/{partner:N}/skubundles?status=disabled");

        ApiAssert.IsOk(listed);
        var item = listed.Json["results"]!.AsArray().Single()!;
        Assert.That(item["guid"]!.GetValue<string>(), Is.EqualTo(active.ToString("N")));
        Assert.That(item["partnerGuid"]!.GetValue<string>(), Is.EqualTo(partner.ToString("N")));
        Assert.That(item["status"]!.GetValue<string>(), Is.EqualTo("Active"));
        Assert.That(listed.Json["responseStatus"], Is.Null, "the original's SkuBundlesPagedResponse has no ResponseStatus");
        Assert.That(listedDisabled.Json["results"]!.AsArray().Single()!["guid"]!.GetValue<string>(), Is.EqualTo(disabled.ToString("N")));
    }

    [Test]
    public async Task A_reseller_admin_reads_its_partners_catalogue_but_cannot_add_to_it()
    {
        var setup = await Given.ServiceUnderPartnerAsync();
        var sku = await Given.SkuAsync(setup.Partner);
        using var reseller = SharedHost.Host.CreateClient(await SharedHost.Host.CreateAdminApiKeyAsync(ServiceInterface.Data.Entities.AdminUserType.Reseller, setup.Reseller));

        Assert.That(Guids(await reseller.GetAsync($"/api/partners/{setup.Partner:N}/skus/")), Is.EqualTo(new[] { sku }));
        ApiAssert.IsOk(await reseller.GetAsync($"/api/skus/{sku:N}"));
        ApiAssert.IsError(await reseller.PostAsync($"/api/partners/{setup.Partner:N}/skus", new { name = "Mine" }), HttpStatusCode.NotFound, "NotFound", "PartnerGuid");
    }

    private static List<Guid> Guids(ApiResult list) =>
        [.. list.Json["results"]!.AsArray().Select(r => Guid.Parse(r!["skuGuid"]!.GetValue<string>()))];
}
