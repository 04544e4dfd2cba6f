using System.Net;
using CccApi.ServiceInterface.Data;
using CccApi.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CccApi.Tests.Database;

/// <summary>
/// Requests released together against PostgreSQL, then the rows checked: the database constraints,
/// not the pre-checks, decide who wins a race.
/// </summary>
[Category(PostgreSqlOnly.Category)]
[NonParallelizable] // its races should meet as many simultaneous requests as they can, not other fixtures' load
public sealed class ConcurrencyTests
{
    [SetUp]
    public void RequirePostgreSql() => PostgreSqlOnly.Require();

    [Test]
    public async Task Simultaneous_CreateService_calls_with_one_ServiceCode_give_one_200_and_49_409s()
    {
        await using var host = new TestHost();
        using var client = host.CreateClient();
        var setup = await new Scenario(client).ResellerWithCollectionAsync();
        var serviceCode = Scenario.Unique("race");

        var results = await SimultaneousCalls.RunAsync(50, _ => client.PostAsync("/api/services",
            new { primaryDomain = Scenario.UniqueDomain(), resellerGuid = setup.Reseller, serviceCode }));

        Assert.That(results.Count(r => r.Status == HttpStatusCode.OK), Is.EqualTo(1), Describe(results));
        Assert.That(results.Where(r => r.Status != HttpStatusCode.OK), Has.All.Matches<ApiResult>(r =>
            r.Status == HttpStatusCode.Conflict && r.ErrorCode == "Conflict" && r.ErrorFields.SequenceEqual(["ServiceCode"])), Describe(results));
        await using var scope = host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CccDbContext>();
        Assert.That(await db.Services.CountAsync(s => s.ServiceCode == serviceCode), Is.EqualTo(1));
    }

    [Test]
    public async Task Simultaneous_ResellerCollectionAccess_calls_setting_different_defaults_leave_one_default()
    {
        await using var host = new TestHost();
        using var client = host.CreateClient();
        var given = new Scenario(client);
        var owner = await given.ResellerWithCollectionAsync();
        var collections = new List<Guid> { owner.Collection };
        for (var i = 1; i < 10; i++) collections.Add(await given.CollectionAsync(owner.Reseller, owner.Site));
        var reseller = await given.ResellerAsync();

        // New records, each asking to be the Site's default, all at once.
        var created = await SimultaneousCalls.RunAsync(collections.Count, i =>
            client.PostAsync($"/api/resellers/{reseller:N}/collectionaccess/{collections[i]:N}", new { isDefaultCollectionForSite = true }));
        Assert.That(created.Select(r => r.Status), Has.All.AnyOf(HttpStatusCode.OK, HttpStatusCode.Conflict), Describe(created));
        Assert.That(created.Count(r => r.Status == HttpStatusCode.OK), Is.GreaterThanOrEqualTo(1), Describe(created));
        Assert.That(await DefaultsAsync(host, reseller, owner.Site), Is.EqualTo(1));

        // Make sure every record exists, then switch the default to each of them at once.
        foreach (var (collection, _) in collections.Zip(created).Where(p => p.Second.Status != HttpStatusCode.OK))
            Assert.That((await client.PostAsync($"/api/resellers/{reseller:N}/collectionaccess/{collection:N}", new { isDefaultCollectionForSite = false })).Status, Is.EqualTo(HttpStatusCode.OK));
        var updated = await SimultaneousCalls.RunAsync(collections.Count, i =>
            client.PutAsync($"/api/resellers/{reseller:N}/collectionaccess/{collections[i]:N}", new { isDefaultCollectionForSite = true }));
        Assert.That(updated.Select(r => r.Status), Has.All.AnyOf(HttpStatusCode.OK, HttpStatusCode.Conflict), Describe(updated));
        Assert.That(await DefaultsAsync(host, reseller, owner.Site), Is.EqualTo(1));
    }

