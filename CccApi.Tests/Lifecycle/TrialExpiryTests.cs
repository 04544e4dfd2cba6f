using CccApi.ServiceInterface.Data;
using CccApi.ServiceInterface.Rules;
using CccApi.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using static CccApi.Tests.Lifecycle.StatusHistory;

namespace CccApi.Tests.Lifecycle;

/// <summary>A trial ends by itself: on a host whose clock is a <see cref="FakeTimeProvider"/> the test moves on, so no test waits a month.</summary>
[Parallelizable(ParallelScope.Self)] // a host of its own
public sealed class TrialExpiryTests
{
    internal static TestHost HostWithClock(FakeTimeProvider clock, TestDatabase? database = null) => new(new TestHostOptions
    {
        Database = database,
        ConfigureServices = services => services.AddSingleton<TimeProvider>(clock),
    });

    internal static async Task<int> RunExpiryAsync(TestHost host)
    {
        await using var scope = host.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<TrialExpiry>().RunAsync(default);
    }

    /// <summary>Until <paramref name="done"/> holds, for at most 10 s of real time (the worker runs beside the test).</summary>
    internal static async Task UntilAsync(Func<Task<bool>> done, string what)
    {
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (!await done())
        {
            if (DateTime.UtcNow > deadline) Assert.Fail($"Not within 10 s: {what}");
            await Task.Delay(50);
        }
    }

    [Test]
    public async Task A_trial_whose_end_has_passed_becomes_TrialExpired_recorded_as_changed_by_the_system()
    {
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        await using var host = HostWithClock(clock);
        using var superUser = host.CreateSuperUserClient();
        var given = new Scenario(superUser);
        var trial = await given.ServiceUnderPartnerAsync();
        var paid = await given.ServiceAsync(trial.Reseller);
        ApiAssert.IsOk(await ChangeAsync(superUser, paid, "CertifiedSecure"));

        clock.Advance(TimeSpan.FromDays(30) - TimeSpan.FromMinutes(1));
        Assert.That(await RunExpiryAsync(host), Is.Zero, "a minute before its end the trial runs on");
        clock.Advance(TimeSpan.FromMinutes(2)); // the worker's timer fires

        await UntilAsync(async () => (await superUser.GetAsync($"/api/services/{trial.Service:N}")).Text("status") == "TrialExpired",
            "the worker ended the trial");
        var changes = await OfServiceAsync(superUser, trial.Service);
        Assert.That(Statuses(changes), Is.EqualTo(new[] { "TrialActive", "TrialExpired" }));
        using (Assert.EnterMultipleScope())
        {
            Assert.That(changes[1]!["changedByUserGuid"], Is.Null, "changed by the system");
            Assert.That(DateTime.Parse(changes[1].Str("changedOn")!, null, System.Globalization.DateTimeStyles.AdjustToUniversal),
                Is.EqualTo(clock.GetUtcNow().UtcDateTime).Within(TimeSpan.FromSeconds(1)));
            Assert.That((await superUser.GetAsync($"/api/services/{paid:N}")).Text("status"), Is.EqualTo("CertifiedSecure"));
            // Created and changed at one instant of the fake clock: the order of the two is not defined.
            Assert.That(Statuses(await OfServiceAsync(superUser, paid)), Is.EquivalentTo(new[] { "TrialActive", "CertifiedSecure" }));
            Assert.That(await RunExpiryAsync(host), Is.Zero, "nothing is ended twice");
        }
    }

    [Test]
    public async Task The_trials_one_run_ends_share_its_OperationGuid()
    {
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        await using var host = HostWithClock(clock);
        using var superUser = host.CreateSuperUserClient();
        var given = new Scenario(superUser);
        var first = await given.ServiceUnderPartnerAsync();
        var second = await given.ServiceAsync(first.Reseller);

        clock.Advance(TimeSpan.FromDays(31));
        await UntilAsync(async () => (await superUser.GetAsync($"/api/services/{second:N}")).Text("status") == "TrialExpired", "both ended");

        var ended = (await OfServiceAsync(superUser, first.Service)).Concat(await OfServiceAsync(superUser, second))
            .Where(c => c.Str("status") == "TrialExpired").ToList();
        Assert.That(ended, Has.Count.EqualTo(2));
        Assert.That(ended.Select(c => c.Str("operationGuid")).Distinct().Count(), Is.EqualTo(1));
    }

    [Test]
    public void The_check_interval_must_end_trials_within_a_minute()
    {
        var options = new TestHostOptions();
        options.Settings["Lifecycle:TrialCheckSeconds"] = "61";
        var host = new TestHost(options);

        var failure = Assert.Catch(() => host.CreateSuperUserClient().Dispose());
        Assert.That(failure!.ToString(), Does.Contain("Lifecycle:TrialCheckSeconds"));
    }
}
