using System.Net;
using System.Text.Json.Nodes;
using CccApi.Tests.Infrastructure;
using Microsoft.Extensions.Time.Testing;
using static CccApi.Tests.Lifecycle.TrialExpiryTests;

namespace CccApi.Tests.Usage;

/// <summary>
/// The user-count reports on a known history, played on a host whose clock the test moves from month to month: each
/// month's Professional and Guest users per service, carried across months without a change, and the totals over
/// every service of the report, whatever the page shows. The expectations are counted by hand below.
/// </summary>
[Parallelizable(ParallelScope.Self)] // a host of its own
public sealed class UserCountReportTests
{
    private static readonly DateTimeOffset January15 = new(2026, 1, 15, 10, 0, 0, TimeSpan.Zero);

    [Test]
    public async Task Monthly_counts_per_service_and_their_totals_follow_the_users_history()
    {
        var clock = new FakeTimeProvider(January15);
        await using var host = HostWithClock(clock);
        using var superUser = host.CreateSuperUserClient();
        var given = new Scenario(superUser);
        var first = await given.ServiceUnderPartnerAsync();

        // January: the service (no system user), two Professional users and one Guest.
        var pro1 = await given.ServiceUserAsync(first.Service, groupType: "Professional");
        await given.ServiceUserAsync(first.Service, groupType: "Professional");
        await given.ServiceUserAsync(first.Service, groupType: "Guest");

        // February: two more Professionals, one of January's moves to the Guests; a second service with one Professional.
        clock.SetUtcNow(new DateTimeOffset(2026, 2, 10, 9, 0, 0, TimeSpan.Zero));
        await given.ServiceUserAsync(first.Service, groupType: "Professional");
        await given.ServiceUserAsync(first.Service, groupType: "Professional");
        ApiAssert.IsOk(await superUser.PutAsync($"/api/services/{first.Service:N}/users/group",
            new { serviceUserGuid = pro1, serviceUserGroupType = "Guest" }));
        var second = await given.ServiceAsync(first.Reseller);
        await given.ServiceUserAsync(second, groupType: "Professional");

        // March: nothing. April: one more Guest of the first service.
        clock.SetUtcNow(new DateTimeOffset(2026, 4, 3, 12, 0, 0, TimeSpan.Zero));
        await given.ServiceUserAsync(first.Service, groupType: "Guest");

        // December 2025 (before any service) to April: the first service 0, 2, 3, 3, 3 Professionals and 0, 1, 2, 2, 3 Guests.
        var report = await superUser.GetAsync($"/api/resellers/{first.Reseller:N}/serviceusercountreport?StartPeriod=2025-12-31T23:00:00Z&EndPeriod=2026-04-20&PageSize=1");
        ApiAssert.IsOk(report);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(report.Text("startPeriod"), Does.StartWith("2025-12-01T00:00:00"));
            Assert.That(report.Text("endPeriod"), Does.StartWith("2026-04-01T00:00:00"));
            Assert.That((report.Json["totalItems"]!.GetValue<int>(), report.Json["totalPages"]!.GetValue<int>()), Is.EqualTo((2, 2)));
            var record = report.Json["results"]!.AsArray().Single()!;
            Assert.That(record.Str("serviceGuid"), Is.EqualTo(first.Service.ToString("N")), "oldest service first");
            Assert.That(Totals(record["proUserCounts"]), Is.EqualTo(new[] { 0, 2, 3, 3, 3 }));
            Assert.That(Totals(record["guestUserCounts"]), Is.EqualTo(new[] { 0, 1, 2, 2, 3 }));
            Assert.That(Changes(record["proUserCounts"]), Is.EqualTo(new[] { 0, 0, 50, 0, 0 }), "January has no month before with users");
            Assert.That(Changes(record["guestUserCounts"]), Is.EqualTo(new[] { 0, 0, 100, 0, 50 }));
            Assert.That(Months(record["proUserCounts"]), Is.EqualTo(new[] { "2025-12", "2026-01", "2026-02", "2026-03", "2026-04" }));
            // Both services, though the page shows one: Professionals 0, 2, 3+1, 4, 4; Guests 0, 1, 2, 2, 3.
            Assert.That(Totals(report.Json["totalPeriodProUserCounts"]), Is.EqualTo(new[] { 0, 2, 4, 4, 4 }));
            Assert.That(Totals(report.Json["totalPeriodGuestUserCounts"]), Is.EqualTo(new[] { 0, 1, 2, 2, 3 }));
            Assert.That(Changes(report.Json["totalPeriodProUserCounts"]), Is.EqualTo(new[] { 0, 0, 100, 0, 0 }));
        }

