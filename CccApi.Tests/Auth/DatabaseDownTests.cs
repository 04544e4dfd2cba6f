using System.Net;
using CccApi.Tests.Infrastructure;
using Microsoft.Data.Sqlite;

namespace CccApi.Tests.Auth;

/// <summary>A database that is down while a caller is identified gives 503, not 401.</summary>
public sealed class DatabaseDownTests
{
    [Test]
    public async Task Sign_in_and_key_resolution_are_503_while_the_database_is_unreachable()
    {
        await using var host = new TestHost(new TestHostOptions { Settings = { ["Authentication:CredentialCacheSeconds"] = "0" } });
        using var anonymous = host.CreateAnonymousClient();
        using var superUser = host.CreateSuperUserClient();
        Assert.That((await anonymous.GetAsync("/api/ping")).StatusCode, Is.EqualTo(200));

        SqliteConnection.ClearAllPools();
        Directory.Delete(Path.GetDirectoryName(host.Database.FilePath)!, recursive: true);

        var signIn = await anonymous.PostAsync("/api/auth/credentials", new { userName = host.SuperUserEmail, password = host.SuperUserPassword });
        var withKey = await superUser.GetAsync("/api/sites");

        ApiAssert.IsError(signIn, HttpStatusCode.ServiceUnavailable, "ServiceUnavailable");
        ApiAssert.IsError(withKey, HttpStatusCode.ServiceUnavailable, "ServiceUnavailable");
        Assert.That(signIn.Body + withKey.Body, Does.Not.Contain("SQLite").IgnoreCase);
    }
}
