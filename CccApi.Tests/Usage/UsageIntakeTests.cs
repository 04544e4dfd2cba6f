using System.Net;
using System.Text.Json;
using CccApi.ServiceInterface.Data.Entities;
using CccApi.Tests.Infrastructure;
using static CccApi.Tests.Usage.IntakeWorld;

namespace CccApi.Tests.Usage;

/// <summary>
/// ReportCollectionUsage: each record stored under its service, user and UTC day, replacing an earlier report of the same;
/// the service's day and month rollups kept equal to the sum of its records; a batch stored whole or not at all.
/// </summary>
public sealed class UsageIntakeTests : ApiTest
{
    private static TestHost Host => SharedHost.Host;

    /// <summary>A day of last month (10 days before this month began) and today: two rollup months.</summary>
    private static DateTime LastMonthDay => new DateTime(DateTime.UtcNow.Year, DateTime.UtcNow.Month, 1, 0, 0, 0, DateTimeKind.Utc).AddDays(-10);

    private static DateTime Today => DaysAgo(0);

    private static object[] FirstBatch(IntakeSetup s) =>
    [
        Record(s.Service, s.User, LastMonthDay, messagesSent: 5, messagesReceived: 3, attachmentsSize: 1000,
            features: new() { ["secureMessagingGateway"] = 2, ["SECUREFORMS"] = 1 }, toolbarVersion: "8.4.1"),
        Record(s.Service, s.OtherUser, LastMonthDay, messagesSent: 7),
        Record(s.Service, null, LastMonthDay, messagesSent: 1),
        Record(s.Service, s.User, Today, messagesSent: 2, features: new() { ["DataLeakPrevention"] = 4 }),
        Record(s.OtherService, s.OtherServiceUser, Today, messagesSent: 4),
    ];

    [Test]
    public async Task Records_are_stored_and_summed_into_the_services_day_and_month_rollups()
    {
        var setup = await SetupAsync(Host);
        using var collection = Host.CreateClient(setup.Key);

        await ReportOkAsync(collection, setup.Collection, FirstBatch(setup), added: 5, replaced: 0);

        var lastMonth = await DayAsync(Host, setup.Service, LastMonthDay);
        var today = await DayAsync(Host, setup.Service, Today);
        var other = await DayAsync(Host, setup.OtherService, Today);
        using (Assert.EnterMultipleScope())
        {
            Assert.That((lastMonth!.MessagesSent, lastMonth.MessagesReceived, lastMonth.AttachmentsSize, lastMonth.SecureMessagingGateway, lastMonth.SecureForms, lastMonth.DataLeakPrevention),
                Is.EqualTo((13L, 3L, 1000L, 2L, 1L, 0L)), "5 + 7 + 1 messages on the day; features by name in any case");
            Assert.That((today!.MessagesSent, today.DataLeakPrevention, today.SecureForms), Is.EqualTo((2L, 4L, 0L)));
            Assert.That(other!.MessagesSent, Is.EqualTo(4));
            var months = (await MonthAsync(Host, setup.Service, LastMonthDay), await MonthAsync(Host, setup.Service, Today));
            Assert.That((months.Item1!.MessagesSent, months.Item1.SecureForms, months.Item2!.MessagesSent, months.Item2.DataLeakPrevention), Is.EqualTo((13L, 1L, 2L, 4L)));
        }

        var records = await RecordsAsync(Host, setup.Collection);
        Assert.That(records, Has.Count.EqualTo(5));
        var own = records.Single(r => r.ServiceId == setup.Service && r.ServiceUserId == Guid.Empty);
        var user = records.Single(r => r.ServiceUserId == setup.User && r.Day == LastMonthDay);
        using (Assert.EnterMultipleScope())
        {
            Assert.That((own.MessagesSent, own.Day), Is.EqualTo((1L, LastMonthDay)), "the service's own usage: no user");
            Assert.That((user.MessagesSent, user.MessagesReceived, user.AttachmentsSize, user.SecureMessagingGateway, user.SecureForms, user.ToolbarVersion),
                Is.EqualTo((5L, 3L, 1000L, 2L, 1L, "8.4.1")));
            Assert.That(user.ReportedOn, Is.EqualTo(DateTime.UtcNow).Within(TimeSpan.FromMinutes(1)));
        }
    }

