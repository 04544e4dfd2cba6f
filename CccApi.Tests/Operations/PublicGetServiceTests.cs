using System.Net;
using System.Text.Json.Nodes;
using CccApi.Tests.Infrastructure;

namespace CccApi.Tests.Operations;

/// <summary>PublicGetService: anyone finds a service by Guid or code, and sees only what the page lists.</summary>
public sealed class PublicGetServiceTests : ApiTest
{
    private static readonly string[] PageFields =
    [
        "serviceGuid", "serviceStatus", "serviceName", "serviceCode", "collectionGuid", "collectionName", "jurisdiction", "providerName",
        "primaryDomain", "alertCode", "ssoEnabled", "branding", "urls", "connectors", "authenticators", "trialEndDate",
    ];

    [Test]
    public async Task Anyone_finds_a_service_by_its_Guid_without_a_credential_and_sees_the_pages_fields()
    {
        var setup = await Given.ResellerWithCollectionAsync();
        var service = await Given.ServiceAsync(setup.Reseller, new { serviceCode = Scenario.Unique("pub-"), serviceName = Scenario.Unique("Public ") });
        var admin = (await Client.GetAsync($"/api/services/{service:N}")).Json;
        var collection = (await Client.GetAsync($"/api/collections/{setup.Collection:N}")).Json;
        using var anonymous = SharedHost.Host.CreateAnonymousClient();

        var result = await anonymous.GetAsync($"/api/public/services/{service:N}");

        ApiAssert.IsOk(result);
        Assert.That(result.Json.AsObject().Select(p => p.Key), Is.EqualTo(PageFields));
        Assert.Multiple(() =>
        {
            Assert.That(result.Guid("serviceGuid"), Is.EqualTo(service));
            Assert.That(result.Text("serviceStatus"), Is.EqualTo("TrialActive"));
            Assert.That(result.Text("serviceName"), Is.EqualTo(admin["name"]!.GetValue<string>()));
            Assert.That(result.Text("serviceCode"), Is.EqualTo(admin["serviceCode"]!.GetValue<string>()));
            Assert.That(result.Guid("collectionGuid"), Is.EqualTo(setup.Collection));
            Assert.That(result.Text("collectionName"), Is.EqualTo(collection["name"]!.GetValue<string>()));
            Assert.That((result.Text("jurisdiction"), result.Text("providerName")), Is.EqualTo(("US", "Test")));
            Assert.That(result.Text("primaryDomain"), Is.EqualTo(admin["primaryDomain"]!.GetValue<string>()));
            Assert.That(result.Json["alertCode"]!.GetValue<int>(), Is.Zero);
            Assert.That(result.Json["ssoEnabled"]!.GetValue<bool>(), Is.False);
            Assert.That(result.Json["branding"]!.AsObject(), Is.Empty);
            Assert.That(result.Json["urls"]!.ToJsonString(), Is.EqualTo(admin["urls"]!.ToJsonString()));
            Assert.That(result.Json["urls"]!["MessagingApi"], Is.Not.Null);
            Assert.That(result.Json["connectors"]!.AsArray(), Is.Empty);
            Assert.That(result.Json["authenticators"]!.AsArray(), Is.Empty);
            Assert.That(result.Json["trialEndDate"]!.GetValue<DateTime>(), Is.EqualTo(admin["trialEndDate"]!.GetValue<DateTime>()));
        });
    }

    [Test]
    public async Task The_single_route_finds_it_by_ServiceCode_in_any_case_and_by_ServiceGuid()
    {
        var setup = await Given.ResellerWithCollectionAsync();
        var code = Scenario.Unique("code-");
        var service = await Given.ServiceAsync(setup.Reseller, new { serviceCode = code });
        using var anonymous = SharedHost.Host.CreateAnonymousClient();

        var byCode = await anonymous.GetAsync($"/api/public/services/single?ServiceCode={code.ToUpperInvariant()}");
        var byGuid = await anonymous.GetAsync($"/api/public/services/single?ServiceGuid={service:N}");
        var byBoth = await anonymous.GetAsync($"/api/public/services/single?ServiceGuid={service:N}&ServiceCode={code}");

        Assert.That(new[] { byCode, byGuid, byBoth }.Select(r => r.Guid("serviceGuid")), Is.All.EqualTo(service), byCode.ToString());
    }

