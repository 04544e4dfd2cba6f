using System.Net;
using CccApi.Tests.Infrastructure;

namespace CccApi.Tests.Auth;

/// <summary>
/// Requests beyond a caller's or an address's limit for the window are 429 with a responseStatus and
/// Retry-After; a caller's keys share its limit.
/// </summary>
[Parallelizable(ParallelScope.Self)] // a host of its own
public sealed class RateLimitTests
{
    [Test]
    public async Task A_caller_beyond_its_limit_is_429_while_another_caller_goes_on()
    {
        await using var host = LimitedPerCaller(3);
        using var limited = host.CreateSuperUserClient();
        var other = await host.CreateAdminApiKeyAsync(ServiceInterface.Data.Entities.AdminUserType.SuperUser, null);
        using var otherClient = host.CreateClient(other);

        for (var i = 0; i < 3; i++)
            Assert.That((await limited.GetAsync("/api/sites")).StatusCode, Is.EqualTo(200));
        var refused = await limited.GetAsync("/api/sites");

        ApiAssert.IsError(refused, HttpStatusCode.TooManyRequests, "TooManyRequests");
        Assert.That(refused.Headers.RetryAfter?.Delta, Is.Not.Null.And.GreaterThan(TimeSpan.Zero));
        Assert.That((await otherClient.GetAsync("/api/sites")).StatusCode, Is.EqualTo(200));
    }

    [Test]
    public async Task A_second_key_of_the_same_caller_buys_no_more_requests()
    {
        await using var host = LimitedPerCaller(3);
        using var first = host.CreateSuperUserClient();
        var created = await first.PostAsync("/api/apikeys", new { name = "second key" });
        ApiAssert.IsOk(created);
        using var second = host.CreateClient(created.Json["key"]!.GetValue<string>());

        Assert.That((await first.GetAsync("/api/sites")).StatusCode, Is.EqualTo(200));
        Assert.That((await second.GetAsync("/api/sites")).StatusCode, Is.EqualTo(200));

        ApiAssert.IsError(await second.GetAsync("/api/sites"), HttpStatusCode.TooManyRequests, "TooManyRequests");
        ApiAssert.IsError(await first.GetAsync("/api/sites"), HttpStatusCode.TooManyRequests, "TooManyRequests");
    }

    [Test]
    public async Task An_invalid_key_is_401_whatever_the_caller_limit_and_counts_only_against_its_address()
    {
        await using var host = LimitedPerCaller(1);
        using var invalid = host.CreateClient("cccak_not-a-key");

        for (var i = 0; i < 3; i++)
            ApiAssert.IsError(await invalid.GetAsync("/api/sites"), HttpStatusCode.Unauthorized, "Unauthorized");
    }

    [Test]
    public async Task An_address_beyond_its_limit_is_429_whatever_it_sends()
    {
        await using var host = new TestHost(new TestHostOptions { Settings = { ["ServiceHost:RateLimit:PermitLimitPerAddress"] = "2" } });
        using var anonymous = host.CreateAnonymousClient();

        Assert.That((await anonymous.GetAsync("/api/ping")).StatusCode, Is.EqualTo(200));
        Assert.That((await anonymous.PostAsync("/api/auth/credentials", new { userName = host.SuperUserEmail, password = "wrong" })).StatusCode, Is.EqualTo(401));
        var refused = await anonymous.PostAsync("/api/auth/credentials", new { userName = host.SuperUserEmail, password = "wrong again" });

        ApiAssert.IsError(refused, HttpStatusCode.TooManyRequests, "TooManyRequests");
    }

    private static TestHost LimitedPerCaller(int permits) => new(new TestHostOptions
    {
        Settings =
        {
            ["ServiceHost:RateLimit:PermitLimitPerCaller"] = permits.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["ServiceHost:RateLimit:WindowSeconds"] = "60",
        },
    });
}
