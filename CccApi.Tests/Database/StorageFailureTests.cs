using System.Net;
using CccApi.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;

namespace CccApi.Tests.Database;

/// <summary>
/// The database's storage fills up (SQLite) or turns read-only (SQLite, PostgreSQL) under a running host (simulated per connection, see
/// <see cref="StorageConditions"/>): writes answer 507 or 503 with a responseStatus and one log line each,
/// reads go on, readiness says Degraded, and everything works again once the storage does, without a restart.
/// </summary>
[Parallelizable(ParallelScope.Self)] // a host of its own
public sealed class StorageFailureTests
{
    private const int MaxWritesToFillAPage = 200;

    [Test]
    public async Task A_full_storage_answers_507_and_degrades_readiness_until_a_write_succeeds_again()
    {
        var storage = new StorageConditions();
        using var database = TestDatabase.CreateSqlite();
        await using var host = new TestHost(new TestHostOptions { Database = database, ConfigureServices = services => services.AddSingleton<IInterceptor>(storage) });
        using var client = host.CreateClient();
        ApiAssert.IsOk(await client.PostAsync("/api/partners", new { name = Scenario.Unique("Before ") }));
        Assert.That((await client.GetAsync("/api/health/ready")).Json["checks"]!["database"]!.Str("status"), Is.EqualTo("Healthy"));

        storage.Condition = SimulatedStorage.Full;
        var logLinesBefore = host.Logs.Lines.Count;
        var full = await WriteUntilRefusedAsync(client);

        ApiAssert.IsError(full, (HttpStatusCode)507, "InsufficientStorage");
        ApiAssert.HasMessage(full, "The database is out of storage space, so nothing was saved. Try again once space has been freed.");
        Assert.That(full.ResponseStatus?["stackTrace"], Is.Null);
        Assert.That(full.Body, Does.Not.Contain("SQLite").And.Not.Contain("DbUpdateException"));
        var warnings = host.Logs.Lines.Skip(logLinesBefore).Where(IsWarningOrWorse).ToList();
        Assert.That(warnings, Has.Count.EqualTo(1), string.Join("\n", warnings));
        Assert.That(warnings[0], Does.Contain("507").And.Contain("database or disk is full").And.Not.Contain("   at "), "one line naming the cause, no stack trace");
        Assert.That((await client.GetAsync("/api/sites")).Status, Is.EqualTo(HttpStatusCode.OK), "reads go on");

        var degraded = await client.GetAsync("/api/health/ready");
        Assert.That(degraded.Status, Is.EqualTo(HttpStatusCode.OK), "reads still work, so the host stays in rotation");
        Assert.That(degraded.Text("status"), Is.EqualTo("Degraded"), degraded.ToString());
        Assert.That(degraded.Json["checks"]!["database"]!.Str("description"), Does.Contain("out of storage space"));

        storage.Condition = SimulatedStorage.Normal;
        ApiAssert.IsOk(await client.PostAsync("/api/partners", new { name = Scenario.Unique("After ") }));
        var recovered = await client.GetAsync("/api/health/ready");
        Assert.That(recovered.Json["checks"]!["database"]!.Str("status"), Is.EqualTo("Healthy"), recovered.ToString());
        Assert.That(host.Logs.AllText, Does.Contain("Database writes succeed again"));
    }

    /// <summary>On the run's provider: SQLite's SQLITE_READONLY, or PostgreSQL's 25006 (a server turned read-only standby).</summary>
    [Test]
    public async Task A_read_only_storage_answers_503_and_degrades_readiness_until_a_write_succeeds_again()
    {
        var storage = new StorageConditions();
        using var database = TestDatabase.CreateDefault();
        await using var host = new TestHost(new TestHostOptions { Database = database, ConfigureServices = services => services.AddSingleton<IInterceptor>(storage) });
        using var client = host.CreateClient();
        ApiAssert.IsOk(await client.PostAsync("/api/partners", new { name = Scenario.Unique("Before ") }));

        storage.Condition = SimulatedStorage.ReadOnly;
        var logLinesBefore = host.Logs.Lines.Count;
        var readOnly = await client.PostAsync("/api/partners", new { name = Scenario.Unique("During ") });

        ApiAssert.IsError(readOnly, HttpStatusCode.ServiceUnavailable, "ServiceUnavailable");
        ApiAssert.HasMessage(readOnly, "The database's storage cannot be written right now, so nothing was saved. Try again shortly.");
        Assert.That(readOnly.ResponseStatus?["stackTrace"], Is.Null);
        var warnings = host.Logs.Lines.Skip(logLinesBefore).Where(IsWarningOrWorse).ToList();
        Assert.That(warnings, Has.Count.EqualTo(1), string.Join("\n", warnings));
        Assert.That(warnings[0], Does.Contain("attempt to write a readonly database").Or.Contain("read-only transaction"));
        Assert.That(warnings[0], Does.Not.Contain("   at "), "one line naming the cause, no stack trace");
        Assert.That((await client.GetAsync("/api/sites")).Status, Is.EqualTo(HttpStatusCode.OK), "reads go on");
        var degraded = await client.GetAsync("/api/health/ready");
        Assert.That(degraded.Text("status"), Is.EqualTo("Degraded"), degraded.ToString());
        Assert.That(degraded.Json["checks"]!["database"]!.Str("description"), Does.Contain("read-only or failing"));

        storage.Condition = SimulatedStorage.Normal;
        ApiAssert.IsOk(await client.PostAsync("/api/partners", new { name = Scenario.Unique("After ") }));
        Assert.That((await client.GetAsync("/api/health/ready")).Json["checks"]!["database"]!.Str("status"), Is.EqualTo("Healthy"));
    }

    /// <summary>
    /// Rows go into free space of the pages the file has until one needs a new page; SQLite then fails with
    /// SQLITE_FULL. Long names fill a page within a few dozen rows.
    /// </summary>
    private static async Task<ApiResult> WriteUntilRefusedAsync(ApiClient client)
    {
        for (var i = 0; i < MaxWritesToFillAPage; i++)
        {
            var result = await client.PostAsync("/api/partners", new { name = Scenario.Unique("Filling ") + new string('x', 80) });
            if (result.Status != HttpStatusCode.OK) return result;
        }
        Assert.Fail($"{MaxWritesToFillAPage} partners were written to a database that may not grow.");
        throw new InvalidOperationException("unreachable");
    }

    private static bool IsWarningOrWorse(string line) =>
        line.StartsWith("Warning", StringComparison.Ordinal) || line.StartsWith("Error", StringComparison.Ordinal) || line.StartsWith("Critical", StringComparison.Ordinal);
}
