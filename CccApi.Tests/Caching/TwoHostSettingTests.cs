using System.Diagnostics;
using CccApi.ServiceInterface.Data;
using CccApi.ServiceInterface.Data.Entities;
using CccApi.Tests.Infrastructure;
using CccApi.Tests.Settings;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CccApi.Tests.Caching;

/// <summary>
/// Two hosts on one PostgreSQL database and one Redis, each caching settings for the default five minutes: a value
/// changed, a key changed, or a DeleteCache on one host is what the other answers on its next request.
/// </summary>
[Category(PostgreSqlOnly.Category)]
[Parallelizable(ParallelScope.Self)] // hosts and databases of its own
public sealed class TwoHostSettingTests
{
    private const string Touch = "EnableTouchValidation";

    [SetUp]
    public void RequirePostgreSql() => PostgreSqlOnly.Require();

    [Test]
    public async Task Two_hosts_with_Redis_a_value_set_on_one_is_what_the_other_answers_next()
    {
        await using var hosts = await TwoHosts.StartAsync(RedisOnly.Require());
        using var first = hosts.First.CreateSuperUserClient();
        using var second = hosts.Second.CreateSuperUserClient();
        var world = await SettingWorld.CreateAsync(new Scenario(first));
        await WarmUpAsync(first, second, await SettingWorld.CreateAsync(new Scenario(first)));
        Assert.That(await ValueAsync(second, world.ServiceSetting(Touch)), Is.EqualTo("false"));

        ApiAssert.IsOk(await first.PutAsync(world.CollectionSetting(Touch), new { value = "true" }));

        var took = await UntilAsync(async () => await ValueAsync(second, world.ServiceSetting(Touch)) == "true");
        Assert.That(took, Is.LessThan(TimeSpan.FromSeconds(1)));
    }

    [Test]
    public async Task Two_hosts_with_Redis_DeleteCache_on_one_evicts_the_others_entries()
    {
        await using var hosts = await TwoHosts.StartAsync(RedisOnly.Require());
        using var first = hosts.First.CreateSuperUserClient();
        using var second = hosts.Second.CreateSuperUserClient();
        var world = await SettingWorld.CreateAsync(new Scenario(first));
        await WarmUpAsync(first, second, await SettingWorld.CreateAsync(new Scenario(first)));
        ApiAssert.IsOk(await first.PutAsync(world.ServiceSetting(Touch), new { value = "true" }));
        Assert.That(await ValueAsync(second, world.ServiceSetting(Touch)), Is.EqualTo("true"));
        await SetBehindTheApiAsync(hosts.First, world.Service, "false");
        Assert.That(await ValueAsync(second, world.ServiceSetting(Touch)), Is.EqualTo("true"), "the second host's cached value");

        ApiAssert.IsOk(await first.DeleteAsync($"/api/cache?pattern=urn:ServiceSettingValues:{world.Service:D}"));

        var took = await UntilAsync(async () => await ValueAsync(second, world.ServiceSetting(Touch)) == "false");
        Assert.That(took, Is.LessThan(TimeSpan.FromSeconds(1)));
    }

    [Test]
    public async Task Two_hosts_with_Redis_a_key_made_Private_on_one_is_gone_for_partners_on_the_other()
    {
        await using var hosts = await TwoHosts.StartAsync(RedisOnly.Require());
        using var first = hosts.First.CreateSuperUserClient();
        var world = await SettingWorld.CreateAsync(new Scenario(first));
        using var partnerOnSecond = hosts.Second.CreateClient(await hosts.Second.CreateAdminApiKeyAsync(AdminUserType.Partner, world.Partner));
        ApiAssert.IsOk(await partnerOnSecond.GetAsync(world.ServiceSetting(Touch)));

        ApiAssert.IsOk(await first.PutAsync("/api/settings/keys", new { name = Touch, visibility = "Private" }));

        await UntilAsync(async () => (await partnerOnSecond.GetAsync(world.ServiceSetting(Touch))).StatusCode == 404);
    }

    /// <summary>A host's first tag eviction heard from the backplane is slow (hundreds of ms, measured by the cache's tests): done once before the timed one.</summary>
    private static async Task WarmUpAsync(ApiClient first, ApiClient second, SettingWorld other)
    {
        await ValueAsync(second, other.ServiceSetting(Touch));
        ApiAssert.IsOk(await first.PutAsync(other.ServiceSetting(Touch), new { value = "true" }));
        await UntilAsync(async () => await ValueAsync(second, other.ServiceSetting(Touch)) == "true");
    }

    /// <returns>How long it took; fails after 5 seconds (a second is the promise, the rest shows how late a loaded machine was).</returns>
    private static async Task<TimeSpan> UntilAsync(Func<Task<bool>> condition)
    {
        var watch = Stopwatch.StartNew();
        while (!await condition())
        {
            if (watch.Elapsed > TimeSpan.FromSeconds(5)) Assert.Fail("the second host still answered the old value after 5 seconds");
            await Task.Delay(20);
        }
        TestContext.Out.WriteLine($"the second host answered the change after {watch.Elapsed.TotalMilliseconds:0} ms");
        return watch.Elapsed;
    }

    private static async Task<string> ValueAsync(ApiClient client, string path)
    {
        var result = await client.GetAsync(path);
        ApiAssert.IsOk(result);
        return result.Text("value");
    }

    private static async Task SetBehindTheApiAsync(TestHost host, Guid service, string value)
    {
        await using var scope = host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CccDbContext>();
        await db.SettingValues.Where(v => v.Level == SettingLevel.Service && v.OwnerId == service).ExecuteUpdateAsync(v => v.SetProperty(x => x.Value, value));
    }
}
