using System.Data.Common;
using System.Net;
using CccApi.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;

namespace CccApi.Tests.Database;

/// <summary>
/// A request opens its connection once, however many commands it runs, and gives it back when it ends:
/// CreateServiceSku into a bundle reads the Service with its Sku count (a raw command), checks the bundle (an EF
/// query), then inserts the Sku (a raw command), on the same open connection. Raw commands pass no EF command
/// interceptor, so only the bundle check is counted as a command; the opens count all three.
/// Runs on whichever provider the run targets.
/// </summary>
[Parallelizable(ParallelScope.Self)] // a host of its own
public sealed class RequestConnectionTests
{
    [Test]
    public async Task CreateServiceSku_runs_its_commands_on_one_connection_opened_once_per_request()
    {
        var counter = new ConnectionCounter();
        await using var host = new TestHost(new TestHostOptions { ConfigureServices = services => services.AddSingleton<IInterceptor>(counter) });
        using var client = host.CreateSuperUserClient();
        var given = new Scenario(client);
        var setup = await given.ServiceUnderPartnerAsync();
        var bundle = await given.AssignBundleAsync(setup.Service, await given.SkuBundleAsync(setup.Partner));
        await given.ServiceSkuAsync(setup.Service); // the caller's key is looked up (and cached) here

        for (var request = 1; request <= 2; request++)
        {
            counter.Reset();
            var created = await client.PostAsync($"/api/services/{setup.Service:N}/skus", new { name = Scenario.Unique("Sku "), serviceSkuBundleGuid = bundle });

            Assert.That(created.Status, Is.EqualTo(HttpStatusCode.OK), created.ToString());
            Assert.That(counter.Commands, Is.GreaterThanOrEqualTo(1), "the bundle check, between the two raw commands");
            Assert.That(counter.Opens, Is.EqualTo(1), $"request {request}: one open for {counter.Commands} commands");
        }
    }

    private sealed class ConnectionCounter : DbConnectionInterceptor, IDbCommandInterceptor
    {
        private int _opens;
        private int _commands;

        public int Opens => Volatile.Read(ref _opens);

        public int Commands => Volatile.Read(ref _commands);

        public void Reset()
        {
            Interlocked.Exchange(ref _opens, 0);
            Interlocked.Exchange(ref _commands, 0);
        }

        public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData) => Interlocked.Increment(ref _opens);

        public override Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
        {
            Interlocked.Increment(ref _opens);
            return Task.CompletedTask;
        }

        public DbCommand CommandInitialized(CommandEndEventData eventData, DbCommand result)
        {
            Interlocked.Increment(ref _commands);
            return result;
        }
    }
}
