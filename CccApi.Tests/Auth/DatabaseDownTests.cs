using System.Net;
using CccApi.Tests.Infrastructure;

namespace CccApi.Tests.Auth;

/// <summary>
/// A database that is down while a caller is identified gives 503, not 401. On SQLite in every run
/// (its file is removed); the PostgreSQL outage test stops the cluster instead.
/// </summary>
[Parallelizable(ParallelScope.Self)] // a host of its own
public sealed class DatabaseDownTests
{
    [Test]
    public async Task Sign_in_and_key_resolution_are_503_while_the_database_is_unreachable()
    {
        using var database = TestDatabase.CreateSqlite();
        await using var host = new TestHost(new TestHostOptions { Database = database, Settings = { ["Authentication:CredentialCacheSeconds"] = "0" } });
        using var anonymous = host.CreateAnonymousClient();
        using var superUser = host.CreateSuperUserClient();
        Assert.That((await anonymous.GetAsync("/api/ping")).StatusCode, Is.EqualTo(200));

        await SqliteFolder.DeleteAsync(database);

        var signIn = await anonymous.PostAsync("/api/auth/credentials", new { userName = host.SuperUserEmail, password = host.SuperUserPassword });
        var withKey = await superUser.GetAsync("/api/sites");

        ApiAssert.IsError(signIn, HttpStatusCode.ServiceUnavailable, "ServiceUnavailable");
        ApiAssert.IsError(withKey, HttpStatusCode.ServiceUnavailable, "ServiceUnavailable");
        Assert.That(signIn.Body + withKey.Body, Does.Not.Contain("SQLite").IgnoreCase);
    }

    [Test]
    public async Task Ping_does_not_look_up_the_key_it_is_sent_while_authenticate_does()
    {
        using var database = TestDatabase.CreateSqlite();
        await using var host = new TestHost(new TestHostOptions { Database = database, Settings = { ["Authentication:CredentialCacheSeconds"] = "0" } });
        using var superUser = host.CreateSuperUserClient();
        Assert.That((await superUser.GetAsync("/api/auth")).StatusCode, Is.EqualTo(200));

        await SqliteFolder.DeleteAsync(database);

        // As a ServiceStack service without [Authenticate]: the key is not resolved, so the store being down does not matter.
        Assert.That((await superUser.GetAsync("/api/ping")).StatusCode, Is.EqualTo(200));
        ApiAssert.IsError(await superUser.GetAsync("/api/auth"), HttpStatusCode.ServiceUnavailable, "ServiceUnavailable");
    }
}
