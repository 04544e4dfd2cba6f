using CccApi.ServiceInterface.Data;
using CccApi.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using static CccApi.Tests.Lifecycle.TrialExpiryTests;

namespace CccApi.Tests.Lifecycle;

/// <summary>
/// Two hosts on one PostgreSQL database end the same trials at once (both workers on one clock, and more runs
/// of the expiry beside them): each service is changed, and recorded, exactly once.
/// </summary>
[Category(PostgreSqlOnly.Category)]
[Parallelizable(ParallelScope.Self)] // hosts and a database of its own
public sealed class TwoHostTrialExpiryTests
{
    private const int Services = 60;

    [SetUp]
    public void RequirePostgreSql() => PostgreSqlOnly.Require();

    [Test]
    public async Task Two_hosts_ending_the_same_trials_at_once_change_and_record_each_service_once()
    {
        using var database = TestDatabase.CreateDefault();
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        await using var first = HostWithClock(clock, database);
        await using var second = HostWithClock(clock, database);
        using var superUser = first.CreateSuperUserClient();
        using var warmUp = second.CreateSuperUserClient();
        ApiAssert.IsOk(await warmUp.GetAsync("/api/sites"));
        var given = new Scenario(superUser);
        var setup = await given.ServiceUnderPartnerAsync();
        for (var i = 1; i < Services; i++) await given.ServiceAsync(setup.Reseller);

        // The trials end now, without the clock moving, so that the workers stay asleep until the direct runs have
        // started: eight of them race, four on each host, and the clock moved a moment later adds both workers.
        ApiAssert.IsOk(await warmUp.GetAsync($"/api/services/{setup.Service:N}"));
        await CountAsync(first, db => db.Services.Where(s => s.ResellerId == setup.Reseller)
            .ExecuteUpdateAsync(set => set.SetProperty(s => s.TrialEndDate, clock.GetUtcNow().UtcDateTime.AddSeconds(-1))));
        var direct = Task.WhenAll(Enumerable.Range(0, 8).Select(i => Task.Run(() => RunExpiryAsync(i % 2 == 0 ? first : second))));
        clock.Advance(TimeSpan.FromDays(31));
        var runs = await direct;

        await UntilAsync(async () => await CountAsync(first, db => db.Services.CountAsync(s => s.ResellerId == setup.Reseller
            && s.Status == ServiceModel.ServiceStatus.TrialExpired)) == Services, "every trial ended");
        var expiredRows = await CountAsync(first, db => db.ServiceStatusChanges.CountAsync(c => c.ResellerId == setup.Reseller
            && c.ToStatus == ServiceModel.ServiceStatus.TrialExpired));
        var perService = await CountAsync(first, db => db.ServiceStatusChanges
            .Where(c => c.ResellerId == setup.Reseller && c.ToStatus == ServiceModel.ServiceStatus.TrialExpired)
            .GroupBy(c => c.ServiceId).CountAsync(g => g.Count() != 1));
        TestContext.Out.WriteLine($"the direct runs ended {string.Join(", ", runs)}; the workers the rest");
        using (Assert.EnterMultipleScope())
        {
            Assert.That(expiredRows, Is.EqualTo(Services));
            Assert.That(perService, Is.Zero, "a service recorded more than once");
            Assert.That(runs.Sum(), Is.LessThanOrEqualTo(Services));
        }
    }

    private static async Task<int> CountAsync(TestHost host, Func<CccDbContext, Task<int>> count)
    {
        await using var scope = host.Services.CreateAsyncScope();
        return await count(scope.ServiceProvider.GetRequiredService<CccDbContext>());
    }
}
