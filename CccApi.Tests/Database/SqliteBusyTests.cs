using System.Diagnostics;
using System.Net;
using CccApi.Tests.Infrastructure;
using Microsoft.Data.Sqlite;

namespace CccApi.Tests.Database;

/// <summary>
/// SQLite's form of an unavailable database: another process holds the write lock longer than the
/// configured command timeout (plus SQLite's 5-second busy wait) lets a request wait.
/// </summary>
[Parallelizable(ParallelScope.Self)] // a host of its own
public sealed class SqliteBusyTests
{
    [Test]
    public async Task A_database_file_locked_by_another_writer_answers_503_after_the_busy_timeout_then_recovers()
    {
        using var database = TestDatabase.CreateSqlite();
        var shortTimeout = new Dictionary<string, string> { ["Database:CommandTimeoutSeconds"] = "3" };
        await using var host = new TestHost(new TestHostOptions { Database = database, Settings = shortTimeout });
        using var client = host.CreateClient();
        Assert.That((await client.PostAsync("/api/partners", new { name = Scenario.Unique("Before ") })).Status, Is.EqualTo(HttpStatusCode.OK));

        await using (var writer = new SqliteConnection(database.ConnectionString + ";Pooling=False"))
        {
            await writer.OpenAsync();
            await using (var begin = writer.CreateCommand())
            {
                begin.CommandText = "BEGIN EXCLUSIVE;";
                await begin.ExecuteNonQueryAsync();
            }

            var watch = Stopwatch.StartNew();
            var busy = await client.PostAsync("/api/partners", new { name = Scenario.Unique("During ") });
            Assert.That(watch.Elapsed, Is.LessThan(TimeSpan.FromSeconds(20)));
            ApiAssert.IsError(busy, HttpStatusCode.ServiceUnavailable, "ServiceUnavailable");
        }

        Assert.That((await client.PostAsync("/api/partners", new { name = Scenario.Unique("After ") })).Status, Is.EqualTo(HttpStatusCode.OK));
    }
}
