using System.Net;
using CccApi.ServiceInterface.Data;
using CccApi.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CccApi.Tests.Database;

/// <summary>Database:Sqlite's read settings reach every connection the host opens, and bad values stop the start.</summary>
[Parallelizable(ParallelScope.Self)] // hosts of their own
public sealed class SqliteReadSettingsTests
{
    [Test]
    public async Task The_connections_map_the_file_and_size_their_page_cache_as_configured()
    {
        using var database = TestDatabase.CreateSqlite();
        var settings = new Dictionary<string, string>
        {
            ["Database:Sqlite:MemoryMapBytes"] = "1048576",
            ["Database:Sqlite:CacheSizeKibibytes"] = "4096",
        };
        await using var host = new TestHost(new TestHostOptions { Database = database, Settings = settings });
        using var client = host.CreateClient();
        Assert.That((await client.PostAsync("/api/partners", new { name = Scenario.Unique("Mapped ") })).Status, Is.EqualTo(HttpStatusCode.OK));

        Assert.That(await PragmaAsync(host, "mmap_size"), Is.EqualTo(1048576));
        Assert.That(await PragmaAsync(host, "cache_size"), Is.EqualTo(-4096));
    }

    [Test]
    public async Task By_default_connections_keep_sqlites_defaults_no_memory_map_and_its_page_cache()
    {
        using var database = TestDatabase.CreateSqlite();
        await using var host = new TestHost(new TestHostOptions { Database = database });

        Assert.That(await PragmaAsync(host, "mmap_size"), Is.Zero);
        Assert.That(await PragmaAsync(host, "cache_size"), Is.EqualTo(-2000));
    }

    [Test]
    public async Task A_large_memory_map_is_capped_at_sqlites_compiled_in_limit()
    {
        using var database = TestDatabase.CreateSqlite();
        var settings = new Dictionary<string, string> { ["Database:Sqlite:MemoryMapBytes"] = (4L * 1024 * 1024 * 1024).ToString(System.Globalization.CultureInfo.InvariantCulture) };
        await using var host = new TestHost(new TestHostOptions { Database = database, Settings = settings });

        // Microsoft.Data.Sqlite's build sets the limit just under 2 GiB.
        Assert.That(await PragmaAsync(host, "mmap_size"), Is.InRange(2_000_000_000L, 2L * 1024 * 1024 * 1024));
    }

    [TestCase("MemoryMapBytes", "-1")]
    [TestCase("CacheSizeKibibytes", "-5")]
    public void A_negative_setting_stops_the_start_naming_it(string setting, string value)
    {
        using var database = TestDatabase.CreateSqlite();
        var settings = new Dictionary<string, string> { ["Database:Sqlite:" + setting] = value };
        var failure = Assert.CatchAsync(async () =>
        {
            await using var host = new TestHost(new TestHostOptions { Database = database, Settings = settings });
            using var client = host.CreateClient();
        });
        Assert.That(failure!.ToString(), Does.Contain("Database:Sqlite:" + setting));
    }

    private static async Task<long> PragmaAsync(TestHost host, string pragma)
    {
        await using var scope = host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CccDbContext>();
        await db.Database.OpenConnectionAsync();
        try
        {
            await using var command = db.Database.GetDbConnection().CreateCommand();
            command.CommandText = $"PRAGMA {pragma};";
            return Convert.ToInt64(await command.ExecuteScalarAsync());
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }
}
