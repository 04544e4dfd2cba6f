using System.Globalization;
using CccApi.ServiceModel;
using ServiceStackCompat.Formats.Views;

namespace CccApi.Host.Reports;

/// <summary>
/// The HTML view of a user-count report: an SVG bar chart drawn here (no script) of the report's monthly totals,
/// a bar for the Professional users (TotalPeriodProUserCounts) and one for the Guest users (TotalPeriodGuestUserCounts)
/// of every service of the report, each labelled with its value under its month, with a legend; then a table of the
/// same figures. The tallest bar is the largest value (all bars flat when every value is 0). Each bar is a
/// <c>rect</c> carrying <c>data-period</c> (yyyy-MM), <c>data-series</c> (Professional, Guest) and <c>data-value</c>.
/// The generic report of the whole response follows on the page.
/// </summary>
internal static class UserCountChart
{
    private const double PlotHeight = 200, Top = 48, Left = 56, Right = 16, Bottom = 40;
    private const double BarWidth = 22, BarGap = 4, GroupWidth = 64, MinimumWidth = 360;

    private static readonly Series[] AllSeries =
    [
        new("Professional", "Professional users", "#1f5fa8", r => r.TotalPeriodProUserCounts),
        new("Guest", "Guest users", "#c8621a", r => r.TotalPeriodGuestUserCounts),
    ];

