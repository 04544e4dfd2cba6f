using System.Globalization;
using CccApi.ServiceInterface.Data;
using CccApi.ServiceInterface.Data.Entities;
using CccApi.Tests.Infrastructure;
using CccApi.Tests.ServiceUsers;
using Microsoft.EntityFrameworkCore;

namespace CccApi.Tests.Usage;

/// <summary>
/// A reseller's collection with two services installed in it, two users of the first service and one of the second,
/// and a usage-reporting key of the collection issued by the SuperUser through the API.
/// </summary>
internal sealed record IntakeSetup(Guid Partner, Guid Reseller, Guid Site, Guid Collection, Guid Service, Guid OtherService,
    Guid User, Guid OtherUser, Guid OtherServiceUser, string Key, Guid KeyGuid);

/// <summary>What the intake and collection-key tests build through the API and read back from the database.</summary>
internal static class IntakeWorld
{
    /// <summary>A UTC day <paramref name="daysAgo"/> days before today.</summary>
    public static DateTime DaysAgo(int daysAgo) => DateTime.UtcNow.Date.AddDays(-daysAgo);

    public static string Text(DateTime day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static string UsagePath(Guid collection) => $"/api/collections/{collection:N}/usage";

    public static string Keys(Guid collection) => $"/api/collections/{collection:N}/keys";

    /// <summary>The setup on <c>host</c>, built by the SuperUser whose key is <c>superUserKey</c> (none: the host's own).</summary>
    public static async Task<IntakeSetup> SetupAsync(TestHost host, string? superUserKey = null)
    {
        using var superUser = superUserKey is null ? host.CreateSuperUserClient() : host.CreateClient(superUserKey);
        var given = new Scenario(superUser);
        var partnerGuid = await given.PartnerAsync();
        var reseller = await given.ResellerAsync(partnerGuid);
        var site = await given.SiteAsync();
        var collection = await given.CollectionAsync(reseller, site);
        var service = await given.ServiceAsync(reseller);
        var otherService = await given.ServiceAsync(reseller);
        var user = await given.ServiceUserAsync(service, preRegister: true);
        var otherUser = await given.ServiceUserAsync(service, preRegister: true);
        var otherServiceUser = await given.ServiceUserAsync(otherService, preRegister: true);
        var (key, keyGuid) = await KeyAsync(superUser, collection);
        return new IntakeSetup(partnerGuid, reseller, site, collection, service, otherService, user, otherUser, otherServiceUser, key, keyGuid);
    }

    /// <summary>Issues a key of the collection as <paramref name="admin"/>; the key and its Guid.</summary>
    public static async Task<(string Key, Guid KeyGuid)> KeyAsync(ApiClient admin, Guid collection, string name = "tests")
    {
        var created = await admin.PostAsync(Keys(collection), new { name });
        ApiAssert.IsOk(created);
        return (created.Text("key"), created.Guid("collectionKeyGuid"));
    }

    /// <summary>A record as the collection sends it; only the figures given are sent.</summary>
    public static Dictionary<string, object?> Record(Guid service, Guid? user, DateTime day, int messagesSent = 0, int messagesReceived = 0,
        long attachmentsSize = 0, Dictionary<string, int>? features = null, string? toolbarVersion = null)
    {
        var record = new Dictionary<string, object?> { ["serviceGuid"] = service, ["day"] = Text(day) };
        if (user is { } userGuid) record["userGuid"] = userGuid;
        if (messagesSent != 0) record["messagesSent"] = messagesSent;
        if (messagesReceived != 0) record["messagesReceived"] = messagesReceived;
        if (attachmentsSize != 0) record["attachmentsSize"] = attachmentsSize;
        if (features is not null) record["features"] = features;
        if (toolbarVersion is not null) record["toolbarVersion"] = toolbarVersion;
        return record;
    }

    public static Task<ApiResult> ReportAsync(ApiClient collectionClient, Guid collection, IEnumerable<object> records) =>
        collectionClient.PostAsync(UsagePath(collection), new { records });

    public static async Task ReportOkAsync(ApiClient collectionClient, Guid collection, IEnumerable<object> records, int added, int replaced)
    {
        var result = await ReportAsync(collectionClient, collection, records);
        ApiAssert.IsOk(result);
        Assert.That((result.Json["recordsAdded"]!.GetValue<int>(), result.Json["recordsReplaced"]!.GetValue<int>()), Is.EqualTo((added, replaced)), result.Body);
    }

    public static Task<T> WithDbAsync<T>(TestHost host, Func<CccDbContext, Task<T>> read) => ServiceUserTests.WithDbAsync(read, host);

    public static Task<ServiceUsageDay?> DayAsync(TestHost host, Guid service, DateTime day) =>
        WithDbAsync(host, db => db.ServiceUsageDays.AsNoTracking().SingleOrDefaultAsync(d => d.ServiceId == service && d.Day == day));

    public static Task<ServiceUsageMonth?> MonthAsync(TestHost host, Guid service, DateTime day) =>
        WithDbAsync(host, db => db.ServiceUsageMonths.AsNoTracking()
            .SingleOrDefaultAsync(m => m.ServiceId == service && m.Month == new DateTime(day.Year, day.Month, 1, 0, 0, 0, DateTimeKind.Utc)));

    public static Task<List<CollectionUsageRecord>> RecordsAsync(TestHost host, Guid collection) =>
        WithDbAsync(host, db => db.CollectionUsageRecords.AsNoTracking().Where(r => r.CollectionId == collection).ToListAsync());

    /// <summary>Row counts of the intake's tables, for checks that a refused batch wrote nothing.</summary>
    public static Task<(int Records, int Days, int Months)> CountsAsync(TestHost host, Guid collection, params Guid[] services) =>
        WithDbAsync(host, async db => (
            await db.CollectionUsageRecords.CountAsync(r => r.CollectionId == collection),
            await db.ServiceUsageDays.CountAsync(d => services.Contains(d.ServiceId)),
            await db.ServiceUsageMonths.CountAsync(m => services.Contains(m.ServiceId))));
}