    [Test]
    public async Task The_same_batch_twice_replaces_every_record_and_leaves_the_rollups_as_they_were()
    {
        var setup = await SetupAsync(Host);
        using var collection = Host.CreateClient(setup.Key);
        await ReportOkAsync(collection, setup.Collection, FirstBatch(setup), added: 5, replaced: 0);
        var before = (await DayAsync(Host, setup.Service, LastMonthDay), await MonthAsync(Host, setup.Service, LastMonthDay), await DayAsync(Host, setup.Service, Today));

        await ReportOkAsync(collection, setup.Collection, FirstBatch(setup), added: 0, replaced: 5);

        var after = (await DayAsync(Host, setup.Service, LastMonthDay), await MonthAsync(Host, setup.Service, LastMonthDay), await DayAsync(Host, setup.Service, Today));
        Assert.That(Figures(after.Item1!), Is.EqualTo(Figures(before.Item1!)));
        Assert.That(Figures(after.Item2!), Is.EqualTo(Figures(before.Item2!)));
        Assert.That(Figures(after.Item3!), Is.EqualTo(Figures(before.Item3!)));
        Assert.That(await RecordsAsync(Host, setup.Collection), Has.Count.EqualTo(5));
    }

    [Test]
    public async Task A_record_sent_again_with_other_figures_changes_the_rollups_by_the_difference()
    {
        var setup = await SetupAsync(Host);
        using var collection = Host.CreateClient(setup.Key);
        await ReportOkAsync(collection, setup.Collection, FirstBatch(setup), added: 5, replaced: 0);

        // The user's day again with 2 messages (was 5) and no features (were 2 and 1), and another user's today.
        await ReportOkAsync(collection, setup.Collection,
            [Record(setup.Service, setup.User, LastMonthDay, messagesSent: 2, messagesReceived: 3, attachmentsSize: 400), Record(setup.Service, setup.OtherUser, Today, messagesSent: 9)],
            added: 1, replaced: 1);

        var day = await DayAsync(Host, setup.Service, LastMonthDay);
        var month = await MonthAsync(Host, setup.Service, LastMonthDay);
        using (Assert.EnterMultipleScope())
        {
            Assert.That((day!.MessagesSent, day.MessagesReceived, day.AttachmentsSize, day.SecureMessagingGateway, day.SecureForms), Is.EqualTo((10L, 3L, 400L, 0L, 0L)));
            Assert.That(Figures(month!), Is.EqualTo(Figures(day)), "the only day of that month");
            Assert.That((await DayAsync(Host, setup.Service, Today))!.MessagesSent, Is.EqualTo(2 + 9));
            Assert.That((await MonthAsync(Host, setup.Service, Today))!.MessagesSent, Is.EqualTo(2 + 9));
        }
        var stored = (await RecordsAsync(Host, setup.Collection)).Single(r => r.ServiceUserId == setup.User && r.Day == LastMonthDay);
        Assert.That((stored.MessagesSent, stored.SecureMessagingGateway, stored.ToolbarVersion), Is.EqualTo((2L, 0L, (string?)null)), "a replaced record holds what was sent last");
    }

