using CccApi.ServiceInterface.Data;
using CccApi.ServiceInterface.Data.Entities;
using CccApi.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using static CccApi.Tests.Lifecycle.StatusHistory;
using static CccApi.Tests.Lifecycle.TrialExpiryTests;
using ServiceStatus = CccApi.ServiceModel.ServiceStatus;

namespace CccApi.Tests.Usage;

/// <summary>
/// The services counted per reseller and status (ServiceStatusCounts), which the usage and user-count reports' totals
/// are summed from: after creations, status changes and trial expiry the kept counts equal the services' own, each
/// report's TotalItems is the number of services it lists, and concurrent changes of one reseller's services lose none.
/// </summary>
[Parallelizable(ParallelScope.Self)] // a host of its own
public sealed class ServiceStatusCountTests
{
    [Test]
    public async Task Creations_status_changes_and_trial_expiry_keep_the_counts_and_the_reports_totals()
    {
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        await using var host = HostWithClock(clock);
        using var superUser = host.CreateSuperUserClient();
        var given = new Scenario(superUser);
        var first = await given.ServiceUnderPartnerAsync();
        var second = await given.ServiceUnderPartnerAsync(first.Partner);
        var (a, b, c) = (await given.ServiceAsync(first.Reseller), await given.ServiceAsync(first.Reseller), await given.ServiceAsync(second.Reseller));
        var elsewhere = await given.ServiceUnderPartnerAsync(); // another partner's: not in this partner's totals
        ApiAssert.IsOk(await ChangeAsync(superUser, a, "CertifiedSecure"));
        ApiAssert.IsOk(await ChangeAsync(superUser, b, "Blocked"));
        ApiAssert.IsOk(await ChangeAsync(superUser, c, "AccountSuspended"));
        ApiAssert.IsOk(await ChangeAsync(superUser, c, "CertifiedSecure"));
        clock.Advance(TimeSpan.FromDays(31));
        await RunExpiryAsync(host); // first.Service and second.Service end their trials (elsewhere's too)

        Assert.That(await KeptCountsAsync(host, first.Partner), Is.EquivalentTo(await ActualCountsAsync(host, first.Partner)));
        Assert.That(await KeptCountsAsync(host, first.Partner), Is.EquivalentTo(new[]
        {
            (first.Reseller, ServiceStatus.TrialExpired, 1), (first.Reseller, ServiceStatus.CertifiedSecure, 1), (first.Reseller, ServiceStatus.Blocked, 1),
            (second.Reseller, ServiceStatus.TrialExpired, 1), (second.Reseller, ServiceStatus.CertifiedSecure, 1),
        }));

        var partnerAdmin = host.CreateClient(await host.CreateAdminApiKeyAsync(AdminUserType.Partner, first.Partner));
        var resellerAdmin = host.CreateClient(await host.CreateAdminApiKeyAsync(AdminUserType.Reseller, first.Reseller));
        using (Assert.EnterMultipleScope())
        {
            // The usage reports leave the Blocked service out: 5 services, 4 listed; the user-count reports count every status.
            Assert.That(await TotalAsync(superUser, $"/api/services/usage?PartnerGuid={first.Partner:N}"), Is.EqualTo(4));
            Assert.That(await TotalAsync(superUser, $"/api/services/usage?ResellerGuid={first.Reseller:N}"), Is.EqualTo(2));
            Assert.That(await TotalAsync(superUser, $"/api/services/usage?PartnerGuid={first.Partner:N}&ResellerGuid={elsewhere.Reseller:N}"), Is.Zero);
            Assert.That(await TotalAsync(superUser, $"/api/resellers/{second.Reseller:N}/serviceusagelist"), Is.EqualTo(2));
            Assert.That(await TotalAsync(partnerAdmin, "/api/services/usage"), Is.EqualTo(4), "a partner admin's services");
            Assert.That(await TotalAsync(resellerAdmin, "/api/services/usage"), Is.EqualTo(2), "a reseller admin's services");
            Assert.That(await TotalAsync(superUser, $"/api/partners/{first.Partner:N}/serviceusercountreport?StartPeriod=2026-01-01&EndPeriod=2026-02-01"),
                Is.EqualTo(5));
            Assert.That(await TotalAsync(superUser, $"/api/resellers/{first.Reseller:N}/serviceusercountreport?StartPeriod=2026-01-01&EndPeriod=2026-02-01"),
                Is.EqualTo(3));
        }
    }

