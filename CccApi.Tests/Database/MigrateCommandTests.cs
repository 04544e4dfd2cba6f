using System.Data.Common;
using System.Net;
using System.Text.RegularExpressions;
using CccApi.Tests.Infrastructure;

namespace CccApi.Tests.Database;

/// <summary>`CccApi.Host migrate` applies the migrations and exits; a host with Database:MigrateOnStartup false relies on it.</summary>
[Parallelizable(ParallelScope.Self)] // hosts and child processes on databases of their own
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

    [Test]
    public async Task Migrate_and_start_up_say_which_database_and_what_they_applied_without_an_error_line()
    {
        using var database = TestDatabase.CreateDefault();
        var described = DescriptionOf(database);

        var (firstExit, first) = await ChildHost.RunAsync(database, TimeSpan.FromSeconds(120), "migrate");
        Assert.That(firstExit, Is.Zero, first);
        Assert.That(first, Does.Match($@"{Regex.Escape(described)}: applied [1-9][0-9]* migration\(s\): [0-9]+_InitialCreate, "), first);

        var (secondExit, second) = await ChildHost.RunAsync(database, TimeSpan.FromSeconds(120), "migrate");
        Assert.That(secondExit, Is.Zero, second);
        Assert.That(second, Does.Contain($"{described}: already up to date."));

        await using var serving = ChildHost.Start(database);
        await serving.WaitUntilReadyAsync(TimeSpan.FromSeconds(90));
        Assert.That(serving.Output, Does.Contain($"{described}: already up to date."));

        foreach (var output in new[] { first, second, serving.Output })
        {
            // A fresh PostgreSQL database's first look at the history table once logged a failed SELECT.
            Assert.That(output, Does.Not.Contain("fail:").And.Not.Contain("Password").And.Not.Contain("Exception"), output);
        }
    }

    /// <summary>What the host should call the test database: the SQLite file, or the database and its server.</summary>
    private static string DescriptionOf(TestDatabase database)
    {
        var settings = new DbConnectionStringBuilder { ConnectionString = database.ConnectionString };
        return database.Provider == "Sqlite"
            ? $"SQLite database {Path.GetFullPath((string)settings["Data Source"])}"
            : $"PostgreSQL database '{settings["Database"]}' on {settings["Host"]}:{settings["Port"]}";
    }
}
