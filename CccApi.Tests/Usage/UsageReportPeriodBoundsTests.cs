using System.Net;
using CccApi.Tests.Infrastructure;

namespace CccApi.Tests.Usage;

/// <summary>
/// The periods at the ends of what a date holds: a month report of December 9999 and a user-count report ending then
/// answer (their last day and month are counted without stepping past them), and a user-count report left to end today
/// may not start after this month.
/// </summary>
public sealed class UsageReportPeriodBoundsTests
{
    private static TestHost Host => SharedHost.Host;

    [Test]
    public async Task The_usage_of_December_9999_is_a_month_like_any_other()
    {
        using var superUser = Host.CreateSuperUserClient();
        var setup = await new Scenario(superUser).ServiceUnderPartnerAsync();

        var services = await superUser.GetAsync($"/api/services/usage?ServiceGuid={setup.Service:N}&PeriodType=Monthly&Period=9999-12-31T23:59:59Z");
        var users = await superUser.GetAsync($"/api/services/{setup.Service:N}/users/usage?PeriodType=Monthly&Period=9999-12-15");

        ApiAssert.IsOk(services);
        ApiAssert.IsOk(users);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(services.Json["results"]!.AsArray().Single()!.Str("period"), Does.StartWith("9999-12-01T00:00:00"));
            Assert.That(users.Text("period"), Does.StartWith("9999-12-01T00:00:00"));
        }
    }

    [Test]
    public async Task A_user_count_report_may_end_in_December_9999()
    {
        using var superUser = Host.CreateSuperUserClient();
        var setup = await new Scenario(superUser).ServiceUnderPartnerAsync();

        var report = await superUser.GetAsync($"/api/resellers/{setup.Reseller:N}/serviceusercountreport?StartPeriod=9999-01-01&EndPeriod=9999-12-31");

        ApiAssert.IsOk(report);
        var months = report.Json["totalPeriodProUserCounts"]!.AsArray().Select(s => s!.Str("sPeriod")![..7]).ToArray();
        Assert.That(months, Has.Length.EqualTo(12));
        Assert.That(months[^1], Is.EqualTo("9999-12"));
    }

    [Test]
    public async Task A_user_count_report_left_to_end_today_may_not_start_after_this_month()
    {
        using var superUser = Host.CreateSuperUserClient();
        var setup = await new Scenario(superUser).ServiceUnderPartnerAsync();
        var nextYear = $"{DateTime.UtcNow.Year + 1}-01-01";

        var withoutEnd = await superUser.GetAsync($"/api/partners/{setup.Partner:N}/serviceusercountreport?StartPeriod={nextYear}");
        var withEnd = await superUser.GetAsync($"/api/partners/{setup.Partner:N}/serviceusercountreport?StartPeriod={nextYear}&EndPeriod={nextYear}");
        var thisMonth = await superUser.GetAsync($"/api/partners/{setup.Partner:N}/serviceusercountreport?StartPeriod={DateTime.UtcNow:yyyy-MM}-01");

        ApiAssert.IsError(withoutEnd, HttpStatusCode.BadRequest, "LessThanOrEqual", "StartPeriod");
        ApiAssert.IsOk(withEnd);
        ApiAssert.IsOk(thisMonth);
    }
}
