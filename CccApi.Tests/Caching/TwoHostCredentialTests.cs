using System.Net;
using CccApi.ServiceInterface.Data.Entities;
using CccApi.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using ZiggyCreatures.Caching.Fusion;

namespace CccApi.Tests.Caching;

/// <summary>
/// Two hosts on one PostgreSQL database, each keeping resolved credentials for the default 30 seconds:
/// with Redis, a key revoked or a user disabled on one host is refused by the other on its next request;
/// without it, the other host goes on accepting the credential it cached until that bound passes.
/// </summary>
[Category(PostgreSqlOnly.Category)]
[Parallelizable(ParallelScope.Self)] // hosts and databases of its own
public sealed class TwoHostCredentialTests
{
    [SetUp]
    public void RequirePostgreSql() => PostgreSqlOnly.Require();

    [Test]
    public async Task Two_hosts_with_Redis_a_key_revoked_on_one_is_refused_by_the_other_on_its_next_request()
    {
        await using var hosts = await TwoHosts.StartAsync(RedisOnly.Require());
        var (keyGuid, key) = await hosts.NewResellerKeyAsync();
        using var onSecond = hosts.Second.CreateClient(key);
        ApiAssert.IsOk(await onSecond.GetAsync("/api/apikeys"));

        using var superUserOnFirst = hosts.First.CreateSuperUserClient();
        ApiAssert.IsOk(await superUserOnFirst.DeleteAsync($"/api/apikeys/{keyGuid:N}"));

        await hosts.UntilSecondForgetsAsync(key);
        ApiAssert.IsError(await onSecond.GetAsync("/api/apikeys"), HttpStatusCode.Unauthorized, "Unauthorized");
    }

    [Test]
    public async Task Two_hosts_with_Redis_a_user_disabled_on_one_is_refused_by_the_other_on_its_next_request()
    {
        await using var hosts = await TwoHosts.StartAsync(RedisOnly.Require());
        var (userGuid, key) = await hosts.First.CreateAdminAsync(AdminUserType.Reseller, Guid.NewGuid());
        using var onSecond = hosts.Second.CreateClient(key);
        ApiAssert.IsOk(await onSecond.GetAsync("/api/apikeys"));

        using var superUserOnFirst = hosts.First.CreateSuperUserClient();
        ApiAssert.IsOk(await superUserOnFirst.PutAsync($"/api/adminusers/{userGuid:N}", new { status = "Disabled" }));

        await hosts.UntilSecondForgetsAsync(key);
        ApiAssert.IsError(await onSecond.GetAsync("/api/apikeys"), HttpStatusCode.Unauthorized, "Unauthorized");
    }

    [Test]
    public async Task Two_hosts_without_Redis_a_key_revoked_on_one_still_works_on_the_other_until_its_cache_bound()
    {
        await using var hosts = await TwoHosts.StartAsync(redis: null);
        var (keyGuid, key) = await hosts.NewResellerKeyAsync();
        using var onSecond = hosts.Second.CreateClient(key);
        ApiAssert.IsOk(await onSecond.GetAsync("/api/apikeys"));

        using var superUserOnFirst = hosts.First.CreateSuperUserClient();
        ApiAssert.IsOk(await superUserOnFirst.DeleteAsync($"/api/apikeys/{keyGuid:N}"));
        await Task.Delay(TimeSpan.FromSeconds(1)); // longer than Redis would have taken

        ApiAssert.IsOk(await onSecond.GetAsync("/api/apikeys"));
        using var onFirst = hosts.First.CreateClient(key);
        ApiAssert.IsError(await onFirst.GetAsync("/api/apikeys"), HttpStatusCode.Unauthorized, "Unauthorized");
    }
}