    [Test]
    public async Task A_record_naming_a_service_or_user_outside_the_collection_fails_the_whole_batch()
    {
        var setup = await SetupAsync(Host);
        var elsewhere = await SetupAsync(Host);
        using var collection = Host.CreateClient(setup.Key);
        var valid = new[] { Record(setup.Service, setup.User, DaysAgo(2), messagesSent: 1), Record(setup.OtherService, null, DaysAgo(2), messagesSent: 1) };

        ApiAssert.IsError(await ReportAsync(collection, setup.Collection, [.. valid, Record(elsewhere.Service, null, DaysAgo(2), messagesSent: 1)]),
            HttpStatusCode.NotFound, "NotFound", "Records[2].ServiceGuid");
        ApiAssert.IsError(await ReportAsync(collection, setup.Collection, [valid[0], Record(Guid.NewGuid(), null, DaysAgo(2)), valid[1]]),
            HttpStatusCode.NotFound, "NotFound", "Records[1].ServiceGuid");
        ApiAssert.IsError(await ReportAsync(collection, setup.Collection, [valid[0], Record(setup.Service, setup.OtherServiceUser, DaysAgo(2), messagesSent: 1), valid[1]]),
            HttpStatusCode.NotFound, "NotFound", "Records[1].UserGuid");
        ApiAssert.IsError(await ReportAsync(collection, setup.Collection, [.. valid, Record(setup.OtherService, elsewhere.User, DaysAgo(3))]),
            HttpStatusCode.NotFound, "NotFound", "Records[2].UserGuid");
        ApiAssert.IsError(await ReportAsync(collection, setup.Collection, [Record(setup.Service, Guid.NewGuid(), DaysAgo(2)), .. valid]),
            HttpStatusCode.NotFound, "NotFound", "Records[0].UserGuid");
        // Refused by the validator, after valid records: nothing of the batch either.
        ApiAssert.IsError(await ReportAsync(collection, setup.Collection, [.. valid, Record(setup.Service, null, DaysAgo(-1))]),
            HttpStatusCode.BadRequest, "LessThanOrEqual", "Records[2].Day");

        Assert.That(await CountsAsync(Host, setup.Collection, setup.Service, setup.OtherService), Is.EqualTo((0, 0, 0)));
        await ReportOkAsync(collection, setup.Collection, valid, added: 2, replaced: 0);
    }

    [Test]
    public async Task A_key_reports_only_into_its_own_collection()
    {
        var setup = await SetupAsync(Host);
        var other = await SetupAsync(Host);
        using var collection = Host.CreateClient(setup.Key);

        ApiAssert.IsError(await ReportAsync(collection, other.Collection, [Record(other.Service, null, DaysAgo(1), messagesSent: 1)]),
            HttpStatusCode.NotFound, "NotFound", "CollectionGuid");
        ApiAssert.IsError(await ReportAsync(collection, Guid.NewGuid(), [Record(setup.Service, null, DaysAgo(1), messagesSent: 1)]),
            HttpStatusCode.NotFound, "NotFound", "CollectionGuid");
        Assert.That(await CountsAsync(Host, other.Collection, other.Service), Is.EqualTo((0, 0, 0)));
    }

    private static IEnumerable<TestCaseData> InvalidRecords()
    {
        TestCaseData Case(string name, Action<Dictionary<string, object?>> change, string code, string field = "Records[3].") =>
            new TestCaseData(change, code, field).SetArgDisplayNames(name);
        yield return Case("no service", r => r["serviceGuid"] = Guid.Empty, "NotEmpty", "Records[3].ServiceGuid");
        yield return Case("an empty user Guid", r => r["userGuid"] = Guid.Empty, "NotEmpty", "Records[3].UserGuid");
        yield return Case("no day", r => r.Remove("day"), "NotNull", "Records[3].Day");
        yield return Case("tomorrow", r => r["day"] = Text(DaysAgo(-1)), "LessThanOrEqual", "Records[3].Day");
        yield return Case("401 days ago", r => r["day"] = Text(DaysAgo(401)), "GreaterThanOrEqual", "Records[3].Day");
        yield return Case("negative messages", r => r["messagesSent"] = -1, "GreaterThanOrEqual", "Records[3].MessagesSent");
        yield return Case("negative size", r => r["attachmentsSize"] = -5L, "GreaterThanOrEqual", "Records[3].AttachmentsSize");
        yield return Case("an unknown feature", r => r["features"] = new Dictionary<string, int> { ["secureForms"] = 1, ["teleport"] = 1 }, "AllowableValues", "Records[3].Features");
        yield return Case("a feature twice", r => r["features"] = new Dictionary<string, int> { ["secureForms"] = 1, ["SecureForms"] = 2 }, "Duplicate", "Records[3].Features");
        yield return Case("a negative feature", r => r["features"] = new Dictionary<string, int> { ["secureLargeFiles"] = -1 }, "GreaterThanOrEqual", "Records[3].Features");
        yield return Case("a long toolbar version", r => r["toolbarVersion"] = new string('9', 51), "MaximumLength", "Records[3].ToolbarVersion");
        yield return Case("a toolbar version of two lines", r => r["toolbarVersion"] = "8.4\n1", "NoControlCharacters", "Records[3].ToolbarVersion");
    }

