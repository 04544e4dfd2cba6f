using System.Net;
using System.Text.Json.Nodes;
using CccApi.Tests.Infrastructure;
using Microsoft.Extensions.Time.Testing;
using static CccApi.Tests.Lifecycle.StatusHistory;
using static CccApi.Tests.Lifecycle.TrialExpiryTests;

namespace CccApi.Tests.Usage;

/// <summary>
/// The usage reports on a known set of records a collection reported: each figure summed over the day or month asked
/// for, the service's own records counted with its users', a resent day replacing what it replaces, and the services
/// the pages leave out left out. The expected numbers are added up by hand beside each assertion.
/// </summary>
[Parallelizable(ParallelScope.Self)] // a host of its own
public sealed class UsageReportTests
{
    private static readonly DateTimeOffset March10 = new(2026, 3, 10, 8, 0, 0, TimeSpan.Zero);

    [Test]
    public async Task Each_report_sums_the_records_of_its_period()
    {
        var clock = new FakeTimeProvider(March10);
        await using var host = HostWithClock(clock);
        using var superUser = host.CreateSuperUserClient();
        var world = await UsageWorld.CreateAsync(host, superUser);
        var (service, pro, guest) = (world.Service, world.Professional, world.Guest);
        await world.ReportAsync(
            Record(service, pro, "2026-03-08", new
            {
                messagesSent = 5, messagesReceived = 7, attachmentsCount = 2, attachmentsSize = 1000, invitationsSent = 1,
                features = new { SecureMessagingPlus = 3 }, lastActivity = "2026-03-08T15:00:00Z", toolbarVersion = "8.1"
            }),
            Record(service, pro, "2026-03-09", new { messagesSent = 4, features = new { SecureLargeFiles = 1 }, lastActivity = "2026-03-09T10:00:00Z", toolbarVersion = "8.2" }),
            Record(service, guest, "2026-03-09", new { messagesSent = 1, messagesReceived = 3 }),
            Record(service, null, "2026-03-09", new { features = new { SecureMessagingGateway = 10 } }),
            Record(service, pro, "2026-02-27", new { messagesSent = 100 }));

        var yesterday = await superUser.GetAsync($"/api/services/{service:N}/serviceusage");
        var march = await Single(superUser, $"/api/services/usage?ServiceGuid={service:N}&PeriodType=Monthly&Period=2026-03-31T23:59:59Z");
        var february = await Single(superUser, $"/api/services/usage?ServiceGuid={service:N}&PeriodType=Monthly&Period=2026-02-01");
        ApiAssert.IsOk(yesterday);
        using (Assert.EnterMultipleScope())
        {
            // The 9th: 4 (pro) + 1 (guest) messages; the service's own record brings the gateway's 10.
            Assert.That(Figures(yesterday.Json), Is.EqualTo((5, 0, 0L, 0, 0, 1, 10)));
            // March: 5 + 4 + 1 messages, the 8th's 2 attachments of 1000 bytes, 3 + 0 Secure Messaging Plus.
            Assert.That(Figures(march), Is.EqualTo((10, 2, 1000L, 3, 0, 1, 10)));
            Assert.That(Figures(february), Is.EqualTo((100, 0, 0L, 0, 0, 0, 0)));
        }

        var users = await superUser.GetAsync($"/api/services/{service:N}/users/usage?PeriodType=Monthly&Period=2026-03-01");
        var guests = await superUser.GetAsync($"/api/services/{service:N}/users/usage?PeriodType=Monthly&Period=2026-03-01&UserGroupType=Guest");
        var proOn8th = await superUser.GetAsync($"/api/services/{service:N}/users/{pro:N}/usage?Period=2026-03-08");
        foreach (var result in new[] { users, guests, proOn8th }) ApiAssert.IsOk(result);
        using (Assert.EnterMultipleScope())
        {
            var rows = users.Json["results"]!.AsArray();
            var proRow = rows.Single(r => r.Str("userGuid") == pro.ToString("N"))!;
            Assert.That(UserFigures(proRow), Is.EqualTo((9, 7, 2, 1000L, 1)), "5 + 4 sent, 7 received, the 8th's attachments and invitation");
            Assert.That(proRow.Str("lastToolbarVersion"), Is.EqualTo("8.2"), "the latest day's");
            Assert.That(proRow.Str("lastActivity"), Does.StartWith("2026-03-09T10:00:00"));
            Assert.That(proRow.Str("groupType"), Is.EqualTo("Professional"));
            Assert.That(UserFigures(rows.Single(r => r.Str("userGuid") == guest.ToString("N"))!), Is.EqualTo((1, 3, 0, 0L, 0)));
            Assert.That(users.Text("period"), Does.StartWith("2026-03-01T00:00:00"));
            Assert.That(users.Text("periodType"), Is.EqualTo("Monthly"));
            Assert.That(guests.Json["results"]!.AsArray().Select(r => r.Str("userGuid")), Is.EqualTo(new[] { guest.ToString("N") }));
            Assert.That(UserFigures(proOn8th.Json["usage"]!), Is.EqualTo((5, 7, 2, 1000L, 1)));
            Assert.That(proOn8th.Text("periodType"), Is.EqualTo("Daily"));
        }

        // The 9th sent again with 6 messages for the Professional: the day and the month change by the difference.
        await world.ReportAsync(Record(service, pro, "2026-03-09", new { messagesSent = 6, features = new { SecureLargeFiles = 1 } }));
        Assert.That(Figures((await superUser.GetAsync($"/api/services/{service:N}/serviceusage")).Json).Messages, Is.EqualTo(7));
        Assert.That(Figures(await Single(superUser, $"/api/services/usage?ServiceGuid={service:N}&PeriodType=Monthly&Period=2026-03-01")).Messages, Is.EqualTo(12));
    }

