using System.Net;
using CccApi.ServiceInterface.Data.Entities;
using CccApi.Tests.Infrastructure;

namespace CccApi.Tests.Auth;

/// <summary>
/// CreateServiceSku's Service lookup (a raw command, one statement per visibility rule) within one partner:
/// a Partner admin reaches every reseller's services, a Reseller admin only its own reseller's, a Service
/// admin only its own service; a scope naming the wrong kind of object, or none, reaches nothing.
/// </summary>
public sealed class ServiceSkuRoomScopeTests
{
    private static async Task<(Guid Partner, ServiceSetup First, Guid Sibling, ServiceSetup Cousin)> WorldAsync(TestHost host)
    {
        using var superUser = host.CreateSuperUserClient();
        var given = new Scenario(superUser);
        var partner = await given.PartnerAsync();
        var first = await given.ServiceUnderPartnerAsync(partner);
        return (partner, first, await given.ServiceAsync(first.Reseller), await given.ServiceUnderPartnerAsync(partner));
    }

    private static Task<ApiResult> CreateSku(ApiClient caller, Guid service) =>
        caller.PostAsync($"/api/services/{service:N}/skus", new { name = Scenario.Unique("Sku ") });

    [Test]
    public async Task Each_admin_type_creates_Skus_exactly_on_the_services_its_scope_covers()
    {
        var host = SharedHost.Host;
        var world = await WorldAsync(host);
        (AdminUserType Type, Guid? Scope, Guid[] Reaches)[] callers =
        [
            (AdminUserType.Partner, world.Partner, [world.First.Service, world.Sibling, world.Cousin.Service]),
            (AdminUserType.Reseller, world.First.Reseller, [world.First.Service, world.Sibling]),
            (AdminUserType.Service, world.First.Service, [world.First.Service]),
            (AdminUserType.Service, world.First.Reseller, []), // a Service admin's scope names its service, not a reseller
            (AdminUserType.Reseller, world.Partner, []),
            (AdminUserType.Partner, world.First.Reseller, []),
            (AdminUserType.Partner, null, []),
        ];
        Guid[] services = [world.First.Service, world.Sibling, world.Cousin.Service];

        foreach (var (type, scope, reaches) in callers)
        {
            using var caller = host.CreateClient(await host.CreateAdminApiKeyAsync(type, scope));
            foreach (var service in services)
            {
                var result = await CreateSku(caller, service);
                var which = $"{type} admin scoped to {scope}, service {Array.IndexOf(services, service)}";
                if (reaches.Contains(service))
                    Assert.That(result.Status, Is.EqualTo(HttpStatusCode.OK), which + ": " + result);
                else
                    ApiAssert.IsError(result, HttpStatusCode.NotFound, "NotFound", "ServiceGuid");
            }
        }
    }
}
