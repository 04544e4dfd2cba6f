using CccApi.ServiceInterface.Data.Entities;
using CccApi.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using ZiggyCreatures.Caching.Fusion;

namespace CccApi.Tests.Caching;

/// <summary>Two hosts on one fresh PostgreSQL database, on one Redis channel when <c>redis</c> is given.</summary>
internal sealed class TwoHosts : IAsyncDisposable
{
    private readonly TestDatabase _database;

    private TwoHosts(TestDatabase database, TestHost first, TestHost second)
    {
        _database = database;
        First = first;
        Second = second;
    }

    public TestHost First { get; }

    public TestHost Second { get; }

    public static async Task<TwoHosts> StartAsync(string? redis)
    {
        var database = TestDatabase.CreateDefault();
        var channel = RedisOnly.NewChannel();
        TestHostOptions Options() => new()
        {
            Database = database,
            Settings = redis is null ? [] : RedisOnly.Settings(redis, channel),
        };
        var hosts = new TwoHosts(database, new TestHost(Options()), new TestHost(Options()));
        if (redis is not null)
            await CacheWait.UntilConnectedAsync(hosts.First.Services.GetRequiredService<IFusionCache>(), hosts.Second.Services.GetRequiredService<IFusionCache>());
        return hosts;
    }

    /// <summary>A Reseller admin's new key, made through the first host's API, and its record's Guid.</summary>
    public async Task<(Guid KeyGuid, string Key)> NewResellerKeyAsync()
    {
        var (userGuid, _) = await First.CreateAdminAsync(AdminUserType.Reseller, Guid.NewGuid());
        using var superUser = First.CreateSuperUserClient();
        var created = await superUser.PostAsync("/api/apikeys", new { adminUserGuid = userGuid, name = "two hosts" });
        ApiAssert.IsOk(created);
        return (created.Guid("apiKeyGuid"), created.Text("key"));
    }

    /// <summary>
    /// Until the second host's cache no longer holds the key (a second at most is the promise; up to 5 s is
    /// waited so a loaded machine shows how late it was rather than only that it was).
    /// </summary>
    public async Task UntilSecondForgetsAsync(string key)
    {
        var cache = Second.Services.GetRequiredService<IFusionCache>();
        var cacheKey = ServiceInterface.Auth.CredentialCacheKeys.ApiKey(ServiceInterface.Auth.SecretTokens.Digest(key));
        var took = await CacheWait.UntilAsync(() => !cache.TryGet<object>(cacheKey).HasValue, TimeSpan.FromSeconds(5));
        Assert.That(took, Is.Not.Null, "the second host still held the credential after 5 seconds");
        TestContext.Out.WriteLine($"the second host forgot the credential after {took!.Value.TotalMilliseconds:0} ms");
        Assert.That(took.Value, Is.LessThan(TimeSpan.FromSeconds(1)));
    }

    public async ValueTask DisposeAsync()
    {
        await First.DisposeAsync();
        await Second.DisposeAsync();
        _database.Dispose();
    }
}
