using CccApi.ServiceInterface.Data;
using CccApi.ServiceInterface.Rules;
using CccApi.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using static CccApi.Tests.Lifecycle.StatusHistory;
using ServiceStatus = CccApi.ServiceModel.ServiceStatus;

namespace CccApi.Tests.Usage;

/// <summary>
/// Deep pages of the reports start from kept anchors (every third service here, ServicePaging:AnchorSpacing = 3)
/// instead of skipping every earlier service: every page, at every page size, holds the services ORDER BY CreatedOn,
/// Id puts there, services created at the same instant included, and still does after services leave the list.
/// </summary>
[Parallelizable(ParallelScope.Self)] // a host of its own
public sealed class ServicePageAnchorTests
{
    private const string Months = "StartPeriod=2026-01-01&EndPeriod=2026-02-01";

    [Test]
    public async Task Every_page_holds_the_services_the_order_puts_there_before_and_after_the_list_changes()
    {
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        await using var host = new TestHost(new TestHostOptions
        {
            Settings = { ["ServicePaging:AnchorSpacing"] = "3" },
            ConfigureServices = services => services.AddSingleton<TimeProvider>(clock),
        });
        using var superUser = host.CreateSuperUserClient();
        var given = new Scenario(superUser);
        var setup = await given.ServiceUnderPartnerAsync();
        var services = new List<Guid> { setup.Service };
        for (var i = 0; i < 10; i++)
        {
            // Runs of services created at the same instant: an anchor inside a run must start from the run's first.
            if (i % 3 == 0) clock.Advance(TimeSpan.FromMinutes(1));
            services.Add(await given.ServiceAsync(setup.Reseller));
        }

        await AssertPagesAsync(host, superUser, setup);
        var anchors = host.Services.GetRequiredService<ServicePageAnchors>();
        Assert.That(anchors.Find(new ServiceListShape(setup.Partner, null, ReportableOnly: false), await VersionAsync(host, setup.Partner)), Has.Count.EqualTo(3),
            "11 services: anchors at the 4th, 7th and 10th");

        ApiAssert.IsOk(await ChangeAsync(superUser, services[1], "Blocked"));
        ApiAssert.IsOk(await ChangeAsync(superUser, services[7], "Blocked"));
        ApiAssert.IsOk(await ChangeAsync(superUser, services[4], "CertifiedSecure"));
        services.Add(await given.ServiceAsync(setup.Reseller));
        await AssertPagesAsync(host, superUser, setup);
    }

    private static async Task AssertPagesAsync(TestHost host, ApiClient client, ServiceSetup setup)
    {
        var all = await InOrderAsync(host, setup.Partner, reportableOnly: false);
        var reportable = await InOrderAsync(host, setup.Partner, reportableOnly: true);
        foreach (var pageSize in new[] { 1, 2, 4 })
        {
            using (Assert.EnterMultipleScope())
            {
                Assert.That(await AllPagesAsync(client, $"/api/partners/{setup.Partner:N}/serviceusercountreport?{Months}", pageSize), Is.EqualTo(all),
                    $"the user-count report in pages of {pageSize}");
                Assert.That(await AllPagesAsync(client, $"/api/services/usage?PartnerGuid={setup.Partner:N}", pageSize), Is.EqualTo(reportable),
                    $"the usage report in pages of {pageSize}");
                Assert.That(await AllPagesAsync(client, $"/api/services/usage?ResellerGuid={setup.Reseller:N}", pageSize), Is.EqualTo(reportable),
                    $"the usage report of the reseller in pages of {pageSize}");
            }
        }
    }

    /// <summary>Every page from the first to one past the last, their services in the order they came.</summary>
    private static async Task<List<Guid>> AllPagesAsync(ApiClient client, string path, int pageSize)
    {
        var listed = new List<Guid>();
        for (var page = 1; ; page++)
        {
            var result = await client.GetAsync($"{path}&Page={page}&PageSize={pageSize}");
            ApiAssert.IsOk(result);
            var rows = result.Json["results"]!.AsArray();
            if (rows.Count == 0) return listed;
            listed.AddRange(rows.Select(r => Guid.Parse(r!["serviceGuid"]!.GetValue<string>())));
        }
    }

    /// <summary>The partner's services as the database orders them, without anchors: the reference.</summary>
    private static async Task<List<Guid>> InOrderAsync(TestHost host, Guid partner, bool reportableOnly)
    {
        await using var scope = host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CccDbContext>();
        var services = db.Services.Where(s => s.PartnerId == partner);
        if (reportableOnly)
            services = services.Where(s => s.Status != ServiceStatus.Blocked && s.Status != ServiceStatus.Provisioning);
        return await services.OrderBy(s => s.CreatedOn).ThenBy(s => s.Id).Select(s => s.Id).ToListAsync();
    }

    private static async Task<long> VersionAsync(TestHost host, Guid partner)
    {
        await using var scope = host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CccDbContext>();
        return await db.ServiceStatusCounts.Where(c => c.PartnerId == partner).SumAsync(c => c.Moves);
    }
}
