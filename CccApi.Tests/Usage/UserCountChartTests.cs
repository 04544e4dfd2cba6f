using System.Text;
using CccApi.Host.Reports;
using CccApi.ServiceModel;
using ServiceStackCompat.Formats.Views;

namespace CccApi.Tests.Usage;

/// <summary>The user-count chart's drawing where the known history does not reach: no users at all, no months, large values.</summary>
public sealed class UserCountChartTests
{
    private static readonly DateTime January = new(2026, 1, 1, 0, 0, 0, DateTimeKind.Utc);

    [Test]
    public void A_report_without_users_draws_flat_bars_on_the_baseline()
    {
        var chart = Draw(Report([0, 0], [0, 0]));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(Bars(chart), Has.Length.EqualTo(4));
            Assert.That(Bars(chart), Has.All.Contain("height=\"0\"").And.All.Contain("y=\"248\""));
            Assert.That(chart, Does.Not.Contain("NaN").And.Not.Contain("Infinity"));
            Assert.That(chart, Does.Contain("The largest value is 0."));
        }
    }

    [Test]
    public void The_largest_value_is_the_full_height_and_the_others_in_proportion()
    {
        var chart = Draw(Report([3000, 1000], [1, 0]));

        Assert.That(Bars(chart).Select(b => b[(b.IndexOf("height=\"", StringComparison.Ordinal) + 8)..].Split('"')[0]),
            Is.EqualTo(new[] { "200", "0.07", "66.67", "0" }));
    }

    [Test]
    public void A_report_without_months_says_so_and_draws_nothing()
    {
        var chart = Draw(new GetServiceUserCountReportPagedResponse());

        Assert.That(chart, Does.Contain("<p>The report has no months.</p>").And.Not.Contain("<svg"));
    }

    private static GetServiceUserCountReportPagedResponse Report(int[] professional, int[] guest) => new()
    {
        TotalItems = 1,
        TotalPeriodProUserCounts = professional.Select((total, i) => new PeriodStat { sPeriod = January.AddMonths(i), Total = total }).ToList(),
        TotalPeriodGuestUserCounts = guest.Select((total, i) => new PeriodStat { sPeriod = January.AddMonths(i), Total = total }).ToList(),
    };

    private static string Draw(GetServiceUserCountReportPagedResponse report)
    {
        var html = new StringBuilder();
        UserCountChart.Render(report, new HtmlViewWriter(html));
        return html.ToString();
    }

    /// <summary>The bars' opening tags, in order.</summary>
    private static string[] Bars(string chart) =>
        chart.Split("<rect").Skip(1).Where(tag => tag.Contains("data-series", StringComparison.Ordinal)).Select(tag => tag[..tag.IndexOf('>', StringComparison.Ordinal)]).ToArray();
}