    [Test]
    public async Task Blocked_and_Provisioning_services_are_left_out_and_their_own_report_fails()
    {
        var clock = new FakeTimeProvider(March10);
        await using var host = HostWithClock(clock);
        using var superUser = host.CreateSuperUserClient();
        var world = await UsageWorld.CreateAsync(host, superUser);
        var other = await new Scenario(superUser).ServiceAsync(world.Reseller);
        ApiAssert.IsOk(await ChangeAsync(superUser, other, "Blocked"));

        var listed = await superUser.GetAsync($"/api/services/usage?ResellerGuid={world.Reseller:N}");
        var deprecated = await superUser.GetAsync($"/api/resellers/{world.Reseller:N}/serviceusagelist");
        foreach (var result in new[] { listed, deprecated }) ApiAssert.IsOk(result);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(listed.Json["results"]!.AsArray().Select(r => r.Str("serviceGuid")), Is.EqualTo(new[] { world.Service.ToString("N") }));
            Assert.That(deprecated.Json["results"]!.AsArray().Select(r => r.Str("serviceGuid")), Is.EqualTo(new[] { world.Service.ToString("N") }));
            Assert.That(deprecated.Json["results"]![0]!.Str("period"), Does.StartWith("2026-03-09T00:00:00"), "yesterday");
            ApiAssert.IsError(await superUser.GetAsync($"/api/services/{other:N}/serviceusage"), HttpStatusCode.Conflict, "Conflict", "ServiceGuid");
        }
    }

    private static object Record(Guid service, Guid? user, string day, object figures)
    {
        var record = new Dictionary<string, object?> { ["serviceGuid"] = service, ["userGuid"] = user, ["day"] = day };
        foreach (var property in figures.GetType().GetProperties()) record[property.Name] = property.GetValue(figures);
        return record;
    }

    private static async Task<JsonNode> Single(ApiClient client, string path)
    {
        var result = await client.GetAsync(path);
        ApiAssert.IsOk(result);
        return result.Json["results"]!.AsArray().Single()!;
    }

    private static (int Messages, int Attachments, long Storage, int Plus, int DataLeakPrevention, int LargeFiles, int Gateway) Figures(JsonNode usage) => (
        usage["totalMessageCount"]!.GetValue<int>(), usage["totalAttachmentCount"]!.GetValue<int>(), usage["attachmentStorageUsage"]!.GetValue<long>(),
        usage["featureUsageSecureMessagingPlus"]!.GetValue<int>(), usage["featureUsageDataLeakPrevention"]!.GetValue<int>(),
        usage["featureUsageSecureLargeFiles"]!.GetValue<int>(), usage["featureUsageSecureMessagingGateway"]!.GetValue<int>());

    private static (int Sent, int Received, int Attachments, long Size, int Invitations) UserFigures(JsonNode usage) => (
        usage["totalMessagesSent"]!.GetValue<int>(), usage["totalMessagesReceived"]!.GetValue<int>(), usage["totalAttachmentsCount"]!.GetValue<int>(),
        usage["totalAttachmentsSize"]!.GetValue<long>(), usage["totalInvitationsSent"]!.GetValue<int>());
}
