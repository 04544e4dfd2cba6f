using CccApi.ServiceInterface.Data.Entities;
using CccApi.Tests.Infrastructure;
using static CccApi.Tests.Lifecycle.StatusHistory;

namespace CccApi.Tests.Lifecycle;

/// <summary>SearchServiceStatusChanges: its filters narrow together, and a caller sees only the changes of services it sees.</summary>
public sealed class StatusChangeSearchTests : ApiTest
{
    private static TestHost Host => SharedHost.Host;

    private static IEnumerable<Guid> Services(ApiResult result) =>
        result.Json["results"]!.AsArray().Select(c => Guid.Parse(c.Str("serviceGuid")!));

    [Test]
    public async Task Filters_by_reseller_partner_admin_and_dates_narrow_together()
    {
        var first = await Given.ServiceUnderPartnerAsync();
        var second = await Given.ServiceUnderPartnerAsync(first.Partner);
        var (adminId, key) = await Host.CreateAdminAsync(AdminUserType.Partner, first.Partner);
        using var partnerAdmin = Host.CreateClient(key);
        var before = DateTime.UtcNow;
        ApiAssert.IsOk(await ChangeAsync(partnerAdmin, second.Service, "AccountSuspended"));
        var adminEmail = (await OfServiceAsync(Client, second.Service)).Last()!.Str("changedByUserEmailAddress")!;

        var byReseller = await Client.GetAsync($"/api/services/status?resellerGuid={first.Reseller:N}");
        var byPartner = await Client.GetAsync($"/api/services/status?partnerGuid={first.Partner:N}");
        var byAdmin = await Client.GetAsync($"/api/services/status?changedByUserGuid={adminId:N}");
        var byEmail = await Client.GetAsync($"/api/services/status?changedByUserEmail={Uri.EscapeDataString(adminEmail.ToUpperInvariant())}");
        var byPartnerSince = await Client.GetAsync(
            $"/api/services/status?partnerGuid={first.Partner:N}&changedAfterDateTime={before:O}&changedBeforeDateTime={DateTime.UtcNow.AddMinutes(1):O}");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(Services(byReseller), Is.EqualTo(new[] { first.Service }));
            Assert.That(Services(byPartner), Is.EqualTo(new[] { first.Service, second.Service, second.Service }));
            Assert.That(Services(byAdmin), Is.EqualTo(new[] { second.Service }));
            Assert.That(Services(byEmail), Is.EqualTo(new[] { second.Service }));
            Assert.That(Services(byPartnerSince), Is.EqualTo(new[] { second.Service }));
            Assert.That(byPartner.Json["totalItems"]!.GetValue<int>(), Is.EqualTo(3));
        }
    }

    [TestCase(AdminUserType.Partner)]
    [TestCase(AdminUserType.Reseller)]
    [TestCase(AdminUserType.Service)]
    public async Task A_caller_lists_only_the_changes_of_services_it_sees(AdminUserType type)
    {
        var own = await Given.ServiceUnderPartnerAsync();
        var foreign = await Given.ServiceUnderPartnerAsync();
        var scope = type switch { AdminUserType.Partner => own.Partner, AdminUserType.Reseller => own.Reseller, _ => own.Service };
        using var caller = Host.CreateClient(await Host.CreateAdminApiKeyAsync(type, scope));

        var all = await caller.GetAsync("/api/services/status");
        var foreignService = await caller.GetAsync($"/api/services/status?serviceGuid={foreign.Service:N}");
        var foreignPartner = await caller.GetAsync($"/api/services/status?partnerGuid={foreign.Partner:N}");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(Services(all), Is.EqualTo(new[] { own.Service }));
            Assert.That(Services(foreignService), Is.Empty);
            Assert.That(Services(foreignPartner), Is.Empty);
        }
    }

    [Test]
    public async Task Paging_is_checked_as_on_every_list()
    {
        var result = await Client.GetAsync("/api/services/status?pageSize=101");

        Assert.That(result.StatusCode, Is.EqualTo(400), result.ToString());
        Assert.That(result.ErrorFields, Is.EqualTo(new[] { "PageSize" }));
    }
}
