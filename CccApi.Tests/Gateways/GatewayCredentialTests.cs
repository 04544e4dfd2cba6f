using System.Net;
using CccApi.ServiceInterface.Data.Entities;
using CccApi.Tests.Infrastructure;
using static CccApi.Tests.Gateways.GatewayWorld;

namespace CccApi.Tests.Gateways;

/// <summary>
/// A gateway key: the gateway reads its services (those its registrar sees) and its own settings and rules, and
/// nothing else; a revoked key is 401 at once.
/// </summary>
public sealed class GatewayCredentialTests : ApiTest
{
    private static TestHost Host => SharedHost.Host;

    [Test]
    public async Task A_gateway_reads_the_services_of_its_registrars_scope_and_its_own_settings_only()
    {
        var scenario = new Scenario(Client);
        var setup = await scenario.ServiceUnderPartnerAsync();
        var elsewhere = await scenario.ServiceUnderPartnerAsync();
        var domain = (await Client.GetAsync($"/api/services/{setup.Service:N}")).Text("primaryDomain");
        var otherDomain = (await Client.GetAsync($"/api/services/{elsewhere.Service:N}")).Text("primaryDomain");
        using var partnerAdmin = Host.CreateClient(await Host.CreateAdminApiKeyAsync(AdminUserType.Partner, setup.Partner));
        var gateway = await RegisterAsync(partnerAdmin);
        var otherGateway = await RegisterAsync(partnerAdmin);
        var rule = await RuleAsync(partnerAdmin, gateway, setup.Service);
        using var gatewayClient = Host.CreateClient(await KeyAsync(partnerAdmin, gateway));

        Assert.That((await gatewayClient.GetAsync($"/api/gateways/services?Domain={domain}")).Guid("serviceGuid"), Is.EqualTo(setup.Service));
        var settings = await gatewayClient.GetAsync($"{SettingsOf(gateway)}?Domain={domain}");
        ApiAssert.IsOk(settings);
        Assert.That(settings.Json["messageRules"]!.AsArray().Single()!.Str("messageRuleGuid"), Is.EqualTo(rule.ToString("N")));
        ApiAssert.IsOk(await gatewayClient.GetAsync(Rules(gateway, setup.Service)));
        ApiAssert.IsOk(await gatewayClient.GetAsync($"{Rules(gateway, setup.Service)}/{rule:N}"));

        // Another partner's service is not among its services; another gateway's settings are not its own.
        ApiAssert.IsError(await gatewayClient.GetAsync($"/api/gateways/services?Domain={otherDomain}"), HttpStatusCode.NotFound, "NotFound", "Domain");
        ApiAssert.IsError(await gatewayClient.GetAsync($"{SettingsOf(gateway)}?ServiceGuid={elsewhere.Service:N}"), HttpStatusCode.NotFound, "NotFound", "ServiceGuid");
        ApiAssert.IsError(await gatewayClient.GetAsync($"{SettingsOf(otherGateway)}?ServiceGuid={setup.Service:N}"), HttpStatusCode.NotFound, "NotFound", "GatewayGuid");
        ApiAssert.IsError(await gatewayClient.GetAsync(Rules(otherGateway, setup.Service)), HttpStatusCode.NotFound, "NotFound", "GatewayGuid");
    }

    [Test]
    public async Task A_gateway_changes_nothing_and_calls_no_admin_operation()
    {
        var setup = await new Scenario(Client).ServiceUnderPartnerAsync();
        var gateway = await RegisterAsync(Client);
        var rule = await RuleAsync(Client, gateway, setup.Service);
        using var gatewayClient = Host.CreateClient(await KeyAsync(Client, gateway));

        foreach (var refused in new[]
                 {
                     await gatewayClient.PutAsync(ServiceSettings(gateway, setup.Service), new { sendNotificationViaServer = true }),
                     await gatewayClient.PostAsync(Rules(gateway, setup.Service), new { matchExpression = "x" }),
                     await gatewayClient.PutAsync($"{Rules(gateway, setup.Service)}/{rule:N}", new { enabled = false }),
                     await gatewayClient.DeleteAsync($"{Rules(gateway, setup.Service)}/{rule:N}"),
                     await gatewayClient.PostAsync(Keys(gateway)),
                     await gatewayClient.GetAsync("/api/gateways"),
                     await gatewayClient.PostAsync("/api/gateways/another"),
                     await gatewayClient.GetAsync($"/api/services/{setup.Service:N}"),
                 })
        {
            ApiAssert.IsError(refused, HttpStatusCode.Forbidden, "Forbidden");
            ApiAssert.HasMessage(refused, "Invalid Role");
        }
    }

    [Test]
    public async Task A_revoked_key_is_401_at_once()
    {
        var setup = await new Scenario(Client).ServiceUnderPartnerAsync();
        var gateway = await RegisterAsync(Client);
        var created = await Client.PostAsync(Keys(gateway));
        using var gatewayClient = Host.CreateClient(created.Text("key"));
        // Used once, so that the host holds it in its credential cache.
        ApiAssert.IsOk(await gatewayClient.GetAsync($"{SettingsOf(gateway)}?ServiceGuid={setup.Service:N}"));

        ApiAssert.IsOk(await Client.DeleteAsync($"{Keys(gateway)}/{created.Guid("gatewayKeyGuid"):N}"));

        var refused = await gatewayClient.GetAsync($"{SettingsOf(gateway)}?ServiceGuid={setup.Service:N}");
        ApiAssert.IsError(refused, HttpStatusCode.Unauthorized, "Unauthorized");
        ApiAssert.HasMessage(refused, "Invalid API Key");
        ApiAssert.IsOk(await Client.DeleteAsync($"{Keys(gateway)}/{created.Guid("gatewayKeyGuid"):N}"));
        ApiAssert.IsError(await Client.DeleteAsync($"{Keys(gateway)}/{Guid.NewGuid():N}"), HttpStatusCode.NotFound, "NotFound", "GatewayKeyGuid");
    }

    [Test]
    public async Task Service_admins_see_their_service_but_do_not_administer_its_gateways()
    {
        var setup = await new Scenario(Client).ServiceUnderPartnerAsync();
        var gateway = await RegisterAsync(Client);
        using var serviceAdmin = Host.CreateClient(await Host.CreateAdminApiKeyAsync(AdminUserType.Service, setup.Service));
        ApiAssert.IsError(await serviceAdmin.GetAsync($"{SettingsOf(gateway)}?ServiceGuid={setup.Service:N}"), HttpStatusCode.Forbidden, "Forbidden", "ServiceGuid");
        ApiAssert.IsError(await serviceAdmin.PostAsync(Rules(gateway, setup.Service), new { matchExpression = "x" }), HttpStatusCode.Forbidden, "Forbidden", "ServiceGuid");
        ApiAssert.IsError(await serviceAdmin.GetAsync(Keys(gateway)), HttpStatusCode.NotFound, "NotFound", "GatewayGuid");
    }
}
