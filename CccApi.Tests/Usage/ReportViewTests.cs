using System.Net;
using System.Text.Json.Nodes;
using System.Xml.Linq;
using CccApi.Tests.Infrastructure;
using ServiceStackCompat.Formats.Csv;

namespace CccApi.Tests.Usage;

/// <summary>
/// The usage and user-count reports as CSV (`?format=csv`, `Accept: text/csv`) and the user-count reports' chart on
/// their HTML page, on the known history of <see cref="UsageReportWorld"/>: the counts are the ones counted by hand
/// there; every other cell must be what the JSON of the same request says. Errors, JSONP and other operations are
/// written as before.
/// </summary>
[Parallelizable(ParallelScope.Self)] // a host of its own
public sealed class ReportViewTests
{
    private const string ReportQuery = "StartPeriod=2025-12-01&EndPeriod=2026-04-20";

    private static readonly string[] Months = ["2025-12", "2026-01", "2026-02", "2026-03", "2026-04"];

    private static readonly string[] UserCountColumns =
    [
        "ServiceGuid", "ServiceCode", "ServiceStatus", "CreatedOn", "TrialEndDate", "ReferenceId", "CollectionName", "ResellerName",
        "CompanyName", "CompanyCity", "CompanyPostalCode", "PrimaryDomain",
        "sPeriod", "ProUserCount", "ProPercentageChanged", "GuestUserCount", "GuestPercentageChanged",
    ];

    private static readonly string[] ServiceUsageColumns =
    [
        "ServiceGuid", "Name", "Status", "ServiceCode", "ReferenceId", "PrimaryDomain", "CreatedOn", "TrialEndDate", "EffectiveDate",
        "InitialTerm", "CollectionGuid", "CollectionName", "ClientGuid", "ContactName", "ContactEmail", "ContactPhoneNumber",
        "CompanyName", "CompanyAddress", "CompanyCity", "CompanyStateProvince", "CompanyPostalCode", "CompanyCountry", "CompanyWebsite",
        "PeriodType", "Period", "TotalUserCount", "ProUserCount", "GuestUserCount", "DisabledUserCount", "UnregisteredUserCount",
        "FeatureUsageSecureMessagingGateway", "FeatureUsageSecureMessagingPlus", "FeatureUsageDataLeakPrevention",
        "FeatureUsageSecureLargeFiles", "FeatureUsageSecureForms", "TotalMessageCount", "TotalAttachmentCount", "AttachmentStorageUsage",
    ];

    private static readonly string[] UserUsageColumns =
    [
        "ServiceGuid", "PeriodType", "Period", "UserGuid", "EmailAddress", "IsAlias", "FirstName", "LastName", "Status", "CreatedOn",
        "RegisteredOn", "LastLogin", "GroupName", "GroupType", "GroupGuid", "TotalMessagesSent", "TotalMessagesReceived",
        "TotalAttachmentsCount", "TotalAttachmentsSize", "TotalInvitationsSent", "TotalInvitationsAccepted", "LastToolbarVersion",
        "InvitedByEmailAddress", "LastMsgSent", "LastMsgRetrieved", "LastActivity",
    ];

    private UsageReportWorld _world = null!;

    [OneTimeSetUp]
    public async Task PlayTheHistory() => _world = await UsageReportWorld.CreateAsync();

    [OneTimeTearDown]
    public async Task StopTheHost() => await _world.DisposeAsync();

