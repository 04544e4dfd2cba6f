using System.Net;
using CccApi.Tests.Infrastructure;

namespace CccApi.Tests.Auth;

/// <summary>
/// Two hosts on one database: with a zero bound, a session ended on one stops working on the other at
/// once (the bound passing is tested in <see cref="TimeDependentCredentialTests"/>).
/// </summary>
[Parallelizable(ParallelScope.Self)] // a host of its own
public sealed class CredentialCacheTests
{
    [Test]
    public async Task With_a_zero_bound_a_session_ended_on_another_host_ends_at_once()
    {
        using var database = TestDatabase.CreateDefault();
        await using var first = new TestHost(new TestHostOptions { Database = database, Settings = { ["Authentication:CredentialCacheSeconds"] = "0" } });
        await using var second = new TestHost(new TestHostOptions { Database = database });
        using var anonymous = second.CreateAnonymousClient();
        var sessionId = (await anonymous.PostAsync("/api/auth/credentials", new { userName = second.SuperUserEmail, password = second.SuperUserPassword })).Text("sessionId");
        using var onFirst = first.CreateAnonymousClient();
        onFirst.Http.DefaultRequestHeaders.Add("X-ss-id", sessionId);
        using var onSecond = second.CreateAnonymousClient();
        onSecond.Http.DefaultRequestHeaders.Add("X-ss-id", sessionId);
        Assert.That((await onFirst.GetAsync("/api/sites")).StatusCode, Is.EqualTo(200));

        ApiAssert.IsOk(await onSecond.PostAsync("/api/auth/logout"));

        ApiAssert.IsError(await onFirst.GetAsync("/api/sites"), HttpStatusCode.Unauthorized, "Unauthorized");
    }
}
