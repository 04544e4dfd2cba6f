using System.Text.Json.Nodes;
using CccApi.Tests.Infrastructure;
using CccApi.Tests.Usage;

namespace CccApi.Tests.Browser;

/// <summary>
/// The user-count report's chart as a browser draws it: headless Chromium opens the report's HTML page (the API key
/// in the URL, as a browser's address bar would carry it) and the test reads the laid-out page over the DevTools
/// protocol. The bars (one SVG rect per month and series) must be as many as the JSON report's months times two,
/// carry its totals, and be drawn to scale: the largest value the full 200 px, every bar on the baseline.
/// </summary>
[Category("Chromium")]
[Parallelizable(ParallelScope.Self)] // a host of its own; Chromium gets its own profile folder
public sealed class UserCountChartBrowserTests
{
    private const string ReadChart = """
        (() => {
          const svg = document.querySelector('svg[role="img"]');
          const frame = svg.getBoundingClientRect();
          return {
            scripts: document.scripts.length,
            name: svg.querySelector('title').textContent,
            frame: { left: frame.left, top: frame.top, right: frame.right, bottom: frame.bottom },
            bars: [...svg.querySelectorAll('rect[data-series]')].map(rect => {
              const box = rect.getBoundingClientRect();
              return {
                period: rect.getAttribute('data-period'), series: rect.getAttribute('data-series'),
                value: Number(rect.getAttribute('data-value')), tooltip: rect.querySelector('title').textContent,
                left: box.left, right: box.right, top: box.top, bottom: box.bottom, height: box.height,
              };
            }),
            labels: [...svg.querySelectorAll('text')].map(text => text.textContent),
            table: [...document.querySelectorAll('table.user-count-totals tbody tr')].map(row => [...row.cells].map(cell => cell.textContent)),
          };
        })()
        """;

    [Test]
    public async Task Chromium_draws_a_bar_per_month_and_series_with_the_json_reports_totals_to_scale()
    {
        var chromium = ExternalTool.Require("chromium", "chromium-browser", "/usr/bin/chromium");
        await using var world = await UsageReportWorld.CreateAsync(listenOnLoopback: true,
            settings: new() { ["ServiceHost:AllowApiKeysInHttpParams"] = "true" });
        var report = $"/api/resellers/{world.Reseller:N}/serviceusercountreport?StartPeriod=2025-12-01&EndPeriod=2026-04-20";
        var json = await world.GetAsync(report + "&format=json");
        ApiAssert.IsOk(json);
        var url = $"{world.Host.BaseAddress!.ToString().TrimEnd('/')}{report}&format=html&apikey={Uri.EscapeDataString(world.Host.SuperUserApiKey)}";

        JsonNode chart;
        await using (var browser = await HeadlessChromium.OpenAsync(chromium, url, TimeSpan.FromMinutes(1)))
        {
            await browser.WaitUntilAsync("document.readyState === 'complete' && document.querySelector('svg[role=\"img\"]') !== null", TimeSpan.FromMinutes(1));
            chart = (await browser.EvaluateAsync(ReadChart))!;
            var screenshot = Path.Combine(TestContext.CurrentContext.WorkDirectory, "user-count-chart.png");
            await File.WriteAllBytesAsync(screenshot, await browser.ScreenshotAsync());
            TestContext.AddTestAttachment(screenshot, "The user-count report's page in headless Chromium");
        }

        var professional = json.Json["totalPeriodProUserCounts"]!.AsArray();
        var guest = json.Json["totalPeriodGuestUserCounts"]!.AsArray();
        var expected = professional.Zip(guest).SelectMany(month => new[]
        {
            (Month(month.First!), "Professional", month.First!["total"]!.GetValue<int>()),
            (Month(month.Second!), "Guest", month.Second!["total"]!.GetValue<int>()),
        }).ToList();
        var max = expected.Max(e => e.Item3);
        var bars = chart["bars"]!.AsArray().Select(b => b!).ToList();
        var frame = chart["frame"]!;
        using (Assert.EnterMultipleScope())
        {
            Assert.That(expected, Has.Count.EqualTo(10), "December to April, two series");
            Assert.That(max, Is.EqualTo(4), "the world's largest total (UsageReportWorld)");
            Assert.That(chart["scripts"]!.GetValue<int>(), Is.Zero, "drawn by the server, no script");
            Assert.That(chart["name"]!.GetValue<string>(), Is.EqualTo("Professional and Guest users per month, 2025-12 to 2026-04"));
            Assert.That(bars.Select(b => (b["period"]!.GetValue<string>(), b["series"]!.GetValue<string>(), b["value"]!.GetValue<int>())), Is.EqualTo(expected));
            Assert.That(bars.Select(b => b["tooltip"]!.GetValue<string>()),
                Is.EqualTo(expected.Select(e => $"{e.Item1}, {e.Item2} users: {e.Item3}")));
            foreach (var bar in bars)
            {
                var what = $"{bar["period"]} {bar["series"]}";
                Assert.That(bar["height"]!.GetValue<double>(), Is.EqualTo(bar["value"]!.GetValue<int>() * 200.0 / max).Within(0.5), what + ": drawn to scale");
                Assert.That(bar["bottom"]!.GetValue<double>(), Is.EqualTo(bars[0]["bottom"]!.GetValue<double>()).Within(0.5), what + ": on the baseline");
                Assert.That(bar["left"]!.GetValue<double>(), Is.GreaterThanOrEqualTo(frame["left"]!.GetValue<double>()), what + ": inside the chart");
                Assert.That(bar["right"]!.GetValue<double>(), Is.LessThanOrEqualTo(frame["right"]!.GetValue<double>()), what + ": inside the chart");
                Assert.That(bar["top"]!.GetValue<double>(), Is.GreaterThanOrEqualTo(frame["top"]!.GetValue<double>()), what + ": inside the chart");
            }
            Assert.That(bars.Select(b => b["left"]!.GetValue<double>()), Is.Ordered.Ascending, "months left to right, Professional before Guest");
            Assert.That(chart["labels"]!.AsArray().Select(l => l!.GetValue<string>()),
                Is.SupersetOf(expected.Select(e => e.Item1).Distinct()).And.SupersetOf(new[] { "Professional users", "Guest users", "0", "4" }));
            Assert.That(chart["table"]!.AsArray().Select(row => row!.AsArray().Select(cell => cell!.GetValue<string>()).ToArray()),
                Is.EqualTo(professional.Zip(guest).Select(month => new[]
                {
                    Month(month.First!), Total(month.First!), Change(month.First!), Total(month.Second!), Change(month.Second!),
                })));
        }
    }

    private static string Month(JsonNode stat) => stat["sPeriod"]!.GetValue<string>()[..7];

    private static string Total(JsonNode stat) => stat["total"]!.GetValue<int>().ToString(System.Globalization.CultureInfo.InvariantCulture);

    private static string Change(JsonNode stat) =>
        stat["percentageChanged"]!.GetValue<double>().ToString("+0.##;-0.##;0", System.Globalization.CultureInfo.InvariantCulture) + "%";
}