    [TestCaseSource(nameof(InvalidRecords))]
    public async Task An_invalid_record_is_a_400_naming_it_and_nothing_is_written(Action<Dictionary<string, object?>> change, string code, string field)
    {
        var setup = await SetupAsync(Host);
        using var collection = Host.CreateClient(setup.Key);
        var records = Enumerable.Range(0, 4).Select(i => Record(setup.Service, null, DaysAgo(i + 1), messagesSent: 1)).ToList();
        change(records[3]);

        ApiAssert.IsError(await ReportAsync(collection, setup.Collection, records), HttpStatusCode.BadRequest, code, field);

        Assert.That(await CountsAsync(Host, setup.Collection, setup.Service), Is.EqualTo((0, 0, 0)));
    }

    [Test]
    public async Task A_batch_needs_records_each_service_user_and_day_once_and_reaches_back_400_days()
    {
        var setup = await SetupAsync(Host);
        using var collection = Host.CreateClient(setup.Key);

        ApiAssert.IsError(await collection.PostAsync(UsagePath(setup.Collection), new { }), HttpStatusCode.BadRequest, "NotEmpty", "Records");
        ApiAssert.IsError(await ReportAsync(collection, setup.Collection, []), HttpStatusCode.BadRequest, "NotEmpty", "Records");
        ApiAssert.IsError(await collection.PostAsync(UsagePath(setup.Collection), "{\"records\":[null]}"), HttpStatusCode.BadRequest, "NotNull", "Records[0]");
        // The same user and UTC day, once as a date and once as an instant of that day.
        var twice = new object[]
        {
            Record(setup.Service, setup.User, DaysAgo(5)), Record(setup.Service, null, DaysAgo(5)), Record(setup.Service, setup.OtherUser, DaysAgo(5)),
            new Dictionary<string, object?> { ["serviceGuid"] = setup.Service, ["userGuid"] = setup.User, ["day"] = Text(DaysAgo(5)) + "T17:30:00Z" },
        };
        ApiAssert.IsError(await ReportAsync(collection, setup.Collection, twice), HttpStatusCode.BadRequest, "Duplicate", "Records[3]");
        Assert.That(await CountsAsync(Host, setup.Collection, setup.Service), Is.EqualTo((0, 0, 0)));

        await ReportOkAsync(collection, setup.Collection, [Record(setup.Service, null, DaysAgo(400), messagesSent: 1)], added: 1, replaced: 0);
    }

    [Test]
    public async Task More_than_5000_records_is_a_413_naming_Records()
    {
        var setup = await SetupAsync(Host);
        using var collection = Host.CreateClient(setup.Key);
        var records = Enumerable.Range(0, 5001).Select(i => (object)Record(setup.Service, null, DaysAgo(i % 300))).ToList();

        var refused = await ReportAsync(collection, setup.Collection, records);

        ApiAssert.IsError(refused, HttpStatusCode.RequestEntityTooLarge, "TooManyRecords", "Records");
        Assert.That(refused.ResponseStatus!.Str("message"), Does.Contain("5000"));
        Assert.That(await CountsAsync(Host, setup.Collection, setup.Service), Is.EqualTo((0, 0, 0)));
    }

