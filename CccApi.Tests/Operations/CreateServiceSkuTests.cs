using System.Net;
using System.Text.Json.Nodes;
using CccApi.Tests.Infrastructure;

namespace CccApi.Tests.Operations;

public sealed class CreateServiceSkuTests : ApiTest
{
    private static readonly string[] Metrics =
    [
        "NoMetric", "ProUsersCount", "NumberOfMessagesEntitlement", "NumberOfMessagesOverage",
        "DataTransfer50GbEntitlement", "DataTransferAmountInGbEntitlement", "DataTransferAmountPerUserInGbEntitlement",
        "DataTransferAmountInGbOverage", "MftDataTransfer50GbEntitlement", "MftDataTransferAmountInGbEntitlement",
        "MftDataTransferAmountPerUserInGbEntitlement", "MftDataTransferAmountInGbOverage",
    ];

    private Task<ApiResult> CreateSku(Guid serviceGuid, object body) => Client.PostAsync($"/api/services/{serviceGuid:N}/skus", body);

    private async Task<List<JsonNode>> StoredSkus(Guid serviceGuid)
    {
        var result = await Client.GetAsync($"/api/services/{serviceGuid:N}/skus");
        ApiAssert.IsOk(result);
        return result.Json["results"]!.AsArray().Select(s => s!).ToList();
    }

    private static void IsSkuErrorShape(ApiResult result)
    {
        ApiAssert.HasProperties(result, "serviceSkuGuid", "responseStatus");
        Assert.That(result.Text("serviceSkuGuid"), Is.EqualTo(ApiAssert.EmptyGuid));
    }

    [Test]
    public async Task A_sku_with_only_a_name_gets_NoMetric_zero_price_and_quantity_and_no_end_date()
    {
        var setup = await Given.ServiceUnderPartnerAsync();

        var created = await CreateSku(setup.Service, new { name = "Basic" });

        ApiAssert.IsOk(created);
        ApiAssert.HasProperties(created, "serviceSkuGuid");
        var sku = (await StoredSkus(setup.Service)).Single();
        using (Assert.EnterMultipleScope())
        {
            Assert.That(sku.Str("serviceSkuGuid"), Is.EqualTo(created.Text("serviceSkuGuid")));
            Assert.That(sku.Str("name"), Is.EqualTo("Basic"));
            Assert.That(sku.Str("billingMetric"), Is.EqualTo("NoMetric"));
            Assert.That(sku["unitPrice"]!.GetValue<decimal>(), Is.Zero);
            Assert.That(sku["quantity"]!.GetValue<int>(), Is.Zero);
            Assert.That(sku["endedDate"], Is.Null);
            Assert.That(sku["serviceSkuBundleGuid"], Is.Null);
            Assert.That(sku.Str("assignedDate"), Is.Not.Empty);
        }
    }

    [Test]
    public async Task Every_given_field_is_stored()
    {
        var partner = await Given.PartnerAsync();
        var setup = await Given.ServiceUnderPartnerAsync(partner);
        var bundle = await Given.AssignBundleAsync(setup.Service, await Given.SkuBundleAsync(partner));

        var created = await CreateSku(setup.Service, new
        {
            serviceSkuBundleGuid = bundle,
            name = "Pro seats",
            endedDate = "2027-01-31T00:00:00Z",
            billingMetric = "ProUsersCount",
            unitPrice = 4.75m,
            quantity = 12,
            description = "Pro users",
        });

        ApiAssert.IsOk(created);
        var sku = (await StoredSkus(setup.Service)).Single();
        using (Assert.EnterMultipleScope())
        {
            Assert.That(sku.Str("serviceSkuBundleGuid"), Is.EqualTo(bundle.ToString("N")));
            Assert.That(sku.Str("name"), Is.EqualTo("Pro seats"));
            Assert.That(sku.Str("endedDate"), Is.EqualTo("2027-01-31T00:00:00Z"));
            Assert.That(sku.Str("billingMetric"), Is.EqualTo("ProUsersCount"));
            Assert.That(sku["unitPrice"]!.GetValue<decimal>(), Is.EqualTo(4.75m));
            Assert.That(sku["quantity"]!.GetValue<int>(), Is.EqualTo(12));
            Assert.That(sku.Str("description"), Is.EqualTo("Pro users"));
        }
    }

    [TestCase("proUsersCount", "ProUsersCount")]
    [TestCase("NOMETRIC", "NoMetric")]
    [TestCase("mftdatatransferamountingboverage", "MftDataTransferAmountInGbOverage")]
    [TestCase("DataTransfer50GBEntitlement", "DataTransfer50GbEntitlement")]
    public async Task The_billing_metric_matches_without_regard_to_case_and_is_stored_as_the_seed_spells_it(string sent, string stored)
    {
        var setup = await Given.ServiceUnderPartnerAsync();

        var created = await CreateSku(setup.Service, new { name = "Metered", billingMetric = sent });

        ApiAssert.IsOk(created);
        Assert.That((await StoredSkus(setup.Service)).Single().Str("billingMetric"), Is.EqualTo(stored));
    }

    [Test]
    public async Task Each_of_the_twelve_billing_metrics_is_accepted()
    {
        var setup = await Given.ServiceUnderPartnerAsync();

        foreach (var metric in Metrics)
            ApiAssert.IsOk(await CreateSku(setup.Service, new { name = metric, billingMetric = metric }));

        Assert.That((await StoredSkus(setup.Service)).Select(s => s.Str("billingMetric")), Is.EquivalentTo(Metrics));
    }

