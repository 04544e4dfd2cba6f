using System.Net;
using CccApi.Tests.Infrastructure;

namespace CccApi.Tests.Operations;

/// <summary>
/// A partner's Skus copied onto services: AssignServiceSku, AssignServiceSkuBundle's copies, and the copies read
/// back (GetServiceSku, GetServiceSkuBundle, GetServiceSkus' SkuGuid filter).
/// </summary>
public sealed class ServiceSkuCopyTests : ApiTest
{
    [Test]
    public async Task An_assigned_sku_is_a_copy_that_keeps_its_sku_guid_and_is_not_editable()
    {
        var setup = await Given.ServiceUnderPartnerAsync();
        var sku = await Given.SkuAsync(setup.Partner, body: new
        {
            name = "Pro seat", billingMetric = "ProUsersCount", unitPrice = 4.5m, quantity = 10, description = "Per seat",
        });

        var assigned = await Client.PostAsync($"/api/services/{setup.Service:N}/skus/{sku:N}", new { endedDate = "2027-06-30T00:00:00Z" });

        ApiAssert.IsOk(assigned);
        ApiAssert.HasProperties(assigned, "serviceSkuGuid");
        var serviceSku = assigned.Guid("serviceSkuGuid");
        var read = await Client.GetAsync($"/api/services/skus/{serviceSku:N}/");
        ApiAssert.IsOk(read);
        Assert.That(read.Text("serviceSkuGuid"), Is.EqualTo(serviceSku.ToString("N")));
        Assert.That(read.Text("skuGuid"), Is.EqualTo(sku.ToString("N")));
        Assert.That(read.Json["serviceSkuBundleGuid"], Is.Null);
        Assert.That(read.Text("name"), Is.EqualTo("Pro seat"));
        Assert.That(read.Text("billingMetric"), Is.EqualTo("ProUsersCount"));
        Assert.That(read.Json["unitPrice"]!.GetValue<decimal>(), Is.EqualTo(4.5m));
        Assert.That(read.Json["quantity"]!.GetValue<int>(), Is.EqualTo(10));
        Assert.That(read.Text("description"), Is.EqualTo("Per seat"));
        Assert.That(read.Text("endedDate"), Is.EqualTo("2027-06-30T00:00:00Z"));
        Assert.That(read.Json["isEditable"]!.GetValue<bool>(), Is.False);
    }

    [Test]
    public async Task A_sku_created_on_the_service_is_editable_and_has_no_sku_guid()
    {
        var setup = await Given.ServiceUnderPartnerAsync();
        var serviceSku = await Given.ServiceSkuAsync(setup.Service);

        var read = await Client.GetAsync($"/api/services/skus/{serviceSku:N}");

        ApiAssert.IsOk(read);
        Assert.That(read.Json["isEditable"]!.GetValue<bool>(), Is.True);
        Assert.That(read.Json["skuGuid"], Is.Null);
    }

    [Test]
    public async Task GetServiceSkus_filters_by_the_sku_a_service_sku_was_copied_from()
    {
        var setup = await Given.ServiceUnderPartnerAsync();
        var sku = await Given.SkuAsync(setup.Partner);
        var other = await Given.SkuAsync(setup.Partner);
        var copy = (await Client.PostAsync($"/api/services/{setup.Service:N}/skus/{sku:N}")).Guid("serviceSkuGuid");
        ApiAssert.IsOk(await Client.PostAsync($"/api/services/{setup.Service:N}/skus/{other:N}"));
        await Given.ServiceSkuAsync(setup.Service);

        var filtered = await Client.GetAsync($"/api/services/{setup.Service:N}/skus?skuGuid={sku:N}");
        var all = await Client.GetAsync($"/api/services/{setup.Service:N}/skus");

        ApiAssert.IsOk(filtered);
        var item = filtered.Json["results"]!.AsArray().Single()!;
        Assert.That(item.Str("serviceSkuGuid"), Is.EqualTo(copy.ToString("N")));
        Assert.That(item.Str("skuGuid"), Is.EqualTo(sku.ToString("N")));
        Assert.That(all.Json["totalItems"]!.GetValue<int>(), Is.EqualTo(3));
    }

    [Test]
    public async Task A_disabled_sku_is_not_assigned()
    {
        var setup = await Given.ServiceUnderPartnerAsync();
        var sku = await Given.SkuAsync(setup.Partner, body: new { name = "Old", status = "Disabled" });

        var result = await Client.PostAsync($"/api/services/{setup.Service:N}/skus/{sku:N}");

        ApiAssert.IsError(result, HttpStatusCode.BadRequest, "Disabled", "SkuGuid");
        Assert.That((await Client.GetAsync($"/api/services/{setup.Service:N}/skus")).Json["totalItems"]!.GetValue<int>(), Is.Zero);
    }

