using CccApi.Tests.Infrastructure;

namespace CccApi.Tests.Usage;

/// <summary>
/// Users created at the same moment are all counted: one service's changes count one after the other (its row lock),
/// and several services' changes add to their reseller's and partner's monthly totals without losing one another's.
/// </summary>
public sealed class SimultaneousUserCountTests : ApiTest
{
    [Test]
    public async Task Users_created_at_once_in_one_service_and_in_several_are_all_counted()
    {
        var setup = await Given.ServiceUnderPartnerAsync();
        var others = new List<Guid>();
        for (var i = 0; i < 3; i++) others.Add(await Given.ServiceAsync(setup.Reseller));

        var creations = Enumerable.Range(0, 12).Select(i => Given.ServiceUserAsync(setup.Service, groupType: i % 3 == 0 ? "Guest" : "Professional"))
            .Concat(others.SelectMany(service => Enumerable.Range(0, 4).Select(_ => Given.ServiceUserAsync(service, groupType: "Professional"))));
        await Task.WhenAll(creations);

        var today = DateTime.UtcNow.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        var report = await Client.GetAsync($"/api/partners/{setup.Partner:N}/serviceusercountreport?StartPeriod={today}&EndPeriod={today}");
        ApiAssert.IsOk(report);
        var first = report.Json["results"]!.AsArray().Single(r => r.Str("serviceGuid") == setup.Service.ToString("N"))!;
        using (Assert.EnterMultipleScope())
        {
            Assert.That(first["proUserCounts"]![0]!["total"]!.GetValue<int>(), Is.EqualTo(8));
            Assert.That(first["guestUserCounts"]![0]!["total"]!.GetValue<int>(), Is.EqualTo(4));
            Assert.That(report.Json["totalPeriodProUserCounts"]![0]!["total"]!.GetValue<int>(), Is.EqualTo(8 + 12), "12 in the other services");
            Assert.That(report.Json["totalPeriodGuestUserCounts"]![0]!["total"]!.GetValue<int>(), Is.EqualTo(4));
        }
        var resellerReport = await Client.GetAsync($"/api/resellers/{setup.Reseller:N}/serviceusercountreport?StartPeriod={today}");
        Assert.That(resellerReport.Json["totalPeriodProUserCounts"]![0]!["total"]!.GetValue<int>(), Is.EqualTo(20));
    }
}