    [Test]
    public async Task A_user_count_report_in_csv_is_a_row_per_service_and_month_named_as_the_json_members()
    {
        var json = await _world.GetAsync($"/api/resellers/{_world.Reseller:N}/serviceusercountreport?{ReportQuery}&format=json");
        var csv = await _world.GetAsync($"/api/resellers/{_world.Reseller:N}/serviceusercountreport?{ReportQuery}&format=csv");

        ApiAssert.IsOk(csv);
        var services = json.Json["results"]!.AsArray();
        Assert.That(services.Select(s => s.Str("serviceGuid")), Is.EqualTo(new[] { _world.First.ToString("N"), _world.Second.ToString("N") }));
        // By hand (see UsageReportWorld): Professionals, their change, Guests, their change, December to April.
        var first = (Pro: new[] { 0, 2, 3, 3, 3 }, ProChange: new[] { 0, 0, 50, 0, 0 }, Guest: new[] { 0, 1, 2, 2, 3 }, GuestChange: new[] { 0, 0, 100, 0, 50 });
        var second = (Pro: new[] { 0, 0, 1, 1, 1 }, ProChange: new[] { 0, 0, 0, 0, 0 }, Guest: new[] { 0, 0, 0, 0, 0 }, GuestChange: new[] { 0, 0, 0, 0, 0 });
        var expected = new List<string> { string.Join(",", UserCountColumns) };
        foreach (var (service, counts) in new[] { (services[0]!, first), (services[1]!, second) })
        {
            var described = string.Join(",", UserCountColumns[..12].Select(column => Cell(JsonText(service, column))));
            expected.AddRange(Months.Select((month, i) =>
                $"{described},{month}-01T00:00:00Z,{counts.Pro[i]},{counts.ProChange[i]},{counts.Guest[i]},{counts.GuestChange[i]}"));
        }
        using (Assert.EnterMultipleScope())
        {
            Assert.That(csv.ContentType!.MediaType, Is.EqualTo("text/csv"));
            Assert.That(csv.ContentDisposition, Does.Match("^attachment; ?filename=\"GetResellerServiceUserCountReport.csv\"$"));
            Assert.That(csv.Body.Split("\r\n"), Is.EqualTo(expected.Append("")), csv.Body);
            // The first service's columns by hand: its status, creation, reference, company (quoted for its comma) and domain.
            Assert.That(expected[1], Does.StartWith($"{_world.First:N},{_world.FirstCode},CertifiedSecure,2026-01-15T10:00:00Z,2026-02-14T10:00:00Z,ref-1,"));
            Assert.That(expected[1], Does.EndWith($",\"Acme & <Sons>, Inc.\",Springfield,12345,{_world.FirstDomain},2025-12-01T00:00:00Z,0,0,0,0"));
        }
    }

    [Test]
    public async Task Accept_text_csv_gives_the_partners_report_the_same_rows()
    {
        var reseller = await _world.GetAsync($"/api/resellers/{_world.Reseller:N}/serviceusercountreport?{ReportQuery}&format=csv");
        var partner = await _world.GetAsync($"/api/partners/{_world.Partner:N}/serviceusercountreport?{ReportQuery}", accept: "text/csv");

        ApiAssert.IsOk(partner);
        Assert.That(partner.ContentType!.MediaType, Is.EqualTo("text/csv"));
        Assert.That(partner.ContentDisposition, Does.Match("^attachment; ?filename=\"GetPartnerServiceUserCountReport.csv\"$"));
        Assert.That(partner.Body, Is.EqualTo(reseller.Body), "the partner has one reseller: the same services and months");
    }

