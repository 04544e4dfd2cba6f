using System.Net;
using CccApi.ServiceInterface.Auth;
using CccApi.ServiceInterface.Data.Entities;
using CccApi.Tests.Infrastructure;
using CccApi.Tests.ServiceUsers;
using Microsoft.EntityFrameworkCore;
using static CccApi.Tests.Gateways.GatewayWorld;

namespace CccApi.Tests.Gateways;

/// <summary>
/// CreateGateway records who registered a gateway, when and from where; names are unique within the registrar's scope;
/// gateways are listed and keyed by whoever administers them (the registrar's scope and the scopes above it).
/// </summary>
public sealed class GatewayRegistrationTests : ApiTest
{
    private static TestHost Host => SharedHost.Host;

    [Test]
    public async Task A_gateway_is_registered_with_who_when_and_from_where()
    {
        // A host on a real socket, so that the request has a client address.
        await using var host = new TestHost(new TestHostOptions { ListenOnLoopback = true });
        using var superUser = host.CreateSuperUserClient();
        var before = DateTime.UtcNow.AddSeconds(-1);
        var created = await superUser.PostAsync("/api/gateways/" + Uri.EscapeDataString("  Mail gateway 1 "));
        ApiAssert.IsOk(created);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(created.Guid("gatewayGuid"), Is.Not.EqualTo(Guid.Empty));
            Assert.That(created.Text("gatewayName"), Is.EqualTo("Mail gateway 1"));
            Assert.That(created.Text("registeredByUser"), Is.EqualTo(host.SuperUserEmail));
            Assert.That(created.Json["gatewayStatus"]!.GetValue<int>(), Is.EqualTo(1));
            Assert.That(DateTime.Parse(created.Text("registeredOn"), null, System.Globalization.DateTimeStyles.RoundtripKind), Is.InRange(before, DateTime.UtcNow.AddSeconds(1)));
            Assert.That(created.Json["ipAddress"]?.GetValue<string>(), Is.EqualTo("127.0.0.1"));
            Assert.That(created.Body, Does.StartWith("{\"responseStatus\"").Or.StartWith("{\"gatewayGuid\""));
        }

