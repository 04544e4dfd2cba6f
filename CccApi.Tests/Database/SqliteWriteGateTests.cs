using System.Net;
using System.Net.Http.Json;
using CccApi.ServiceInterface.Data;
using CccApi.ServiceInterface.Data.Sqlite;
using CccApi.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CccApi.Tests.Database;

/// <summary>
/// SQLite writers queue at the host's write gate instead of in SQLite's busy handler. Whatever way a
/// write ends (committed, rolled back after a lost race, or abandoned by a caller that went away), the
/// gate is given back: a gate kept would make every later write wait out the busy timeout.
/// </summary>
[Parallelizable(ParallelScope.Self)] // hosts of their own
public sealed class SqliteWriteGateTests
{
    [Test]
    public async Task Concurrent_writes_and_a_lost_race_all_complete_and_leave_the_gate_free()
    {
        using var database = TestDatabase.CreateSqlite();
        await using var host = new TestHost(new TestHostOptions { Database = database });
        using var client = host.CreateClient();
        var setup = await new Scenario(client).ResellerWithCollectionAsync();
        var service = await new Scenario(client).ServiceAsync(setup.Reseller);
        var serviceCode = Scenario.Unique("race");

        var skus = SimultaneousCalls.RunAsync(40, i => client.PostAsync($"/api/services/{service:N}/skus", new { name = $"Sku {i}" }));
        var services = SimultaneousCalls.RunAsync(20, _ => client.PostAsync("/api/services",
            new { primaryDomain = Scenario.UniqueDomain(), resellerGuid = setup.Reseller, serviceCode }));

        Assert.That((await skus).Select(r => r.Status), Has.All.EqualTo(HttpStatusCode.OK));
        var raced = await services;
        Assert.That(raced.Count(r => r.Status == HttpStatusCode.OK), Is.EqualTo(1));
        Assert.That(raced.Count(r => r.Status == HttpStatusCode.Conflict), Is.EqualTo(19));
        Assert.That(host.Services.GetRequiredService<SqliteWriteGate>().IsFree, Is.True);
        await using var scope = host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CccDbContext>();
        Assert.That(await db.ServiceSkus.CountAsync(s => s.ServiceId == service), Is.EqualTo(40));
    }

    [Test]
    public async Task Writes_whose_callers_go_away_mid_request_give_the_gate_back()
    {
        using var database = TestDatabase.CreateSqlite();
        await using var host = new TestHost(new TestHostOptions { Database = database, ListenOnLoopback = true });
        using var client = host.CreateClient();
        var setup = await new Scenario(client).ResellerWithCollectionAsync();
        var service = await new Scenario(client).ServiceAsync(setup.Reseller);

        // Callers that give up after 0 to 15 ms, while their writes are queued, running or committing.
        await SimultaneousCalls.RunAsync(60, async i =>
        {
            using var abandon = new CancellationTokenSource(TimeSpan.FromMilliseconds(i % 16));
            var path = i % 3 == 0 ? "/api/services" : $"/api/services/{service:N}/skus";
            object body = i % 3 == 0 ? new { primaryDomain = Scenario.UniqueDomain(), resellerGuid = setup.Reseller } : new { name = $"Sku {i}" };
            try
            {
                using var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = JsonContent.Create(body) };
                using var response = await client.Http.SendAsync(request, abandon.Token);
            }
            catch (OperationCanceledException)
            {
            }
            return i;
        });

        var gate = host.Services.GetRequiredService<SqliteWriteGate>();
        // The server finishes (or abandons) the requests after their callers left.
        for (var waited = 0; !gate.IsFree && waited < 100; waited++) await Task.Delay(50);
        Assert.That(gate.IsFree, Is.True, "a write abandoned by its caller kept the gate");
        Assert.That((await client.PostAsync($"/api/services/{service:N}/skus", new { name = "After" })).Status, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(gate.IsFree, Is.True);
    }

    [Test]
    public async Task A_transaction_left_uncommitted_by_a_cancelled_query_gives_the_gate_back_when_its_scope_ends()
    {
        using var database = TestDatabase.CreateSqlite();
        await using var host = new TestHost(new TestHostOptions { Database = database });
        var gate = host.Services.GetRequiredService<SqliteWriteGate>();

        await using (var scope = host.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<CccDbContext>();
            await using var transaction = await db.Database.BeginTransactionAsync();
            Assert.That(gate.IsFree, Is.False, "a write transaction holds the gate");
            using var cancelled = new CancellationTokenSource();
            await cancelled.CancelAsync();
            Assert.That(async () => await db.Services.CountAsync(cancelled.Token), Throws.InstanceOf<OperationCanceledException>());
        }

        Assert.That(gate.IsFree, Is.True);
        using var client = host.CreateClient();
        Assert.That((await client.PostAsync("/api/partners", new { name = Scenario.Unique("After ") })).Status, Is.EqualTo(HttpStatusCode.OK));
    }

    [Test]
    public async Task A_transaction_on_a_connection_kept_open_gives_the_gate_back_when_it_commits_or_rolls_back()
    {
        using var database = TestDatabase.CreateSqlite();
        await using var host = new TestHost(new TestHostOptions { Database = database });
        var gate = host.Services.GetRequiredService<SqliteWriteGate>();
        await using var scope = host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CccDbContext>();
        await db.Database.OpenConnectionAsync();

        await using (var committed = await db.Database.BeginTransactionAsync())
        {
            Assert.That(gate.IsFree, Is.False);
            await committed.CommitAsync();
        }
        Assert.That(gate.IsFree, Is.True, "after COMMIT");

        await using (var rolledBack = await db.Database.BeginTransactionAsync())
        {
            Assert.That(gate.IsFree, Is.False);
            await rolledBack.RollbackAsync();
        }
        Assert.That(gate.IsFree, Is.True, "after ROLLBACK");
    }
}
