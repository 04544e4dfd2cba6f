using System.Net;
using CccApi.Tests.Infrastructure;

namespace CccApi.Tests.Auth;

/// <summary>Requests beyond a credential's limit for the window are 429 with a responseStatus and Retry-After.</summary>
public sealed class RateLimitTests
{
    [Test]
    public async Task A_key_beyond_its_limit_is_429_while_another_key_goes_on()
    {
        await using var host = new TestHost(new TestHostOptions
        {
            Settings =
            {
                ["ServiceHost:RateLimit:PermitLimitPerCredential"] = "3",
                ["ServiceHost:RateLimit:WindowSeconds"] = "60",
            },
        });
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
    public async Task An_address_beyond_its_limit_is_429_whatever_it_sends()
    {
        await using var host = new TestHost(new TestHostOptions { Settings = { ["ServiceHost:RateLimit:PermitLimitPerAddress"] = "2" } });
        using var anonymous = host.CreateAnonymousClient();

        Assert.That((await anonymous.GetAsync("/api/ping")).StatusCode, Is.EqualTo(200));
        Assert.That((await anonymous.PostAsync("/api/auth/credentials", new { userName = host.SuperUserEmail, password = "wrong" })).StatusCode, Is.EqualTo(401));
        var refused = await anonymous.PostAsync("/api/auth/credentials", new { userName = host.SuperUserEmail, password = "wrong again" });

        ApiAssert.IsError(refused, HttpStatusCode.TooManyRequests, "TooManyRequests");
    }
}