        var partnerReport = await superUser.GetAsync($"/api/partners/{first.Partner:N}/serviceusercountreport?StartPeriod=2026-03-01&PageSize=5");
        ApiAssert.IsOk(partnerReport);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(partnerReport.Text("endPeriod"), Does.StartWith("2026-04-01"), "EndPeriod defaults to today's month");
            var records = partnerReport.Json["results"]!.AsArray();
            Assert.That(records.Select(r => r.Str("serviceGuid")), Is.EqualTo(new[] { first.Service.ToString("N"), second.ToString("N") }));
            Assert.That(Totals(records[1]!["proUserCounts"]), Is.EqualTo(new[] { 1, 1 }));
            Assert.That(Changes(records[1]!["proUserCounts"]), Is.EqualTo(new[] { 0, 0 }), "March compares with February's 1");
            Assert.That(Totals(partnerReport.Json["totalPeriodProUserCounts"]), Is.EqualTo(new[] { 4, 4 }));
            Assert.That(Totals(partnerReport.Json["totalPeriodGuestUserCounts"]), Is.EqualTo(new[] { 2, 3 }));
        }
    }

    [Test]
    public async Task The_usage_reports_show_the_user_counts_at_the_end_of_the_day_or_month()
    {
        var clock = new FakeTimeProvider(January15);
        await using var host = HostWithClock(clock);
        using var superUser = host.CreateSuperUserClient();
        var given = new Scenario(superUser);
        var setup = await given.ServiceUnderPartnerAsync();
        await given.ServiceUserAsync(setup.Service, groupType: "Professional");
        await given.ServiceUserAsync(setup.Service, preRegister: true, groupType: "Guest");
        clock.SetUtcNow(January15.AddDays(2));
        await given.ServiceUserAsync(setup.Service, groupType: "Professional");

        var january16 = await superUser.GetAsync($"/api/services/usage?ServiceGuid={setup.Service:N}&Period=2026-01-16T18:30:00Z");
        var january = await superUser.GetAsync($"/api/services/usage?ServiceGuid={setup.Service:N}&PeriodType=Monthly&Period=2026-01-31");
        var yesterday = await superUser.GetAsync($"/api/services/{setup.Service:N}/serviceusage");
        foreach (var result in new[] { january16, january, yesterday }) ApiAssert.IsOk(result);
        using (Assert.EnterMultipleScope())
        {
            var day = january16.Json["results"]!.AsArray().Single()!;
            Assert.That(day.Str("period"), Does.StartWith("2026-01-16T00:00:00"), "the time of Period is ignored");
            Assert.That(day.Str("periodType"), Is.EqualTo("Daily"));
            Assert.That(Counts(day), Is.EqualTo((2, 1, 1, 0, 1)), "total, pro, guest, disabled, unregistered on the 16th");
            var month = january.Json["results"]!.AsArray().Single()!;
            Assert.That(month.Str("period"), Does.StartWith("2026-01-01T00:00:00"));
            Assert.That(Counts(month), Is.EqualTo((3, 2, 1, 0, 2)));
            Assert.That(yesterday.Text("period"), Does.StartWith("2026-01-16T00:00:00"), "GetServiceUsage answers yesterday");
            Assert.That(Counts(yesterday.Json), Is.EqualTo((2, 1, 1, 0, 1)));
            Assert.That(yesterday.Text("name"), Is.Not.Empty);
        }
    }

    private static (int, int, int, int, int) Counts(JsonNode usage) => (
        usage["totalUserCount"]!.GetValue<int>(), usage["proUserCount"]!.GetValue<int>(), usage["guestUserCount"]!.GetValue<int>(),
        usage["disabledUserCount"]!.GetValue<int>(), usage["unregisteredUserCount"]!.GetValue<int>());

    private static int[] Totals(JsonNode? stats) => stats!.AsArray().Select(s => s!["total"]!.GetValue<int>()).ToArray();

    private static double[] Changes(JsonNode? stats) => stats!.AsArray().Select(s => s!["percentageChanged"]!.GetValue<double>()).ToArray();

    private static string[] Months(JsonNode? stats) => stats!.AsArray().Select(s => s!["sPeriod"]!.GetValue<string>()[..7]).ToArray();
}