    [Test]
    public async Task Neither_ServiceGuid_nor_ServiceCode_is_a_400_naming_ServiceGuid()
    {
        using var anonymous = SharedHost.Host.CreateAnonymousClient();

        var result = await anonymous.GetAsync("/api/public/services/single");

        ApiAssert.IsError(result, HttpStatusCode.BadRequest, "NotEmpty", "ServiceGuid");
        Assert.That(result.Errors.Single()["message"]!.GetValue<string>(), Is.EqualTo("Must provide ServiceGuid if ServiceCode is null."));
    }

    [Test]
    public async Task An_unknown_service_or_a_Guid_and_code_of_two_services_is_a_404()
    {
        var setup = await Given.ResellerWithCollectionAsync();
        var code = Scenario.Unique("other-");
        await Given.ServiceAsync(setup.Reseller, new { serviceCode = code });
        var service = await Given.ServiceAsync(setup.Reseller);
        using var anonymous = SharedHost.Host.CreateAnonymousClient();

        ApiAssert.IsError(await anonymous.GetAsync($"/api/public/services/{Guid.NewGuid():N}"), HttpStatusCode.NotFound, "NotFound", "ServiceGuid");
        ApiAssert.IsError(await anonymous.GetAsync("/api/public/services/single?ServiceCode=no-such-code"), HttpStatusCode.NotFound, "NotFound", "ServiceCode");
        ApiAssert.IsError(await anonymous.GetAsync($"/api/public/services/single?ServiceGuid={service:N}&ServiceCode={code}"),
            HttpStatusCode.NotFound, "NotFound", "ServiceGuid");
    }

    [Test]
    public async Task AlertCode_and_Branding_are_the_services_settings_resolved_through_its_collection_reseller_and_partner()
    {
        var world = await Given.ServiceUnderPartnerAsync();
        var collection = (await Client.GetAsync($"/api/services/{world.Service:N}")).Guid("collectionGuid");
        ApiAssert.IsOk(await Client.PutAsync($"/api/partners/{world.Partner:N}/settings/BrandingProductName", new { value = "Partner Mail" }));
        ApiAssert.IsOk(await Client.PutAsync($"/api/resellers/{world.Reseller:N}/settings/BrandingProductName", new { value = "Reseller Mail" }));
        ApiAssert.IsOk(await Client.PutAsync($"/api/services/{world.Service:N}/settings/BrandingPrimaryColor", new { value = "#1A2b3C" }));
        ApiAssert.IsOk(await Client.PutAsync($"/api/collections/{collection:N}/settings/AlertCode", new { value = "42" }));
        using var anonymous = SharedHost.Host.CreateAnonymousClient();

        var result = await anonymous.GetAsync($"/api/public/services/{world.Service:N}");

        ApiAssert.IsOk(result);
        Assert.That(result.Json["alertCode"]!.GetValue<int>(), Is.EqualTo(42));
        Assert.That(result.Json["branding"]!.ToJsonString(), Is.EqualTo("""{"BrandingPrimaryColor":"#1A2b3C","BrandingProductName":"Reseller Mail"}"""));
    }

    [Test]
    public async Task A_callback_wraps_the_anonymous_answer_for_a_browser()
    {
        var setup = await Given.ResellerWithCollectionAsync();
        var service = await Given.ServiceAsync(setup.Reseller);
        using var raw = SharedHost.Host.CreateRawClient();

        var text = await raw.GetStringAsync($"/api/public/services/{service:N}?callback=found");

        Assert.That(text, Does.StartWith("found(").And.EndWith(")"));
        Assert.That(JsonNode.Parse(text["found(".Length..^1])!["serviceGuid"]!.GetValue<string>(), Is.EqualTo(service.ToString("N")));
    }
}