    [Test]
    public async Task A_full_batch_of_5000_records_beyond_the_hosts_body_limit_is_stored_and_8_MiB_is_the_intakes_limit()
    {
        var setup = await SetupAsync(Host);
        using var superUser = Host.CreateSuperUserClient();
        var given = new Scenario(superUser);
        var users = new List<Guid> { setup.User, setup.OtherUser };
        for (var i = users.Count; i < 13; i++) users.Add(await given.ServiceUserAsync(setup.Service, preRegister: true));
        var features = ServiceModel.UsageReporting.FeatureNames.ToDictionary(name => name, _ => 1_000_000);
        var records = (from user in users
                       from daysAgo in Enumerable.Range(0, 385)
                       select (object)new Dictionary<string, object?>
                       {
                           ["serviceGuid"] = setup.Service, ["userGuid"] = user, ["day"] = Text(DaysAgo(daysAgo)) + "T00:00:00Z",
                           ["messagesSent"] = 1, ["messagesReceived"] = 2_000_000, ["attachmentsCount"] = 3, ["attachmentsSize"] = 4_000_000_000L,
                           ["invitationsSent"] = 5, ["invitationsAccepted"] = 6, ["features"] = features, ["toolbarVersion"] = new string('7', 50),
                           ["lastMsgSent"] = DateTime.UtcNow, ["lastMsgRetrieved"] = DateTime.UtcNow, ["lastActivity"] = DateTime.UtcNow,
                       }).Take(5000).ToList();
        var body = JsonSerializer.Serialize(new { records });
        Assert.That(body.Length, Is.GreaterThan(1024 * 1024), "more than ServiceHost:MaxRequestBodyBytes");
        using var collection = Host.CreateClient(setup.Key);

        var stored = await collection.PostAsync(UsagePath(setup.Collection), body);

        ApiAssert.IsOk(stored);
        Assert.That(stored.Json["recordsAdded"]!.GetValue<int>(), Is.EqualTo(5000));
        var today = await DayAsync(Host, setup.Service, Today);
        Assert.That((today!.MessagesSent, today.AttachmentsSize, today.SecureForms), Is.EqualTo((13L, 13 * 4_000_000_000L, 13_000_000L)));

        var oversized = await collection.PostAsync(UsagePath(setup.Collection), JsonSerializer.Serialize(new { padding = new string('x', 8 * 1024 * 1024), records = records.Take(1) }));
        ApiAssert.IsError(oversized, HttpStatusCode.RequestEntityTooLarge, "RequestEntityTooLarge");
        var elsewhere = await Client.PostAsync("/api/apikeys", JsonSerializer.Serialize(new { padding = new string('x', 1024 * 1024), name = "big" }));
        ApiAssert.IsError(elsewhere, HttpStatusCode.RequestEntityTooLarge, "RequestEntityTooLarge");
    }

    [Test]
    public async Task Batches_of_the_same_days_sent_at_once_leave_the_rollups_equal_to_the_records_last_written()
    {
        var setup = await SetupAsync(Host);
        var day = DaysAgo(2);
        object[] Batch(int n) =>
        [
            Record(setup.Service, setup.User, day, messagesSent: n), Record(setup.Service, setup.OtherUser, day, messagesSent: n),
            Record(setup.Service, null, day, messagesSent: n), Record(setup.OtherService, setup.OtherServiceUser, day, messagesSent: n),
        ];
        var clients = Enumerable.Range(0, 6).Select(_ => Host.CreateClient(setup.Key)).ToList();

        var results = await SimultaneousCalls.RunAsync(clients.Count, i => ReportAsync(clients[i], setup.Collection, Batch(10 * (i + 1))));

        foreach (var client in clients) client.Dispose();
        foreach (var result in results) ApiAssert.IsOk(result);
        Assert.That(results.Select(r => r.Json["recordsAdded"]!.GetValue<int>()).Order(), Is.EqualTo(new[] { 0, 0, 0, 0, 0, 4 }), "one batch added, the others replaced");
        var records = await RecordsAsync(Host, setup.Collection);
        Assert.That(records, Has.Count.EqualTo(4));
        var last = records[0].MessagesSent;
        Assert.That(records.Select(r => r.MessagesSent), Is.All.EqualTo(last), "every record holds the figures of one batch: the last stored");
        using (Assert.EnterMultipleScope())
        {
            Assert.That((await DayAsync(Host, setup.Service, day))!.MessagesSent, Is.EqualTo(3 * last));
            Assert.That((await MonthAsync(Host, setup.Service, day))!.MessagesSent, Is.EqualTo(3 * last));
            Assert.That((await DayAsync(Host, setup.OtherService, day))!.MessagesSent, Is.EqualTo(last));
        }
    }

    private static long[] Figures(UsageFigures f) =>
    [
        f.MessagesSent, f.MessagesReceived, f.AttachmentsCount, f.AttachmentsSize, f.InvitationsSent, f.InvitationsAccepted,
        f.SecureMessagingGateway, f.SecureMessagingPlus, f.DataLeakPrevention, f.SecureLargeFiles, f.SecureForms,
    ];
}