    [Test]
    public async Task A_sku_of_another_partner_is_not_assigned()
    {
        var setup = await Given.ServiceUnderPartnerAsync();
        var foreign = await Given.SkuAsync(await Given.PartnerAsync());

        var result = await Client.PostAsync($"/api/services/{setup.Service:N}/skus/{foreign:N}");

        ApiAssert.IsError(result, HttpStatusCode.Forbidden, "Forbidden", "SkuGuid");
    }

    [Test]
    public async Task Unknown_objects_are_404s_naming_the_field()
    {
        var setup = await Given.ServiceUnderPartnerAsync();
        var sku = await Given.SkuAsync(setup.Partner);

        ApiAssert.IsError(await Client.PostAsync($"/api/services/{Guid.NewGuid():N}/skus/{sku:N}"), HttpStatusCode.NotFound, "NotFound", "ServiceGuid");
        ApiAssert.IsError(await Client.PostAsync($"/api/services/{setup.Service:N}/skus/{Guid.NewGuid():N}"), HttpStatusCode.NotFound, "NotFound", "SkuGuid");
        ApiAssert.IsError(await Client.GetAsync($"/api/services/skus/{Guid.NewGuid():N}/"), HttpStatusCode.NotFound, "NotFound", "ServiceSkuGuid");
        ApiAssert.IsError(await Client.GetAsync($"/api/services/skubundles/{Guid.NewGuid():N}"), HttpStatusCode.NotFound, "NotFound", "ServiceSkuBundleGuid");
    }

    [Test]
    public async Task An_assigned_bundle_holds_copies_of_the_bundles_active_skus()
    {
        var setup = await Given.ServiceUnderPartnerAsync();
        var bundle = await Given.SkuBundleAsync(setup.Partner);
        var first = await Given.SkuAsync(setup.Partner, bundle, new { name = "First", unitPrice = 2m });
        var second = await Given.SkuAsync(setup.Partner, bundle, new { name = "Second" });
        await Given.SkuAsync(setup.Partner, bundle, new { name = "Retired", status = "Disabled" });
        await Given.SkuAsync(setup.Partner);

        var assigned = await Client.PostAsync($"/api/services/{setup.Service:N}/skubundles/{bundle:N}");

        ApiAssert.IsOk(assigned);
        var serviceBundle = assigned.Guid("serviceSkuBundleGuid");
        var read = await Client.GetAsync($"/api/services/skubundles/{serviceBundle:N}");
        ApiAssert.IsOk(read);
        Assert.That(read.Text("serviceSkuBundleGuid"), Is.EqualTo(serviceBundle.ToString("N")));
        Assert.That(read.Text("skuBundleGuid"), Is.EqualTo(bundle.ToString("N")));
        var copies = read.Json["serviceSkus"]!.AsArray();
        Assert.That(copies.Select(c => c.Str("skuGuid")), Is.EquivalentTo(new[] { first.ToString("N"), second.ToString("N") }));
        Assert.That(copies.Select(c => c.Str("serviceSkuBundleGuid")), Is.All.EqualTo(serviceBundle.ToString("N")));
        Assert.That(copies.Select(c => c!["isEditable"]!.GetValue<bool>()), Is.All.False);
        Assert.That(copies.Single(c => c.Str("skuGuid") == first.ToString("N"))!["unitPrice"]!.GetValue<decimal>(), Is.EqualTo(2m));
    }

    [Test]
    public async Task A_disabled_bundle_is_not_assigned()
    {
        var setup = await Given.ServiceUnderPartnerAsync();
        var bundle = (await Client.PostAsync($"/api/partners/{setup.Partner:N}/skubundles", new { name = "Retired", status = "Disabled" })).Guid("skuBundleGuid");

        var result = await Client.PostAsync($"/api/services/{setup.Service:N}/skubundles/{bundle:N}");

        ApiAssert.IsError(result, HttpStatusCode.BadRequest, "Disabled", "SkuBundleGuid");
    }

    [Test]
    public async Task A_service_admin_reads_its_own_service_skus_only()
    {
        var mine = await Given.ServiceUnderPartnerAsync();
        var theirs = await Given.ServiceUnderPartnerAsync(mine.Partner);
        var myCopy = await Given.ServiceSkuAsync(mine.Service);
        var theirCopy = await Given.ServiceSkuAsync(theirs.Service);
        using var admin = SharedHost.Host.CreateClient(await SharedHost.Host.CreateAdminApiKeyAsync(ServiceInterface.Data.Entities.AdminUserType.Service, mine.Service));

        ApiAssert.IsOk(await admin.GetAsync($"/api/services/skus/{myCopy:N}"));
        ApiAssert.IsError(await admin.GetAsync($"/api/services/skus/{theirCopy:N}"), HttpStatusCode.NotFound, "NotFound", "ServiceSkuGuid");
    }
}