    public static void Render(GetServiceUserCountReportPagedResponse report, HtmlViewWriter html)
    {
        var values = AllSeries.Select(s => s.Stats(report).ToDictionary(p => p.sPeriod)).ToArray();
        var months = values.SelectMany(v => v.Keys).Distinct().Order().ToList();
        var range = months.Count == 0 ? "" : $"{Month(months[0])} to {Month(months[^1])}";

        html.Markup("<section aria-labelledby=\"user-count-chart-heading\"><h2 id=\"user-count-chart-heading\">Professional and Guest users per month</h2>\n<p>")
            .Text($"{range}: the users of every service of the report ({report.TotalItems} in all; this page lists {report.Results.Count}).")
            .Markup("</p>\n");
        if (months.Count == 0)
        {
            html.Markup("<p>The report has no months.</p></section>\n");
            return;
        }

        var max = Math.Max(0, values.SelectMany(v => v.Values).Max(p => p.Total));
        var width = Math.Max(MinimumWidth, Left + (months.Count * GroupWidth) + Right);
        var height = Top + PlotHeight + Bottom;
        var baseline = Top + PlotHeight;

        html.Markup("<div style=\"overflow-x:auto\"><svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" aria-labelledby=\"user-count-chart-title user-count-chart-desc\"")
            .Coordinate("width", width).Coordinate("height", height).Attribute("viewBox", $"0 0 {Number(width)} {Number(height)}")
            .Markup(" font-family=\"system-ui,sans-serif\" font-size=\"11\">\n<title id=\"user-count-chart-title\">")
            .Text($"Professional and Guest users per month, {range}")
            .Markup("</title>\n<desc id=\"user-count-chart-desc\">")
            .Text($"Bar chart of {months.Count} months: for each month one bar for the Professional users and one for the Guest users "
                + $"of all services of the report. The largest value is {max}. The table below has the same figures.")
            .Markup("</desc>\n");

        // Legend: a swatch and a name per series (the swatches carry no data-series, so they are not bars).
        html.Markup("<g class=\"legend\">");
        for (var i = 0; i < AllSeries.Length; i++)
        {
            var x = Left + (i * 150);
            html.Markup("<rect").Coordinate("x", x).Coordinate("y", 12).Coordinate("width", 12).Coordinate("height", 12).Attribute("fill", AllSeries[i].Colour).Markup("/>")
                .Markup("<text").Coordinate("x", x + 18).Coordinate("y", 22).Markup(">").Text(AllSeries[i].Label).Markup("</text>");
        }
        html.Markup("</g>\n");

        // The axis: the baseline at 0 and a gridline at the largest value.
        html.Markup("<g class=\"axis\" fill=\"#555\">")
            .Markup("<line").Coordinate("x1", Left).Coordinate("y1", baseline).Coordinate("x2", width - Right).Coordinate("y2", baseline).Markup(" stroke=\"#888\"/>")
            .Markup("<text").Coordinate("x", Left - 6).Coordinate("y", baseline + 4).Markup(" text-anchor=\"end\">0</text>");
        if (max > 0)
        {
            html.Markup("<line").Coordinate("x1", Left).Coordinate("y1", Top).Coordinate("x2", width - Right).Coordinate("y2", Top).Markup(" stroke=\"#ddd\" stroke-dasharray=\"4 3\"/>")
                .Markup("<text").Coordinate("x", Left - 6).Coordinate("y", Top + 4).Markup(" text-anchor=\"end\">").Text(max).Markup("</text>");
        }
        html.Markup("</g>\n");

        for (var m = 0; m < months.Count; m++)
        {
            var month = Month(months[m]);
            var groupLeft = Left + (m * GroupWidth) + ((GroupWidth - (AllSeries.Length * BarWidth) - ((AllSeries.Length - 1) * BarGap)) / 2);
            html.Markup("<g>");
            for (var s = 0; s < AllSeries.Length; s++)
            {
                if (!values[s].TryGetValue(months[m], out var stat)) continue;
                var barHeight = max == 0 ? 0 : Math.Max(0, stat.Total) * PlotHeight / max;
                var x = groupLeft + (s * (BarWidth + BarGap));
                html.Markup("<rect").Coordinate("x", x).Coordinate("y", baseline - barHeight).Coordinate("width", BarWidth).Coordinate("height", barHeight)
                    .Attribute("fill", AllSeries[s].Colour)
                    .Attribute("data-period", month).Attribute("data-series", AllSeries[s].Name).Attribute("data-value", stat.Total)
                    .Markup("><title>").Text($"{month}, {AllSeries[s].Label}: {stat.Total}").Markup("</title></rect>")
                    .Markup("<text").Coordinate("x", x + (BarWidth / 2)).Coordinate("y", baseline - barHeight - 4).Markup(" text-anchor=\"middle\">")
                    .Text(stat.Total).Markup("</text>");
            }
            html.Markup("<text").Coordinate("x", Left + (m * GroupWidth) + (GroupWidth / 2)).Coordinate("y", baseline + 16).Markup(" text-anchor=\"middle\">")
                .Text(month).Markup("</text></g>\n");
        }
        html.Markup("</svg></div>\n");

        html.Markup("<table class=\"user-count-totals\"><caption>")
            .Text($"Users of all services of the report per month, {range}")
            .Markup("</caption>\n<thead><tr><th scope=\"col\">Month</th>");
        foreach (var series in AllSeries)
            html.Markup("<th scope=\"col\">").Text(series.Label).Markup("</th><th scope=\"col\">").Text($"{series.Name} change").Markup("</th>");
        html.Markup("</tr></thead>\n<tbody>");
        foreach (var month in months)
        {
            html.Markup("<tr><th scope=\"row\">").Text(Month(month)).Markup("</th>");
            for (var s = 0; s < AllSeries.Length; s++)
            {
                var stat = values[s].GetValueOrDefault(month);
                html.Markup("<td>").Text(stat is null ? "" : stat.Total.ToString(CultureInfo.InvariantCulture)).Markup("</td><td>")
                    .Text(stat is null ? "" : Change(stat.PercentageChanged)).Markup("</td>");
            }
            html.Markup("</tr>\n");
        }
        html.Markup("</tbody></table>\n</section>\n<h2>The report in full</h2>\n");
    }

    private static string Month(DateTime month) => month.ToString("yyyy-MM", CultureInfo.InvariantCulture);

    private static string Change(double percent) => percent.ToString("+0.##;-0.##;0", CultureInfo.InvariantCulture) + "%";

    private static string Number(double value) => value.ToString("0.##", CultureInfo.InvariantCulture);

    /// <summary>A length or position of the drawing: at most two decimals, in the invariant culture.</summary>
    private static HtmlViewWriter Coordinate(this HtmlViewWriter html, string name, double value) => html.Attribute(name, value, "0.##");

    private sealed record Series(string Name, string Label, string Colour, Func<GetServiceUserCountReportPagedResponse, List<PeriodStat>> Stats);
}
