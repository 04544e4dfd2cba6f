using CccApi.Tests.Infrastructure;
using CccApi.Tests.Metadata;

namespace CccApi.Tests.Hosting;

/// <summary>
/// The README's "A first session" block, run by bash as a reader would paste it, against a host on a
/// fresh database; `dotnet run --project CccApi.Host --` is the built host, and the address the
/// block names is the test host's.
/// </summary>
[Parallelizable(ParallelScope.Self)] // a child process on a database of its own
public sealed class ReadmeFirstSessionTests
{
    private const string ReadmeAddress = "http://127.0.0.1:5000";

    [Test]
    public async Task The_first_session_works_on_a_fresh_database_and_stops_with_a_message_when_no_key_comes_back()
    {
        var bash = ExternalTool.Require("bash");
        ExternalTool.Require("curl");
        using var database = TestDatabase.CreateDefault();
        await using var host = ChildHost.Start(database);
        await host.WaitUntilReadyAsync(TimeSpan.FromSeconds(90));
        var script = HostShim + FirstSessionBlock().Replace(ReadmeAddress, host.BaseAddress.ToString().TrimEnd('/'), StringComparison.Ordinal);
        var environment = database.Settings.ToDictionary(s => s.Key.Replace(":", "__", StringComparison.Ordinal), s => s.Value);
        environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        environment["CCCAPI_HOST_DLL"] = Path.Combine(AppContext.BaseDirectory, "CccApi.Host.dll");

        var (firstExit, firstOutput, firstError) = await ExternalTool.RunAsync(bash, ["-c", script], AppContext.BaseDirectory, TimeSpan.FromMinutes(3), environment);

        Assert.That(firstExit, Is.Zero, firstOutput + firstError);
        Assert.That(firstOutput, Does.Contain("\"serviceGuid\"").And.Contain("\"Pro users\"").And.Contain("HTTP/1.1 400"), firstOutput);
        Assert.That(firstOutput, Does.Not.Contain("Unauthorized").And.Not.Contain("HTTP/1.1 5"), firstOutput);

        // Again on the same database: admin@example.com is taken, so no key comes back.
        var (secondExit, secondOutput, secondError) = await ExternalTool.RunAsync(bash, ["-c", script], AppContext.BaseDirectory, TimeSpan.FromMinutes(3), environment);

        Assert.That(secondExit, Is.Not.Zero);
        Assert.That(secondError, Does.Contain("admin@example.com exists already").And.Contain("No API key was printed"));
        Assert.That(secondOutput, Is.Empty, "no request was sent without a key");
    }

    /// <summary>`dotnet run --project CccApi.Host -- ARGS` runs the built host with ARGS; any other use of dotnet fails the block.</summary>
    private const string HostShim = """
        dotnet() {
          if [ "$1 $2 $3 $4" != "run --project CccApi.Host --" ]; then echo "unexpected: dotnet $*" >&2; return 99; fi
          shift 4
          command dotnet "$CCCAPI_HOST_DLL" "$@"
        }

        """;

    private static string FirstSessionBlock()
    {
        var readme = File.ReadAllText(Path.Combine(RepositoryFiles.Root, "README.md"));
        var section = readme[readme.IndexOf("## A first session", StringComparison.Ordinal)..];
        var start = section.IndexOf("```sh\n", StringComparison.Ordinal) + "```sh\n".Length;
        return section[start..section.IndexOf("\n```", start, StringComparison.Ordinal)] + "\n";
    }
}
