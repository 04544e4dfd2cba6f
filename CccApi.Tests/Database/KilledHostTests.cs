using System.Collections.Concurrent;
using System.Net;
using CccApi.ServiceInterface.Data;
using CccApi.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CccApi.Tests.Database;

/// <summary>A CccApi.Host process killed with SIGKILL in the middle of a load leaves no half-written service.</summary>
[Category(PostgreSqlOnly.Category)]
[NonParallelizable] // it kills a host process
public sealed class KilledHostTests
{
    [SetUp]
    public void RequirePostgreSql() => PostgreSqlOnly.Require();

    [Test]
    public async Task Simultaneous_CreateService_load_on_a_host_killed_with_SIGKILL_leaves_no_half_written_service()
    {
        using var database = TestDatabase.CreateDefault();
        var acknowledged = new ConcurrentBag<Guid>();
        Guid reseller;
        await using (var child = ChildHost.Start(database))
        {
            await child.WaitUntilReadyAsync(TimeSpan.FromSeconds(60));
            using var client = child.CreateClient();
            reseller = (await new Scenario(client).ResellerWithCollectionAsync()).Reseller;

            using var stop = new CancellationTokenSource();
            var load = SimultaneousCalls.RunAsync(8, async _ =>
            {
                while (!stop.IsCancellationRequested)
                {
                    try
                    {
                        var result = await client.PostAsync("/api/services", new
                        {
                            primaryDomain = Scenario.UniqueDomain(),
                            resellerGuid = reseller,
                            contactInfo = new { name = "Kim Contact", email = "kim@example.com", phoneNumber = "+1 555 0100" },
                            systemUser = new { email = "admin@example.com", firstName = "Sys", lastName = "User", password = "S3cret-pass!" },
                        });
                        if (result.Status == HttpStatusCode.OK) acknowledged.Add(result.Guid("serviceGuid"));
                    }
                    catch (HttpRequestException)
                    {
                        return 0; // the host is gone
                    }
                }
                return 0;
            });

            var deadline = DateTime.UtcNow.AddSeconds(30);
            while (acknowledged.Count < 10 && DateTime.UtcNow < deadline && !load.IsCompleted)
                await Task.Delay(20);
            child.Kill();
            await stop.CancelAsync();
            await load;
        }

        Assert.That(acknowledged, Is.Not.Empty, "the load wrote services before the kill");
        await using var reader = new TestHost(new TestHostOptions { Database = database });
        await using var scope = reader.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CccDbContext>();
        var services = await db.Services.Where(s => s.ResellerId == reseller)
            .Select(s => new { s.Id, HasCompany = s.Company != null, HasContact = s.Contact != null, SystemUsers = s.Users.Count(u => u.IsSystemUser) })
            .ToListAsync();

        Assert.That(services.Select(s => s.Id), Is.SupersetOf(acknowledged), "every acknowledged CreateService is kept");
        Assert.That(services.Where(s => !s.HasCompany || !s.HasContact || s.SystemUsers != 1).Select(s => s.Id), Is.Empty,
            "no service row without its company, contact and system-user rows");
    }
}
