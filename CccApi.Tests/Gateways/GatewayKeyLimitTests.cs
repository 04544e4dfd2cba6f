using System.Net;
using CccApi.ServiceInterface.Data.Entities;
using CccApi.Tests.Infrastructure;
using static CccApi.Tests.Gateways.GatewayWorld;

namespace CccApi.Tests.Gateways;

/// <summary>A gateway key is a caller of its own for the per-caller rate limit: neither its issuer nor another gateway shares its count.</summary>
[Parallelizable(ParallelScope.Self)] // a host of its own, with a per-caller limit of 20
public sealed class GatewayKeyLimitTests
{
    private TestHost _host = null!;

    /// <summary>More than a setup's requests, each setup by a SuperUser of its own.</summary>
    private const int PerCaller = 20;

    [OneTimeSetUp]
    public void StartHost() => _host = new TestHost(new TestHostOptions
    {
        Settings =
        {
            ["ServiceHost:RateLimit:PermitLimitPerCaller"] = PerCaller.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["ServiceHost:RateLimit:WindowSeconds"] = "600",
        },
    });

    [OneTimeTearDown]
    public ValueTask StopHost() => _host.DisposeAsync();

    [Test]
    public async Task A_gateway_key_has_a_rate_limit_of_its_own()
    {
        using var issuer = _host.CreateClient(await _host.CreateAdminApiKeyAsync(AdminUserType.SuperUser, null));
        var service = (await new Scenario(issuer).ServiceUnderPartnerAsync()).Service;
        var gateway = await RegisterAsync(issuer);
        var otherGateway = await RegisterAsync(issuer);
        using var gatewayClient = _host.CreateClient(await KeyAsync(issuer, gateway));
        using var otherGatewayClient = _host.CreateClient(await KeyAsync(issuer, otherGateway));

        for (var i = 0; i < PerCaller; i++)
            ApiAssert.IsOk(await gatewayClient.GetAsync($"{SettingsOf(gateway)}?ServiceGuid={service:N}"));
        ApiAssert.IsError(await gatewayClient.GetAsync($"{SettingsOf(gateway)}?ServiceGuid={service:N}"), HttpStatusCode.TooManyRequests, "TooManyRequests");

        ApiAssert.IsOk(await otherGatewayClient.GetAsync($"{SettingsOf(otherGateway)}?ServiceGuid={service:N}"));
        ApiAssert.IsOk(await issuer.GetAsync(Keys(gateway)));
    }
}
