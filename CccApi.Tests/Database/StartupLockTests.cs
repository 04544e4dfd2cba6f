using CccApi.ServiceInterface.Data;
using CccApi.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace CccApi.Tests.Database;

/// <summary>The start-up lock of the run's provider (a lock file for SQLite, an advisory lock for PostgreSQL) admits one holder at a time.</summary>
[Parallelizable(ParallelScope.Self)] // a host of its own
public sealed class StartupLockTests
{
    [Test]
    public async Task A_second_holder_waits_until_the_first_releases_the_start_up_lock()
    {
        await using var host = new TestHost();
        var startupLock = host.Services.GetRequiredService<IDatabaseStartupLock>();

        var first = await startupLock.AcquireAsync(CancellationToken.None);
        var second = startupLock.AcquireAsync(CancellationToken.None);
        await Task.Delay(TimeSpan.FromMilliseconds(500));
        Assert.That(second.IsCompleted, Is.False, "the second holder waits");

        await first.DisposeAsync();
        var handle = await second.WaitAsync(TimeSpan.FromSeconds(10));
        await handle.DisposeAsync();
    }
}
