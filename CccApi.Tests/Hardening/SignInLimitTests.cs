using System.Net;
using CccApi.ServiceInterface.Auth;
using CccApi.ServiceInterface.Data;
using CccApi.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CccApi.Tests.Hardening;

/// <summary>
/// Password hashing is bounded (503 with Retry-After beyond Authentication:MaxConcurrentPasswordChecks),
/// sign-in has its own limits per address and per account and address (429), and refused sign-ins
/// are logged with account, address and reason, never the password.
/// </summary>
[Parallelizable(ParallelScope.Self)] // a host of its own
public sealed class SignInLimitTests
{
    [Test]
    public async Task With_every_password_check_slot_taken_a_sign_in_or_a_new_system_user_is_503_with_retry_after()
    {
        await using var host = new TestHost(new TestHostOptions { Settings = { ["Authentication:MaxConcurrentPasswordChecks"] = "2" } });
        using var superUser = host.CreateSuperUserClient();
        using var anonymous = host.CreateAnonymousClient();
        var setup = await new Scenario(superUser).ResellerWithCollectionAsync();
        var limiter = host.Services.GetRequiredService<PasswordCheckLimiter>();
        var domain = Scenario.UniqueDomain();

        ApiResult signIn, createService;
        using (limiter.Enter())
        using (limiter.Enter())
        {
            signIn = await anonymous.PostAsync("/api/auth/credentials", new { userName = host.SuperUserEmail, password = host.SuperUserPassword });
            createService = await superUser.PostAsync("/api/services",
                new { primaryDomain = domain, resellerGuid = setup.Reseller, systemUser = new { email = "it@" + domain, password = "S3cret-pass" } });
        }

        foreach (var refused in new[] { signIn, createService })
        {
            ApiAssert.IsError(refused, HttpStatusCode.ServiceUnavailable, "ServiceUnavailable");
            Assert.That(refused.Headers.RetryAfter?.Delta, Is.EqualTo(TimeSpan.FromSeconds(1)));
        }
        ApiAssert.IsOk(await anonymous.PostAsync("/api/auth/credentials", new { userName = host.SuperUserEmail, password = host.SuperUserPassword }));
        await using var scope = host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CccDbContext>();
        Assert.That(await db.Services.CountAsync(s => s.PrimaryDomain == domain), Is.Zero, "the refused CreateService wrote nothing");
    }

    [Test]
    public async Task An_address_beyond_its_sign_in_limit_is_429()
    {
        await using var host = new TestHost(new TestHostOptions { Settings = { ["Authentication:SignInLimitPerAddress"] = "3" } });
        using var anonymous = host.CreateAnonymousClient();

        for (var i = 0; i < 3; i++)
            Assert.That((await anonymous.PostAsync("/api/auth/credentials", new { userName = host.SuperUserEmail, password = "wrong-" + i })).StatusCode, Is.EqualTo(401));
        var refused = await anonymous.PostAsync("/api/auth/credentials", new { userName = host.SuperUserEmail, password = host.SuperUserPassword });

        ApiAssert.IsError(refused, HttpStatusCode.TooManyRequests, "TooManyRequests");
        Assert.That(refused.Headers.RetryAfter?.Delta, Is.Not.Null.And.GreaterThan(TimeSpan.Zero));
    }

    [Test]
    public async Task Failures_lock_an_account_out_from_the_attackers_address_only_and_are_logged_without_the_password()
    {
        await using var host = new TestHost(new TestHostOptions
        {
            ListenOnLoopback = true,
            Settings = { ["Authentication:SignInFailureLimitPerAccountAndAddress"] = "2" },
        });
        using var attacker = new ApiClient(LoopbackClients.From(host, IPAddress.Loopback));
        using var owner = new ApiClient(LoopbackClients.From(host, IPAddress.Parse("127.0.0.2")));
        const string guessed = "guessed-password-123";

        for (var i = 0; i < 2; i++)
            Assert.That((await attacker.PostAsync("/api/auth/credentials", new { userName = host.SuperUserEmail, password = guessed })).StatusCode, Is.EqualTo(401));
        var lockedOut = await attacker.PostAsync("/api/auth/credentials", new { userName = host.SuperUserEmail, password = host.SuperUserPassword });
        var ownerElsewhere = await owner.PostAsync("/api/auth/credentials", new { userName = host.SuperUserEmail, password = host.SuperUserPassword });
        var otherAccount = await attacker.PostAsync("/api/auth/credentials", new { userName = "nobody@tests.invalid", password = guessed });

        ApiAssert.IsError(lockedOut, HttpStatusCode.TooManyRequests, "TooManyRequests");
        ApiAssert.IsOk(ownerElsewhere);
        Assert.That(otherAccount.StatusCode, Is.EqualTo(401), "another account from the same address is not locked");
        var refusals = host.Logs.Lines.Where(l => l.Contains("Sign-in refused", StringComparison.Ordinal)).ToList();
        Assert.That(refusals, Has.Some.Contains($"for {host.SuperUserEmail} from 127.0.0.1: 401 wrong password"));
        Assert.That(refusals, Has.Some.Contains($"for {host.SuperUserEmail} from 127.0.0.1: 429"));
        Assert.That(refusals, Has.Some.Contains("for nobody@tests.invalid from 127.0.0.1: 401 unknown account"));
        Assert.That(host.Logs.AllText, Does.Not.Contain(guessed).And.Not.Contain(host.SuperUserPassword));
    }
}
