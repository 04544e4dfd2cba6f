using System.Net;
using CccApi.ServiceInterface.Data.Entities;
using CccApi.Tests.Infrastructure;
using CccApi.Tests.ServiceUsers;
using Microsoft.EntityFrameworkCore;
using static CccApi.Tests.Gateways.GatewayWorld;

namespace CccApi.Tests.Gateways;

/// <summary>
/// GetGatewayService finds a service by any of its domains; GetGatewayServiceSettings answers the service, its system
/// user, its settings as resolved for it and the gateway's rules; UpdateGatewayServiceSettings changes the service's two
/// gateway settings, which the service's settings operations show too.
/// </summary>
public sealed class GatewayServiceSettingsTests : ApiTest
{
    private static TestHost Host => SharedHost.Host;

    [Test]
    public async Task A_service_is_found_by_its_primary_or_a_secondary_domain_with_its_collections_urls()
    {
        var setup = await new Scenario(Client).ServiceUnderPartnerAsync();
        var service = await Client.GetAsync($"/api/services/{setup.Service:N}");
        var primary = service.Text("primaryDomain");
        var secondary = Scenario.UniqueDomain();
        ApiAssert.IsOk(await Client.PostAsync($"/api/services/{setup.Service:N}/domains/{secondary}"));

        foreach (var domain in new[] { primary, secondary.ToUpperInvariant() })
        {
            var found = await Client.GetAsync($"/api/gateways/services?Domain={domain}");
            ApiAssert.IsOk(found);
            using (Assert.EnterMultipleScope())
            {
                Assert.That(found.Guid("serviceGuid"), Is.EqualTo(setup.Service));
                Assert.That(found.Text("serviceName"), Is.EqualTo(service.Text("name")));
                Assert.That(found.Text("serviceCode"), Is.EqualTo(service.Text("serviceCode")));
                Assert.That(found.Text("primaryDomain"), Is.EqualTo(primary));
                Assert.That(found.Json["secondaryDomains"]!.AsArray().Select(d => d!.GetValue<string>()), Is.EqualTo(new[] { secondary }));
                Assert.That(found.Text("messagingApiUrl"), Is.EqualTo("https://collection.example.com"));
                Assert.That(found.Text("gatewaySettingsUrl"), Is.EqualTo("https://collection.example.com/gateway/settings"));
            }
        }

        ApiAssert.IsError(await Client.GetAsync($"/api/gateways/services?Domain={Scenario.UniqueDomain()}"), HttpStatusCode.NotFound, "NotFound", "Domain");
        ApiAssert.IsError(await Client.GetAsync("/api/gateways/services?Domain=not_a_domain"), HttpStatusCode.BadRequest, "RegularExpression", "Domain");
        ApiAssert.IsError(await Client.GetAsync("/api/gateways/services"), HttpStatusCode.BadRequest, "NotEmpty", "Domain");
    }

    [Test]
    public async Task The_settings_are_the_services_own_resolved_for_it_with_the_gateways_rules()
    {
        var scenario = new Scenario(Client);
        var partner = await scenario.PartnerAsync();
        var reseller = await scenario.ResellerAsync(partner);
        await scenario.CollectionAsync(reseller, await scenario.SiteAsync());
        var domain = Scenario.UniqueDomain();
        var setup = new ServiceSetup(partner, reseller,
            await scenario.ServiceAsync(reseller, new { primaryDomain = domain, systemUser = new { email = "it@" + domain, password = "S3cret-pass" } }));
        var gateway = await RegisterAsync(Client);
        var systemUserEmail = await ServiceUserTests.WithDbAsync(
            db => db.ServiceUsers.Where(u => u.ServiceId == setup.Service && u.IsSystemUser).Select(u => u.Email).SingleAsync(), Host);
        Assert.That(systemUserEmail, Is.EqualTo("it@" + domain));

        var defaults = await Client.GetAsync($"{SettingsOf(gateway)}?ServiceGuid={setup.Service:N}");
        ApiAssert.IsOk(defaults);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(defaults.Guid("serviceGuid"), Is.EqualTo(setup.Service));
            Assert.That(defaults.Text("systemUserEmailAddress"), Is.EqualTo(systemUserEmail));
            Assert.That(defaults.Text("defaultProPackage"), Is.EqualTo("Professional"));
            Assert.That(defaults.Json["customSMTPSenderEmail"], Is.Null);
            Assert.That(defaults.Json["discardSameDomainNotifications"]!.GetValue<bool>(), Is.False);
            Assert.That(defaults.Json["sendNotificationViaServer"]!.GetValue<bool>(), Is.False);
            Assert.That(defaults.Json["messageRules"]!.AsArray(), Is.Empty);
        }

        // Values set through the settings operations, at the service and at its partner.
        ApiAssert.IsOk(await Client.PutAsync($"/api/services/{setup.Service:N}/settings/CustomSMTPSenderEmail?Value=Notify@Example.com"));
        ApiAssert.IsOk(await Client.PutAsync($"/api/services/{setup.Service:N}/settings/CustomSMTPDNREmail?Value=noreply@example.com"));
        ApiAssert.IsOk(await Client.PutAsync($"/api/partners/{setup.Partner:N}/settings/CustomSMTPSenderName?Value=Partner%20Mail"));
        var rule2 = await RuleAsync(Client, gateway, setup.Service, "^second");
        var rule1 = await RuleAsync(Client, gateway, setup.Service, "^first", position: 1);