    [Test]
    public async Task The_service_usage_reports_in_csv_are_a_row_per_service_with_contact_and_company_as_columns()
    {
        var february = $"/api/services/usage?ServiceGuid={_world.First:N}&PeriodType=Monthly&Period=2026-02-01";
        var (monthJson, monthCsv) = (await _world.GetAsync(february + "&format=json"), await _world.GetAsync(february + "&format=csv"));
        var list = $"/api/resellers/{_world.Reseller:N}/serviceusagelist";
        var (listJson, listCsv) = (await _world.GetAsync(list, "application/json"), await _world.GetAsync(list, "text/csv"));
        var single = $"/api/services/{_world.First:N}/serviceusage";
        var (singleJson, singleCsv) = (await _world.GetAsync(single, "application/json"), await _world.GetAsync(single + ".csv"));
        foreach (var result in new[] { monthCsv, listCsv, singleCsv }) ApiAssert.IsOk(result);

        var month = Rows(monthCsv, ServiceUsageColumns);
        var daily = Rows(listCsv, ServiceUsageColumns);
        var yesterday = Rows(singleCsv, ServiceUsageColumns);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(month, Has.Count.EqualTo(1));
            // End of February: pro1 (a Guest since the 10th), pro2, guest1 (pre-registered), pro3, pro4.
            AssertRow(month[0], monthJson.Json["results"]![0]!, new()
            {
                ["ServiceGuid"] = _world.First.ToString("N"), ["Name"] = UsageReportWorld.ServiceName, ["Status"] = "CertifiedSecure",
                ["CreatedOn"] = "2026-01-15T10:00:00Z", ["InitialTerm"] = "30",
                ["ContactName"] = "'" + UsageReportWorld.ContactName, // a formula-like cell, neutralised as every CSV cell is
                ["ContactPhoneNumber"] = "+1 555 0100", ["CompanyName"] = UsageReportWorld.CompanyName, ["CompanyAddress"] = "",
                ["PeriodType"] = "Monthly", ["Period"] = "2026-02-01T00:00:00Z",
                ["TotalUserCount"] = "5", ["ProUserCount"] = "3", ["GuestUserCount"] = "2", ["DisabledUserCount"] = "0", ["UnregisteredUserCount"] = "4",
                ["TotalMessageCount"] = "0",
            });
            Assert.That(monthCsv.Body, Does.Contain(",\"'=Pat \"\"the admin\"\"\",pat@acme.example.com,+1 555 0100,\"Acme & <Sons>, Inc.\",,Springfield,,12345,US,,Monthly,"));

            // Yesterday (2 April): the five users above; the second service's one Professional.
            Assert.That(daily.Select(r => r["ServiceGuid"]), Is.EqualTo(new[] { _world.First.ToString("N"), _world.Second.ToString("N") }));
            AssertRow(daily[0], listJson.Json["results"]![0]!, new()
            {
                ["ContactName"] = "'" + UsageReportWorld.ContactName,
                ["PeriodType"] = "Daily", ["Period"] = "2026-04-02T00:00:00Z",
                ["TotalUserCount"] = "5", ["ProUserCount"] = "3", ["GuestUserCount"] = "2", ["UnregisteredUserCount"] = "4",
            });
            AssertRow(daily[1], listJson.Json["results"]![1]!, new()
            {
                ["TotalUserCount"] = "1", ["ProUserCount"] = "1", ["GuestUserCount"] = "0", ["UnregisteredUserCount"] = "1",
            });
            Assert.That(yesterday, Has.Count.EqualTo(1), "GetServiceUsage's answer is one service");
            AssertRow(yesterday[0], singleJson.Json, new() { ["ContactName"] = "'" + UsageReportWorld.ContactName, ["Period"] = "2026-04-02T00:00:00Z" });
            Assert.That(singleCsv.ContentDisposition, Does.Match("^attachment; ?filename=\"GetServiceUsage.csv\"$"));
        }
    }

    [Test]
    public async Task The_user_usage_reports_in_csv_are_a_row_per_user_after_the_service_and_period()
    {
        var april = $"/api/services/{_world.First:N}/users/usage?PeriodType=Monthly&Period=2026-04-01";
        var (pageJson, pageCsv) = (await _world.GetAsync(april + "&format=json"), await _world.GetAsync(april + "&format=csv"));
        var one = $"/api/services/{_world.First:N}/users/{_world.FirstUsers[0].Guid:N}/usage?PeriodType=Monthly&Period=2026-02-01";
        var (oneJson, oneCsv) = (await _world.GetAsync(one, "application/json"), await _world.GetAsync(one, "text/csv"));
        ApiAssert.IsOk(pageCsv);
        ApiAssert.IsOk(oneCsv);

        var users = Rows(pageCsv, UserUsageColumns);
        var user = Rows(oneCsv, UserUsageColumns);
        string[] created = ["2026-01-15T10:00:00Z", "2026-01-15T10:00:00Z", "2026-01-15T10:00:00Z", "2026-02-10T09:00:00Z", "2026-02-10T09:00:00Z", "2026-04-03T12:00:00Z"];
        string[] groups = ["Guest", "Professional", "Guest", "Professional", "Professional", "Guest"];
        using (Assert.EnterMultipleScope())
        {
            Assert.That(users, Has.Count.EqualTo(6), pageCsv.Body);
            // Oldest first, as the JSON lists them (users created at the same instant in the order of their Guids).
            Assert.That(users.Select(u => u["UserGuid"]), Is.EqualTo(pageJson.Json["results"]!.AsArray().Select(u => u.Str("userGuid"))));
            Assert.That(users.Select(u => u["UserGuid"]), Is.EquivalentTo(_world.FirstUsers.Select(u => u.Guid.ToString("N"))));
            for (var row = 0; row < users.Count; row++)
            {
                var i = _world.FirstUsers.FindIndex(u => u.Guid.ToString("N") == users[row]["UserGuid"]);
                AssertRow(users[row], pageJson.Json["results"]![row]!, new()
                {
                    ["ServiceGuid"] = _world.First.ToString("N"), ["PeriodType"] = "Monthly", ["Period"] = "2026-04-01T00:00:00Z",
                    ["EmailAddress"] = _world.FirstUsers[i].Email,
                    ["IsAlias"] = "False", ["Status"] = "Active", ["CreatedOn"] = created[i], ["GroupType"] = groups[i],
                    ["LastLogin"] = "", ["TotalMessagesSent"] = "0",
                }, topLevel: pageJson.Json);
            }
            Assert.That(user, Has.Count.EqualTo(1));
            AssertRow(user[0], oneJson.Json["usage"]!, new()
            {
                ["UserGuid"] = _world.FirstUsers[0].Guid.ToString("N"), ["PeriodType"] = "Monthly", ["Period"] = "2026-02-01T00:00:00Z",
            }, topLevel: oneJson.Json);
        }
    }

    [Test]
    public async Task A_user_count_reports_page_draws_the_monthly_totals_as_svg_bars_above_the_report()
    {
        var json = await _world.GetAsync($"/api/resellers/{_world.Reseller:N}/serviceusercountreport?{ReportQuery}&format=json");
        var page = await _world.GetAsync($"/api/resellers/{_world.Reseller:N}/serviceusercountreport?{ReportQuery}",
            accept: "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8");

        ApiAssert.IsOk(page);
        var svg = Svg(page.Body);
        XNamespace ns = "http://www.w3.org/2000/svg";
        var bars = svg.Descendants(ns + "rect").Where(r => r.Attribute("data-series") is not null).ToList();
        // By hand: both services' Professionals 0, 2, 4, 4, 4 and Guests 0, 1, 2, 2, 3; the tallest (4) is the full 200.
        var expected = Months.SelectMany((month, i) => new[]
        {
            (month, "Professional", new[] { 0, 2, 4, 4, 4 }[i]),
            (month, "Guest", new[] { 0, 1, 2, 2, 3 }[i]),
        }).ToList();
        var fromJson = Months.SelectMany((month, i) => new[]
        {
            (month, "Professional", json.Json["totalPeriodProUserCounts"]![i]!["total"]!.GetValue<int>()),
            (month, "Guest", json.Json["totalPeriodGuestUserCounts"]![i]!["total"]!.GetValue<int>()),
        });
        using (Assert.EnterMultipleScope())
        {
            Assert.That(page.ContentType!.MediaType, Is.EqualTo("text/html"));
            Assert.That(svg.Attribute("role")?.Value, Is.EqualTo("img"));
            Assert.That(svg.Element(ns + "title")?.Value, Is.EqualTo("Professional and Guest users per month, 2025-12 to 2026-04"));
            Assert.That(svg.Attribute("aria-labelledby")?.Value, Is.EqualTo("user-count-chart-title user-count-chart-desc"));
            Assert.That(bars.Select(b => (b.Attribute("data-period")!.Value, b.Attribute("data-series")!.Value, int.Parse(b.Attribute("data-value")!.Value))),
                Is.EqualTo(expected).And.EqualTo(fromJson));
            Assert.That(bars.Select(b => double.Parse(b.Attribute("height")!.Value)), Is.EqualTo(expected.Select(e => e.Item3 * 200.0 / 4)));
            Assert.That(bars.Select(b => double.Parse(b.Attribute("y")!.Value) + double.Parse(b.Attribute("height")!.Value)).Distinct(), Is.EqualTo(new[] { 248.0 }),
                "every bar stands on the baseline");
            Assert.That(bars.Select(b => b.Element(ns + "title")?.Value), Has.Member("2026-04, Guest users: 3"));
            Assert.That(svg.Descendants(ns + "text").Select(t => t.Value), Is.SupersetOf(Months).And.Contains("Professional users").And.Contains("Guest users"));
            Assert.That(page.Body, Does.Contain("<tr><th scope=\"row\">2026-02</th><td>4</td><td>+100%</td><td>2</td><td>+100%</td></tr>"));
            Assert.That(page.Body, Does.Contain("<tr><th scope=\"row\">2026-04</th><td>4</td><td>0%</td><td>3</td><td>+50%</td></tr>"));
            Assert.That(page.Body, Does.Not.Contain("<script"));
            // The generic report follows, every value encoded.
            Assert.That(page.Body, Does.Contain("<h2>The report in full</h2>").And.Contain("<th>totalPeriodProUserCounts</th>"));
            Assert.That(page.Body, Does.Contain("Acme &amp; &lt;Sons&gt;, Inc.").And.Not.Contain("<Sons>"));
            Assert.That(page.Body.IndexOf("<svg", StringComparison.Ordinal), Is.LessThan(page.Body.IndexOf("<h2>The report in full</h2>", StringComparison.Ordinal)));
        }
    }

    [Test]
    public async Task Errors_jsonp_and_other_operations_are_answered_as_before()
    {
        var missingStart = $"/api/resellers/{_world.Reseller:N}/serviceusercountreport";
        var csvError = await _world.GetAsync(missingStart + "?format=csv");
        var htmlError = await _world.GetAsync(missingStart + "?format=html");
        var jsonError = await _world.GetAsync(missingStart + "?format=json");
        var jsonp = await _world.GetAsync($"{missingStart}?{ReportQuery}&callback=show");
        var service = await _world.GetAsync($"/api/services/{_world.First:N}?format=html");
        var serviceCsv = await _world.GetAsync($"/api/services/{_world.First:N}?format=csv");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(jsonError.Status, Is.EqualTo(HttpStatusCode.BadRequest), jsonError.ToString());
            var errorCode = jsonError.ErrorCode!;
            Assert.That(csvError.Status, Is.EqualTo(HttpStatusCode.BadRequest));
            Assert.That(csvError.Body.Split("\r\n")[0], Does.Contain("ResponseStatus").And.Not.StartWith("ServiceGuid,"), "the generic CSV of the error");
            Assert.That(csvError.Body, Does.Contain(errorCode));
            Assert.That(htmlError.Status, Is.EqualTo(HttpStatusCode.BadRequest));
            Assert.That(htmlError.Body, Does.Contain("<th>responseStatus</th>").And.Contain(errorCode).And.Not.Contain("<svg"));
            Assert.That(jsonp.Body, Does.StartWith("show({").And.Contain("\"totalPeriodProUserCounts\""));
            Assert.That(service.Body, Does.Contain("<h1>GetService</h1>").And.Not.Contain("<svg"));
            Assert.That(serviceCsv.Body.Split("\r\n"), Has.Length.EqualTo(3), "GetService stays one row");
        }
    }

    /// <summary>The CSV's data rows as header-to-cell maps, after checking the header is <paramref name="columns"/>.</summary>
    private static List<Dictionary<string, string>> Rows(ApiResult csv, string[] columns)
    {
        Assert.That(csv.ContentType!.MediaType, Is.EqualTo("text/csv"), csv.ToString());
        var records = CsvReader.ReadRecords(csv.Body);
        Assert.That(records[0], Is.EqualTo(columns), "the header");
        return records.Skip(1).Select(r => columns.Zip(r).ToDictionary(p => p.First, p => p.Second)).ToList();
    }

    /// <summary>
    /// Each cell is <paramref name="byHand"/>'s value when it has one, else the JSON member the column names (a
    /// Contact or Company column its nested member; ServiceGuid, PeriodType and Period of a user row the response's).
    /// </summary>
    private static void AssertRow(Dictionary<string, string> row, JsonNode json, Dictionary<string, string> byHand, JsonNode? topLevel = null)
    {
        foreach (var (column, cell) in row)
        {
            var expected = byHand.TryGetValue(column, out var value) ? value
                : topLevel is not null && column is "ServiceGuid" or "PeriodType" or "Period" ? JsonText(topLevel, column)
                : JsonText(json, column);
            Assert.That(cell, Is.EqualTo(expected), $"column {column}");
        }
    }

    /// <summary>The JSON member a column names, as text: strings as they are, true/false as True/False, numbers as written, absent as empty.</summary>
    private static string JsonText(JsonNode node, string column)
    {
        // A ServiceUsage's Contact and Company are nested objects; a user-count record's CompanyName is its own member.
        foreach (var prefix in new[] { "Contact", "Company" })
        {
            if (column.Length > prefix.Length && column.StartsWith(prefix, StringComparison.Ordinal) && node[Camel(prefix)] is JsonObject nested)
                return JsonText(nested, column[prefix.Length..]);
        }
        return node[Camel(column)] switch
        {
            null => "",
            JsonValue v when v.TryGetValue<string>(out var text) => text,
            JsonValue v when v.TryGetValue<bool>(out var flag) => flag ? "True" : "False",
            var other => other.ToJsonString(),
        };
    }


    private static string Camel(string name) => char.ToLowerInvariant(name[0]) + name[1..];

    /// <summary>A cell as the CSV writes it: quoted when it holds a comma or quote.</summary>
    private static string Cell(string text) =>
        text.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? "\"" + text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : text;

    private static XElement Svg(string page)
    {
        var start = page.IndexOf("<svg", StringComparison.Ordinal);
        var end = page.IndexOf("</svg>", StringComparison.Ordinal);
        Assert.That(start, Is.GreaterThanOrEqualTo(0), page);
        return XElement.Parse(page[start..(end + "</svg>".Length)]);
    }
}
