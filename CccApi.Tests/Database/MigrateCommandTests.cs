using System.Net;
using CccApi.Tests.Infrastructure;

namespace CccApi.Tests.Database;

/// <summary>`CccApi.Host migrate` applies the migrations and exits; a host with Database:MigrateOnStartup false relies on it.</summary>
public sealed class MigrateCommandTests
{
    private static readonly Dictionary<string, string> NoMigrationAtStartup = new() { ["Database:MigrateOnStartup"] = "false" };

    [Test]
    public async Task The_migrate_command_brings_an_empty_database_up_to_date_and_exits()
    {
        using var database = TestDatabase.CreateDefault();
        await using (var before = new TestHost(new TestHostOptions { Database = database, Settings = NoMigrationAtStartup }))
        {
            using var client = before.CreateClient();
            Assert.That((await client.PostAsync("/api/partners", new { name = Scenario.Unique("Partner ") })).Status,
                Is.Not.EqualTo(HttpStatusCode.OK), "without migrations there are no tables yet");
        }

        var (exitCode, output) = await ChildHost.RunAsync(database, TimeSpan.FromSeconds(120), "migrate");
        Assert.That(exitCode, Is.Zero, output);

        await using var after = new TestHost(new TestHostOptions { Database = database, Settings = NoMigrationAtStartup });
        using var reader = after.CreateClient();
        Assert.That((await reader.PostAsync("/api/partners", new { name = Scenario.Unique("Partner ") })).Status, Is.EqualTo(HttpStatusCode.OK));
    }
}