        var set = await Client.GetAsync($"{SettingsOf(gateway)}?ServiceGuid={setup.Service:N}");
        using (Assert.EnterMultipleScope())
        {
            Assert.That(set.Text("customSMTPSenderEmail"), Is.EqualTo("notify@example.com"));
            Assert.That(set.Text("customSMTPDNREmail"), Is.EqualTo("noreply@example.com"));
            Assert.That(set.Text("customSMTPSenderName"), Is.EqualTo("Partner Mail"));
            Assert.That(set.Json["messageRules"]!.AsArray().Select(r => Guid.Parse(r!.Str("messageRuleGuid")!)), Is.EqualTo(new[] { rule1, rule2 }));
        }
    }

    [Test]
    public async Task An_update_changes_the_values_sent_and_leaves_the_others()
    {
        var setup = await new Scenario(Client).ServiceUnderPartnerAsync();
        var gateway = await RegisterAsync(Client);

        var updated = await Client.PutAsync(ServiceSettings(gateway, setup.Service), new { sendNotificationViaServer = true });
        ApiAssert.IsOk(updated);
        Assert.That((updated.Json["sendNotificationViaServer"]!.GetValue<bool>(), updated.Json["discardSameDomainNotifications"]!.GetValue<bool>()), Is.EqualTo((true, false)));

        updated = await Client.PutAsync(ServiceSettings(gateway, setup.Service), new { discardSameDomainNotifications = true });
        Assert.That((updated.Json["sendNotificationViaServer"]!.GetValue<bool>(), updated.Json["discardSameDomainNotifications"]!.GetValue<bool>()), Is.EqualTo((true, true)));

        // They are the service's settings: its settings operations show them, and another gateway of the service reads the same.
        Assert.That((await Client.GetAsync($"/api/services/{setup.Service:N}/settings/DiscardSameDomainNotifications")).Text("value"), Is.EqualTo("true"));
        Assert.That((await Client.GetAsync($"/api/services/{setup.Service:N}/settings/SendNotificationViaServer")).Text("value"), Is.EqualTo("true"));
        var other = await RegisterAsync(Client);
        Assert.That((await Client.GetAsync($"{SettingsOf(other)}?ServiceGuid={setup.Service:N}")).Json["sendNotificationViaServer"]!.GetValue<bool>(), Is.True);
    }

    [Test]
    public async Task A_setting_key_a_superuser_made_protected_is_changed_by_superusers_only()
    {
        // A host of its own: the key's visibility is global.
        await using var host = new TestHost();
        using var superUser = host.CreateSuperUserClient();
        var setup = await new Scenario(superUser).ServiceUnderPartnerAsync();
        var gateway = await RegisterAsync(superUser);
        using var partnerAdmin = host.CreateClient(await host.CreateAdminApiKeyAsync(AdminUserType.Partner, setup.Partner));
        ApiAssert.IsOk(await superUser.PutAsync("/api/settings/keys", new { name = "SendNotificationViaServer", visibility = "Protected" }));

        var refused = await partnerAdmin.PutAsync(ServiceSettings(gateway, setup.Service), new { discardSameDomainNotifications = true, sendNotificationViaServer = true });
        ApiAssert.IsError(refused, HttpStatusCode.Forbidden, "Forbidden", "SendNotificationViaServer");
        Assert.That((await superUser.GetAsync($"/api/services/{setup.Service:N}/settings/DiscardSameDomainNotifications")).Text("value"), Is.EqualTo("false"),
            "nothing of a refused update is written");
        ApiAssert.IsOk(await partnerAdmin.PutAsync(ServiceSettings(gateway, setup.Service), new { discardSameDomainNotifications = true }));
        ApiAssert.IsOk(await superUser.PutAsync(ServiceSettings(gateway, setup.Service), new { sendNotificationViaServer = true }));
    }

    [Test]
    public async Task The_service_is_named_by_guid_domain_or_both_and_must_be_in_the_gateways_reach()
    {
        var scenario = new Scenario(Client);
        var setup = await scenario.ServiceUnderPartnerAsync();
        var elsewhere = await scenario.ServiceUnderPartnerAsync();
        var domain = (await Client.GetAsync($"/api/services/{setup.Service:N}")).Text("primaryDomain");
        using var partnerAdmin = Host.CreateClient(await Host.CreateAdminApiKeyAsync(AdminUserType.Partner, setup.Partner));
        var partnerGateway = await RegisterAsync(partnerAdmin);

        Assert.That((await Client.GetAsync($"{SettingsOf(partnerGateway)}?Domain={domain}")).Guid("serviceGuid"), Is.EqualTo(setup.Service));
        ApiAssert.IsOk(await Client.GetAsync($"{SettingsOf(partnerGateway)}?Domain={domain}&ServiceGuid={setup.Service:N}"));
        ApiAssert.IsError(await Client.GetAsync($"{SettingsOf(partnerGateway)}?Domain={domain}&ServiceGuid={elsewhere.Service:N}"), HttpStatusCode.NotFound, "NotFound", "ServiceGuid");
        ApiAssert.IsError(await Client.GetAsync(SettingsOf(partnerGateway)), HttpStatusCode.BadRequest, "NotEmpty", "ServiceGuid");
        // A partner's gateway serves that partner's services only, whoever asks.
        ApiAssert.IsError(await Client.GetAsync($"{SettingsOf(partnerGateway)}?ServiceGuid={elsewhere.Service:N}"), HttpStatusCode.NotFound, "NotFound", "ServiceGuid");
        ApiAssert.IsError(await Client.PutAsync(ServiceSettings(partnerGateway, elsewhere.Service), new { sendNotificationViaServer = true }),
            HttpStatusCode.NotFound, "NotFound", "ServiceGuid");
        ApiAssert.IsError(await Client.GetAsync($"{SettingsOf(Guid.NewGuid())}?ServiceGuid={setup.Service:N}"), HttpStatusCode.NotFound, "NotFound", "GatewayGuid");
    }
}
