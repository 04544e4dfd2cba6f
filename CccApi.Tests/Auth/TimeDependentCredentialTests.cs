using System.Net;
using CccApi.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace CccApi.Tests.Auth;

/// <summary>
/// What changes as time passes (key expiry, the credential cache's bound, session lifetime, the rate-limit
/// window, sign-in's windows per address and per account and address), on hosts whose clock is a <see cref="FakeTimeProvider"/> the test moves on: no test waits.
/// </summary>
[Parallelizable(ParallelScope.Self)] // a host of its own
public sealed class TimeDependentCredentialTests
{
    private static TestHost HostWithClock(FakeTimeProvider clock, TestDatabase? database = null, params (string Key, string Value)[] settings)
    {
        var options = new TestHostOptions
        {
            Database = database,
            ConfigureServices = services => services.AddSingleton<TimeProvider>(clock),
        };
        foreach (var (key, value) in settings) options.Settings[key] = value;
        return new TestHost(options);
    }

    private static FakeTimeProvider ClockAtNow() => new(DateTimeOffset.UtcNow);

    [Test]
    public async Task An_expired_key_is_401_even_when_it_was_cached_before()
    {
        var clock = ClockAtNow();
        await using var host = HostWithClock(clock, settings: ("Authentication:CredentialCacheSeconds", "3600"));
        using var admin = host.CreateClient(host.SuperUserApiKey);
        var created = await admin.PostAsync("/api/apikeys", new { name = "short", expiresOn = clock.GetUtcNow().UtcDateTime.AddMinutes(10) });
        using var holder = host.CreateClient(created.Text("key"));
        Assert.That((await holder.GetAsync("/api/sites")).StatusCode, Is.EqualTo(200));

        clock.Advance(TimeSpan.FromMinutes(9));
        Assert.That((await holder.GetAsync("/api/sites")).StatusCode, Is.EqualTo(200));
        clock.Advance(TimeSpan.FromMinutes(2));

        ApiAssert.IsError(await holder.GetAsync("/api/sites"), HttpStatusCode.Unauthorized, "Unauthorized");
    }

    [Test]
    public async Task A_revocation_on_another_host_takes_effect_once_the_cache_bound_has_passed()
    {
        using var database = TestDatabase.CreateDefault();
        var clock = ClockAtNow();
        await using var first = HostWithClock(clock, database, ("Authentication:CredentialCacheSeconds", "30"));
        await using var second = new TestHost(new TestHostOptions { Database = database });
        using var admin = second.CreateClient(second.SuperUserApiKey);
        var created = await admin.PostAsync("/api/apikeys", new { name = "shared" });
        using var holder = first.CreateClient(created.Text("key"));
        Assert.That((await holder.GetAsync("/api/sites")).StatusCode, Is.EqualTo(200));

        ApiAssert.IsOk(await admin.DeleteAsync($"/api/apikeys/{created.Guid("apiKeyGuid"):N}"));
        clock.Advance(TimeSpan.FromSeconds(29));
        Assert.That((await holder.GetAsync("/api/sites")).StatusCode, Is.EqualTo(200), "still cached on the first host");
        clock.Advance(TimeSpan.FromSeconds(2));

        ApiAssert.IsError(await holder.GetAsync("/api/sites"), HttpStatusCode.Unauthorized, "Unauthorized");
    }

    [TestCase(false, 12)]
    [TestCase(true, 14 * 24)]
    public async Task A_session_ends_when_its_lifetime_has_passed(bool rememberMe, int lifetimeHours)
    {
        var clock = ClockAtNow();
        await using var host = HostWithClock(clock, settings: ("Authentication:CredentialCacheSeconds", "0"));
        using var anonymous = host.CreateAnonymousClient();
        var sessionId = (await anonymous.PostAsync("/api/auth/credentials",
            new { userName = host.SuperUserEmail, password = host.SuperUserPassword, rememberMe })).Text("sessionId");
        using var caller = host.CreateAnonymousClient();
        caller.Http.DefaultRequestHeaders.Add("X-ss-id", sessionId);

        clock.Advance(TimeSpan.FromHours(lifetimeHours) - TimeSpan.FromMinutes(1));
        Assert.That((await caller.GetAsync("/api/sites")).StatusCode, Is.EqualTo(200));
        clock.Advance(TimeSpan.FromMinutes(2));

        ApiAssert.IsError(await caller.GetAsync("/api/sites"), HttpStatusCode.Unauthorized, "Unauthorized");
    }

    [Test]
    public async Task A_caller_over_the_rate_limit_is_served_again_in_the_next_window()
    {
        var clock = ClockAtNow();
        await using var host = HostWithClock(clock, settings: [("ServiceHost:RateLimit:PermitLimitPerCaller", "3"), ("ServiceHost:RateLimit:WindowSeconds", "60")]);
        using var caller = host.CreateClient(host.SuperUserApiKey);
        for (var i = 0; i < 3; i++) Assert.That((await caller.GetAsync("/api/sites")).StatusCode, Is.EqualTo(200));

        ApiAssert.IsError(await caller.GetAsync("/api/sites"), (HttpStatusCode)429, "TooManyRequests");
        clock.Advance(TimeSpan.FromSeconds(61));

        Assert.That((await caller.GetAsync("/api/sites")).StatusCode, Is.EqualTo(200));
    }

    [Test]
    public async Task An_address_over_its_sign_in_limit_may_sign_in_again_a_minute_later()
    {
        var clock = ClockAtNow();
        await using var host = HostWithClock(clock, settings: ("Authentication:SignInLimitPerAddress", "2"));
        using var anonymous = host.CreateAnonymousClient();
        var credentials = new { userName = host.SuperUserEmail, password = host.SuperUserPassword };
        for (var i = 0; i < 2; i++) ApiAssert.IsOk(await anonymous.PostAsync("/api/auth/credentials", credentials));

        clock.Advance(TimeSpan.FromSeconds(59));
        var refused = await anonymous.PostAsync("/api/auth/credentials", credentials);
        ApiAssert.IsError(refused, (HttpStatusCode)429, "TooManyRequests");
        Assert.That(refused.Headers.RetryAfter?.Delta, Is.EqualTo(TimeSpan.FromSeconds(1)), "the rest of the minute");
        clock.Advance(TimeSpan.FromSeconds(1));

        ApiAssert.IsOk(await anonymous.PostAsync("/api/auth/credentials", credentials));
    }

    [Test]
    public async Task An_account_locked_out_by_failed_sign_ins_may_sign_in_again_once_the_failure_window_has_passed()
    {
        var clock = ClockAtNow();
        await using var host = HostWithClock(clock, settings: [("Authentication:SignInFailureLimitPerAccountAndAddress", "2"), ("Authentication:SignInFailureWindowMinutes", "15")]);
        using var anonymous = host.CreateAnonymousClient();
        for (var i = 0; i < 2; i++)
            Assert.That((await anonymous.PostAsync("/api/auth/credentials", new { userName = host.SuperUserEmail, password = "wrong-" + i })).StatusCode, Is.EqualTo(401));
        var credentials = new { userName = host.SuperUserEmail, password = host.SuperUserPassword };

        clock.Advance(TimeSpan.FromMinutes(14));
        ApiAssert.IsError(await anonymous.PostAsync("/api/auth/credentials", credentials), (HttpStatusCode)429, "TooManyRequests");
        clock.Advance(TimeSpan.FromMinutes(1));

        ApiAssert.IsOk(await anonymous.PostAsync("/api/auth/credentials", credentials));
    }
}