    [Test]
    public async Task Simultaneous_traffic_on_two_hosts_sharing_one_database_keeps_every_invariant()
    {
        using var database = TestDatabase.CreateDefault();
        var catalog = new Dictionary<string, string>
        {
            ["Catalog:Partners:0:PartnerGuid"] = Guid.NewGuid().ToString(),
            ["Catalog:Partners:0:Name"] = "Shared Catalog Partner",
            ["Catalog:Sites:0:SiteGuid"] = Guid.NewGuid().ToString(),
            ["Catalog:Sites:0:Name"] = "Shared Catalog Site",
        };
        await using var first = new TestHost(new TestHostOptions { Database = database, Settings = catalog });
        await using var second = new TestHost(new TestHostOptions { Database = database, Settings = catalog });
        // Both start together on an empty database: migrations and the catalog upsert take turns under the lock.
        await SimultaneousCalls.RunAsync(2, i => Task.Run(() => (i == 0 ? first : second).Services));

        using var a = first.CreateClient();
        using var b = second.CreateClient();
        ApiClient On(int i) => i % 2 == 0 ? a : b;
        var given = new Scenario(a);
        var owner = await given.ResellerWithCollectionAsync();
        var collections = new List<Guid> { owner.Collection };
        for (var i = 1; i < 6; i++) collections.Add(await given.CollectionAsync(owner.Reseller, owner.Site));
        var grantee = await given.ResellerAsync();
        var serviceCode = Scenario.Unique("two");
        var primaryDomain = Scenario.UniqueDomain();

        var results = await SimultaneousCalls.RunAsync(46, i => i switch
        {
            < 20 => On(i).PostAsync("/api/services", new { primaryDomain = Scenario.UniqueDomain(), resellerGuid = owner.Reseller, serviceCode }),
            < 40 => On(i).PostAsync("/api/services", new { primaryDomain, resellerGuid = owner.Reseller }),
            _ => On(i).PostAsync($"/api/resellers/{grantee:N}/collectionaccess/{collections[i - 40]:N}", new { isDefaultCollectionForSite = true }),
        });

        Assert.That(results.Take(20).Count(r => r.Status == HttpStatusCode.OK), Is.EqualTo(1), Describe(results));
        Assert.That(results.Skip(20).Take(20).Count(r => r.Status == HttpStatusCode.OK), Is.EqualTo(1), Describe(results));
        Assert.That(results.Select(r => r.Status), Has.All.AnyOf(HttpStatusCode.OK, HttpStatusCode.Conflict), Describe(results));

        await using var scope = first.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CccDbContext>();
        Assert.That(await db.Services.CountAsync(s => s.ServiceCode == serviceCode), Is.EqualTo(1));
        Assert.That(await db.Services.CountAsync(s => s.PrimaryDomain == primaryDomain), Is.EqualTo(1));
        Assert.That(await db.Services.CountAsync(s => s.Company == null), Is.Zero, "every service has its company row");
        Assert.That(await db.Partners.CountAsync(p => p.Name == "Shared Catalog Partner"), Is.EqualTo(1));
        Assert.That(await db.Sites.CountAsync(s => s.Name == "Shared Catalog Site"), Is.EqualTo(1));
        var defaultsPerSite = await db.ResellerCollectionAccess.Where(r => r.IsDefaultCollectionForSite)
            .GroupBy(r => new { r.ResellerId, r.SiteId }).Select(g => g.Count()).ToListAsync();
        Assert.That(defaultsPerSite, Has.All.EqualTo(1));
        Assert.That(await DefaultsAsync(first, grantee, owner.Site), Is.EqualTo(1));
    }

    private static async Task<int> DefaultsAsync(TestHost host, Guid reseller, Guid site)
    {
        await using var scope = host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CccDbContext>();
        return await db.ResellerCollectionAccess.CountAsync(r => r.ResellerId == reseller && r.SiteId == site && r.IsDefaultCollectionForSite);
    }

    private static string Describe(IEnumerable<ApiResult> results) =>
        string.Join("; ", results.GroupBy(r => $"{(int)r.Status} {r.ErrorCode}").Select(g => $"{g.Count()} x {g.Key}"))
        + " | first failure: " + results.FirstOrDefault(r => r.Status is not (HttpStatusCode.OK or HttpStatusCode.Conflict));
}