    [TestCase("Seats")]
    [TestCase("")]
    [TestCase("ProUsers Count")]
    public async Task An_unknown_billing_metric_is_a_400_listing_the_allowed_ones(string metric)
    {
        var setup = await Given.ServiceUnderPartnerAsync();

        var result = await CreateSku(setup.Service, new { name = "Bad", billingMetric = metric });

        ApiAssert.IsError(result, HttpStatusCode.BadRequest, "AllowableValues", "BillingMetric");
        IsSkuErrorShape(result);
        Assert.That(result.ResponseStatus.Str("message"), Is.EqualTo($"BillingMetric must be one of: {string.Join(", ", Metrics)}."));
        Assert.That(await StoredSkus(setup.Service), Is.Empty);
    }

    [Test]
    public async Task A_negative_unit_price_is_a_400()
    {
        var setup = await Given.ServiceUnderPartnerAsync();

        var result = await CreateSku(setup.Service, new { name = "Refund", unitPrice = -0.01m });

        ApiAssert.IsError(result, HttpStatusCode.BadRequest, "GreaterThanOrEqual", "UnitPrice");
        IsSkuErrorShape(result);
        Assert.That(await StoredSkus(setup.Service), Is.Empty);
    }

    [Test]
    public async Task A_negative_quantity_is_a_400()
    {
        var setup = await Given.ServiceUnderPartnerAsync();

        var result = await CreateSku(setup.Service, new { name = "Negative", quantity = -1 });

        ApiAssert.IsError(result, HttpStatusCode.BadRequest, "GreaterThanOrEqual", "Quantity");
        IsSkuErrorShape(result);
    }

    [Test]
    public async Task Negative_price_and_quantity_are_reported_together()
    {
        var setup = await Given.ServiceUnderPartnerAsync();

        var result = await CreateSku(setup.Service, new { name = "Negative", unitPrice = -5, quantity = -1 });

        ApiAssert.IsError(result, HttpStatusCode.BadRequest, "GreaterThanOrEqual", "UnitPrice", "Quantity");
    }

    [Test]
    public async Task An_unknown_service_is_a_404_naming_ServiceGuid()
    {
        var result = await CreateSku(Guid.NewGuid(), new { name = "Orphan" });

        ApiAssert.IsError(result, HttpStatusCode.NotFound, "NotFound", "ServiceGuid");
        IsSkuErrorShape(result);
    }

    [Test]
    public async Task An_unknown_bundle_is_a_404_naming_ServiceSkuBundleGuid()
    {
        var setup = await Given.ServiceUnderPartnerAsync();

        var result = await CreateSku(setup.Service, new { name = "Bundled", serviceSkuBundleGuid = Guid.NewGuid() });

        ApiAssert.IsError(result, HttpStatusCode.NotFound, "NotFound", "ServiceSkuBundleGuid");
        IsSkuErrorShape(result);
    }

    [Test]
    public async Task A_bundle_assigned_to_another_service_is_a_404_naming_ServiceSkuBundleGuid()
    {
        var partner = await Given.PartnerAsync();
        var skuBundle = await Given.SkuBundleAsync(partner);
        var mine = await Given.ServiceUnderPartnerAsync(partner);
        var theirs = await Given.ServiceUnderPartnerAsync(partner);
        var theirBundle = await Given.AssignBundleAsync(theirs.Service, skuBundle);

        var result = await CreateSku(mine.Service, new { name = "Bundled", serviceSkuBundleGuid = theirBundle });

        ApiAssert.IsError(result, HttpStatusCode.NotFound, "NotFound", "ServiceSkuBundleGuid");
        Assert.That(await StoredSkus(mine.Service), Is.Empty);
    }

    [Test]
    public async Task A_partners_sku_bundle_guid_is_not_a_service_sku_bundle_guid()
    {
        var partner = await Given.PartnerAsync();
        var skuBundle = await Given.SkuBundleAsync(partner);
        var setup = await Given.ServiceUnderPartnerAsync(partner);
        await Given.AssignBundleAsync(setup.Service, skuBundle);

        var result = await CreateSku(setup.Service, new { name = "Bundled", serviceSkuBundleGuid = skuBundle });

        ApiAssert.IsError(result, HttpStatusCode.NotFound, "NotFound", "ServiceSkuBundleGuid");
    }

    [Test]
    public async Task A_unit_price_beyond_what_the_column_holds_is_a_400_and_the_largest_one_it_holds_is_stored()
    {
        var setup = await Given.ServiceUnderPartnerAsync();

        // Found by the fuzz suite: PostgreSQL refused 12345678901234567890.123 in numeric(18,4) with a 500.
        var tooLarge = await Client.PostAsync($"/api/services/{setup.Service:N}/skus", "{\"name\":\"Big\",\"unitPrice\":12345678901234567890.123}");
        var largest = await Client.PostAsync($"/api/services/{setup.Service:N}/skus", "{\"name\":\"Largest\",\"unitPrice\":99999999999999.9999}");

        ApiAssert.IsError(tooLarge, HttpStatusCode.BadRequest, "LessThan", "UnitPrice");
        ApiAssert.IsOk(largest);
        var skus = await Client.GetAsync($"/api/services/{setup.Service:N}/skus");
        Assert.That(skus.Json["results"]!.AsArray().Select(s => s!["unitPrice"]!.GetValue<decimal>()), Is.EqualTo(new[] { 99999999999999.9999m }));
    }
}