        var stored = await ServiceUserTests.WithDbAsync(db => db.Gateways.AsNoTracking().SingleAsync(g => g.Id == created.Guid("gatewayGuid")), host);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(stored.RegisteredByUserId, Is.EqualTo(await host.SuperUserIdAsync()));
            Assert.That((stored.RegistrarType, stored.RegistrarScopeId), Is.EqualTo((AdminUserType.SuperUser, Guid.Empty)));
            Assert.That(stored.IPAddress, Is.EqualTo(created.Json["ipAddress"]!.GetValue<string>()));
        }
    }

    [Test]
    public async Task A_name_is_unique_within_the_registrars_scope_without_regard_to_case()
    {
        var scenario = new Scenario(Client);
        var partnerA = await scenario.PartnerAsync();
        var partnerB = await scenario.PartnerAsync();
        using var adminA = Host.CreateClient(await Host.CreateAdminApiKeyAsync(AdminUserType.Partner, partnerA));
        using var adminB = Host.CreateClient(await Host.CreateAdminApiKeyAsync(AdminUserType.Partner, partnerB));
        var name = Scenario.Unique("Edge ");

        await RegisterAsync(adminA, name);
        ApiAssert.IsError(await adminA.PostAsync("/api/gateways/" + name.ToUpperInvariant()), HttpStatusCode.Conflict, "Conflict", "GatewayName");
        // Another partner's scope, and the SuperUsers' own, hold names of their own.
        await RegisterAsync(adminB, name);
        await RegisterAsync(Client, name);
    }

    [Test]
    public async Task Names_are_checked_and_service_admins_may_not_register()
    {
        ApiAssert.IsError(await Client.PostAsync("/api/gateways/" + new string('g', 101)), HttpStatusCode.BadRequest, "MaximumLength", "GatewayName");
        ApiAssert.IsError(await Client.PostAsync("/api/gateways/" + Uri.EscapeDataString("bad\u0007name")), HttpStatusCode.BadRequest, "NoControlCharacters", "GatewayName");
        ApiAssert.IsError(await Client.PostAsync("/api/gateways/%20%20"), HttpStatusCode.BadRequest, "NotEmpty", "GatewayName");

        var setup = await new Scenario(Client).ServiceUnderPartnerAsync();
        using var serviceAdmin = Host.CreateClient(await Host.CreateAdminApiKeyAsync(AdminUserType.Service, setup.Service));
        ApiAssert.IsError(await serviceAdmin.PostAsync("/api/gateways/mine"), HttpStatusCode.Forbidden, "Forbidden", "GatewayName");
    }

    [Test]
    public async Task Gateways_are_listed_and_keyed_by_whoever_administers_them()
    {
        var scenario = new Scenario(Client);
        var partner = await scenario.PartnerAsync();
        var reseller = await scenario.ResellerAsync(partner);
        var otherReseller = await scenario.ResellerAsync(partner);
        using var partnerAdmin = Host.CreateClient(await Host.CreateAdminApiKeyAsync(AdminUserType.Partner, partner));
        using var resellerAdmin = Host.CreateClient(await Host.CreateAdminApiKeyAsync(AdminUserType.Reseller, reseller));
        using var otherResellerAdmin = Host.CreateClient(await Host.CreateAdminApiKeyAsync(AdminUserType.Reseller, otherReseller));

        var partnerGateway = await RegisterAsync(partnerAdmin);
        var resellerGateway = await RegisterAsync(resellerAdmin);
        var superUserGateway = await RegisterAsync(Client);

        Assert.That(await ListedAsync(partnerAdmin), Is.EqualTo(new[] { partnerGateway, resellerGateway }));
        Assert.That(await ListedAsync(resellerAdmin), Is.EqualTo(new[] { resellerGateway }));
        Assert.That(await ListedAsync(otherResellerAdmin), Is.Empty);
        Assert.That(await ListedAsync(Client), Does.Contain(partnerGateway).And.Contain(resellerGateway).And.Contain(superUserGateway));

        // The reseller's gateway is keyed by its reseller and its partner; the partner's by the partner only.
        await KeyAsync(partnerAdmin, resellerGateway);
        await KeyAsync(resellerAdmin, resellerGateway);
        ApiAssert.IsError(await resellerAdmin.PostAsync(Keys(partnerGateway)), HttpStatusCode.NotFound, "NotFound", "GatewayGuid");
        ApiAssert.IsError(await otherResellerAdmin.GetAsync(Keys(resellerGateway)), HttpStatusCode.NotFound, "NotFound", "GatewayGuid");
        ApiAssert.IsError(await partnerAdmin.GetAsync(Keys(superUserGateway)), HttpStatusCode.NotFound, "NotFound", "GatewayGuid");
    }

    [Test]
    public async Task A_key_is_shown_once_stored_as_its_digest_and_listed_without_it()
    {
        var gateway = await RegisterAsync(Client);
        var created = await Client.PostAsync(Keys(gateway), new { name = "Edge 1  " });
        ApiAssert.IsOk(created);
        var key = created.Text("key");
        Assert.That(key, Does.StartWith(SecretTokens.GatewayKeyPrefix).And.Length.EqualTo(SecretTokens.GatewayKeyPrefix.Length + 43));

        var listed = await Client.GetAsync(Keys(gateway));
        ApiAssert.IsOk(listed);
        Assert.That(listed.Body, Does.Not.Contain(key));
        var entry = listed.Json["keys"]!.AsArray().Single()!;
        Assert.That((entry.Str("gatewayKeyGuid"), entry.Str("name"), entry.Str("prefix")), Is.EqualTo((created.Guid("gatewayKeyGuid").ToString("N"), "Edge 1", key[..14])));

        var stored = await ServiceUserTests.WithDbAsync(db => db.GatewayKeys.AsNoTracking().SingleAsync(k => k.GatewayId == gateway), Host);
        Assert.That(stored.Digest, Is.EqualTo(SecretTokens.Digest(key)));
    }

    [Test]
    public async Task Keys_per_gateway_are_limited()
    {
        await using var host = new TestHost(new TestHostOptions { Settings = { ["Quotas:GatewayKeysPerGateway"] = "2" } });
        using var superUser = host.CreateSuperUserClient();
        var gateway = await RegisterAsync(superUser);
        var first = await superUser.PostAsync(Keys(gateway));
        await KeyAsync(superUser, gateway);
        ApiAssert.IsError(await superUser.PostAsync(Keys(gateway)), HttpStatusCode.Conflict, "QuotaExceeded", "GatewayGuid");
        // A revoked key makes room.
        ApiAssert.IsOk(await superUser.DeleteAsync($"{Keys(gateway)}/{first.Guid("gatewayKeyGuid"):N}"));
        await KeyAsync(superUser, gateway);
    }

    [Test]
    public async Task Gateways_per_partner_or_reseller_are_limited_and_the_superusers_are_not()
    {
        await using var host = new TestHost(new TestHostOptions { Settings = { ["Quotas:GatewaysPerTenant"] = "2" } });
        using var superUser = host.CreateSuperUserClient();
        var partner = await new Scenario(superUser).PartnerAsync();
        using var partnerAdmin = host.CreateClient(await host.CreateAdminApiKeyAsync(AdminUserType.Partner, partner));
        await RegisterAsync(partnerAdmin);
        await RegisterAsync(partnerAdmin);
        ApiAssert.IsError(await partnerAdmin.PostAsync("/api/gateways/third"), HttpStatusCode.Conflict, "QuotaExceeded", "GatewayName");
        for (var i = 0; i < 3; i++) await RegisterAsync(superUser);
    }

    private static async Task<List<Guid>> ListedAsync(ApiClient caller)
    {
        var listed = await caller.GetAsync("/api/gateways?pageSize=100");
        ApiAssert.IsOk(listed);
        return [.. listed.Json["results"]!.AsArray().Select(g => Guid.Parse(g!.Str("gatewayGuid")!))];
    }
}