    [Test]
    public async Task Concurrent_creations_and_changes_of_one_resellers_services_lose_no_move()
    {
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        await using var host = HostWithClock(clock);
        using var superUser = host.CreateSuperUserClient();
        var given = new Scenario(superUser);
        var setup = await given.ServiceUnderPartnerAsync();

        var created = await Task.WhenAll(Enumerable.Range(0, 12).Select(_ => given.ServiceAsync(setup.Reseller)));
        var changes = await Task.WhenAll(created.Select((service, i) => ChangeAsync(superUser, service, i % 3 == 0 ? "Blocked" : "CertifiedSecure")));
        foreach (var change in changes) ApiAssert.IsOk(change);

        Assert.That(await KeptCountsAsync(host, setup.Partner), Is.EquivalentTo(new[]
        {
            (setup.Reseller, ServiceStatus.TrialActive, 1), (setup.Reseller, ServiceStatus.Blocked, 4), (setup.Reseller, ServiceStatus.CertifiedSecure, 8),
        }));
        Assert.That(await TotalAsync(superUser, $"/api/services/usage?PartnerGuid={setup.Partner:N}"), Is.EqualTo(9));
    }

    [Test]
    public async Task The_total_is_read_from_the_kept_counts_unless_a_filter_narrows_the_list_below_a_reseller()
    {
        await using var host = new TestHost();
        using var superUser = host.CreateSuperUserClient();
        var given = new Scenario(superUser);
        var setup = await given.ServiceUnderPartnerAsync();
        await given.ServiceAsync(setup.Reseller);
        // A count that no longer matches its services shows which totals come from it.
        await using (var scope = host.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<CccDbContext>();
            await db.ServiceStatusCounts.Where(c => c.ResellerId == setup.Reseller)
                .ExecuteUpdateAsync(set => set.SetProperty(c => c.Count, c => c.Count + 100));
        }

        using (Assert.EnterMultipleScope())
        {
            Assert.That(await TotalAsync(superUser, $"/api/services/usage?PartnerGuid={setup.Partner:N}"), Is.EqualTo(102));
            Assert.That(await TotalAsync(superUser, $"/api/partners/{setup.Partner:N}/serviceusercountreport?StartPeriod=2026-01-01&EndPeriod=2026-02-01"),
                Is.EqualTo(102));
            Assert.That(await TotalAsync(superUser, $"/api/services/usage?PartnerGuid={setup.Partner:N}&CreatedAfterDateTime=2000-01-01"), Is.EqualTo(2),
                "a date filter: the services are counted");
            Assert.That(await TotalAsync(superUser, $"/api/services/usage?ServiceGuid={setup.Service:N}"), Is.EqualTo(1));
            var serviceAdmin = host.CreateClient(await host.CreateAdminApiKeyAsync(AdminUserType.Service, setup.Service));
            Assert.That(await TotalAsync(serviceAdmin, "/api/services/usage"), Is.EqualTo(1), "a service admin's one service is counted");
        }
    }

    private static async Task<int> TotalAsync(ApiClient client, string path)
    {
        var result = await client.GetAsync(path);
        ApiAssert.IsOk(result);
        return result.Json["totalItems"]!.GetValue<int>();
    }

    private static async Task<List<(Guid, ServiceStatus, int)>> KeptCountsAsync(TestHost host, Guid partner)
    {
        await using var scope = host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CccDbContext>();
        var rows = await db.ServiceStatusCounts.Where(c => c.PartnerId == partner && c.Count != 0).ToListAsync();
        return [.. rows.Select(c => (c.ResellerId, c.Status, c.Count))];
    }

    private static async Task<List<(Guid, ServiceStatus, int)>> ActualCountsAsync(TestHost host, Guid partner)
    {
        await using var scope = host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CccDbContext>();
        var groups = await db.Services.Where(s => s.PartnerId == partner).GroupBy(s => new { s.ResellerId, s.Status })
            .Select(g => new { g.Key.ResellerId, g.Key.Status, Count = g.Count() }).ToListAsync();
        return [.. groups.Select(g => (g.ResellerId, g.Status, g.Count))];
    }
}
