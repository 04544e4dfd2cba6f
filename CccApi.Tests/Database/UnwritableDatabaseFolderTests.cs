using CccApi.Tests.Infrastructure;

namespace CccApi.Tests.Database;

/// <summary>
/// A SQLite Data Source in a folder the host cannot write stops the host at start-up, at once, with one line
/// naming the database and the cause and a non-zero exit: before, the host waited five silent minutes for
/// its start-up lock (on a read-only file system) or crashed with a stack trace (exit 134).
/// </summary>
[Parallelizable(ParallelScope.Self)] // child processes of its own
public sealed class UnwritableDatabaseFolderTests
{
    /// <summary>Far below the five minutes the host used to wait: a bound for a slow machine, not a measurement.</summary>
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(60);

    [Test]
    public async Task A_new_database_in_a_read_only_folder_stops_the_host_with_one_line()
    {
        await using var folder = ReadOnlyFolder.Create();
        await folder.MakeReadOnlyAsync();
        var file = Path.Combine(folder.Path, "cccapi.db");

        var run = await StartAsync(file);

        AssertStoppedWithOneLine(run, file, "cannot create files in its folder " + folder.Path);
    }

    [Test]
    public async Task An_existing_database_whose_folder_turned_read_only_stops_the_host_with_one_line()
    {
        await using var folder = ReadOnlyFolder.Create();
        var file = Path.Combine(folder.Path, "cccapi.db");
        using var database = TestDatabase.CreateSqlite();
        var (migrated, output) = await ChildHost.RunAsync(database, Bound, "migrate", $"--Database:ConnectionString=Data Source={file}");
        Assert.That(migrated, Is.Zero, output);
        await folder.MakeReadOnlyAsync();

        var run = await StartAsync(file);

        AssertStoppedWithOneLine(run, file, "unable to open database file");
    }

    /// <summary>sysfs takes no new file from anyone, root included: a folder that exists but cannot be written, wherever the tests run as whom.</summary>
    [Test]
    public async Task A_database_on_a_file_system_that_takes_no_new_files_stops_the_host_with_one_line()
    {
        const string folder = "/sys/kernel";
        if (!Directory.Exists(folder)) Assert.Ignore($"{folder} is Linux's sysfs; this system has none.");
        var file = Path.Combine(folder, $"cccapi-{Guid.NewGuid():N}.db");

        var run = await StartAsync(file);

        AssertStoppedWithOneLine(run, file, "cannot create files in its folder " + folder);
    }

    private static async Task<ChildHost> StartAsync(string file)
    {
        using var database = TestDatabase.CreateSqlite();
        return await ChildHost.RunToExitAsync(database, Bound, $"--Database:ConnectionString=Data Source={file}");
    }

    private static void AssertStoppedWithOneLine(ChildHost run, string file, string cause)
    {
        using (Assert.EnterMultipleScope())
        {
            Assert.That(run.ExitCode, Is.EqualTo(1), run.Output);
            var errorLines = run.StandardError.Split('\n', StringSplitOptions.RemoveEmptyEntries);
            Assert.That(errorLines, Has.Length.EqualTo(1), run.Output);
            Assert.That(run.StandardError, Does.Contain(file).And.Contain(cause), run.Output);
            Assert.That(run.Output, Does.Not.Contain("Unhandled exception").And.Not.Contain("   at "), "no stack trace");
            Assert.That(run.StandardOutput, Does.Not.Contain("fail:"), "EF logs no error of its own for the same failure");
        }
    }
}
