using System.Net;
using System.Net.Sockets;
using CccApi.Tests.Infrastructure;

namespace CccApi.Tests.Hosting;

/// <summary>The host's entry point as a new user meets it: `dotnet CccApi.Host.dll` with arguments, in a child process.</summary>
[Parallelizable(ParallelScope.Self)] // child processes on databases of their own
public sealed class HostCommandLineTests
{
    private static readonly TimeSpan ExitTimeout = TimeSpan.FromSeconds(90);

    private TestDatabase _database = null!;

    [SetUp]
    public void CreateDatabase() => _database = TestDatabase.CreateDefault();

    [TearDown]
    public void DropDatabase() => _database.Dispose();

    [TestCase("help")]
    [TestCase("--help")]
    [TestCase("-h")]
    public async Task Help_lists_the_commands_with_their_options_and_exits_0(string argument)
    {
        await using var run = await ChildHost.RunToExitAsync(_database, ExitTimeout, argument);

        Assert.That(run.ExitCode, Is.Zero, run.Output);
        Assert.That(run.StandardOutput, Does.Contain("migrate").And.Contain("admin create-superuser --email <address> [--password <password>]")
            .And.Contain("--urls").And.Contain("--<Section>:<Key>=<value>"));
        Assert.That(run.StandardError, Is.Empty);
    }

    [TestCase("serve")]
    [TestCase("migrat")]
    [TestCase("-x")]
    [TestCase("Urls=http://127.0.0.1:1")]
    public async Task An_unknown_first_argument_is_answered_with_the_commands_and_exit_code_2_instead_of_serving(string argument)
    {
        // Serving would not exit by itself: RunToExitAsync would time out.
        await using var run = await ChildHost.RunToExitAsync(_database, ExitTimeout, argument);

        Assert.That(run.ExitCode, Is.EqualTo(2), run.Output);
        Assert.That(run.StandardError, Does.StartWith($"Unknown command '{argument}'.").And.Contain("admin create-superuser").And.Contain("--urls"));
        Assert.That(run.StandardOutput, Is.Empty, "nothing started, so nothing logged");
    }

    [Test]
    public async Task Urls_and_setting_overrides_on_the_command_line_still_configure_serving()
    {
        var port = ChildHost.FreePort();
        var address = new Uri($"http://127.0.0.1:{port}");
        await using var host = ChildHost.Start(_database, "--urls", address.ToString(), "--ServiceHost:ServiceName=Configured From The Command Line");

        await host.WaitUntilReadyAsync(TimeSpan.FromSeconds(90), address);

        using var http = new HttpClient { BaseAddress = address };
        Assert.That(await http.GetStringAsync("/api/metadata"), Does.Contain("Configured From The Command Line"));
    }

    [Test]
    public async Task An_address_in_use_is_one_line_naming_it_and_the_setting_with_a_failing_exit_code()
    {
        using var holder = new TcpListener(IPAddress.Loopback, 0);
        holder.Start();
        var address = $"http://127.0.0.1:{((IPEndPoint)holder.LocalEndpoint).Port}";

        await using var run = await ChildHost.RunToExitAsync(_database, ExitTimeout, "--urls", address);

        Assert.That(run.ExitCode, Is.EqualTo(1), run.Output);
        var errorLines = run.StandardError.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.That(errorLines, Has.Length.EqualTo(1), run.StandardError);
        Assert.That(errorLines[0], Does.Contain(address).And.Contain("address already in use").And.Contain("--urls").And.Contain("Urls setting"));
        Assert.That(run.Output, Does.Not.Contain("   at ").And.Not.Contain("Exception").And.Not.Contain("fail:"), "no stack trace, no error log entry");
    }

    [Test]
    public async Task Create_superuser_prints_the_key_on_standard_output()
    {
        await using var run = await ChildHost.RunToExitAsync(_database, ExitTimeout,
            "admin", "create-superuser", "--email", "first@child.tests.invalid", "--password", "First-pass-1");

        Assert.That(run.ExitCode, Is.Zero, run.Output);
        Assert.That(run.StandardOutput, Does.Match(@"API key: cccak_\S+"));
        Assert.That(run.StandardError, Is.Empty);
    }

    [Test]
    public async Task Create_superuser_for_a_taken_email_writes_why_to_standard_error_and_exits_non_zero()
    {
        // Every child host bootstraps this SuperUser before the command runs.
        await using var run = await ChildHost.RunToExitAsync(_database, ExitTimeout,
            "admin", "create-superuser", "--email", "SuperUser@child.tests.invalid");

        Assert.That(run.ExitCode, Is.EqualTo(1), run.Output);
        Assert.That(run.StandardError, Does.Contain("superuser@child.tests.invalid exists already; nothing was created."));
        Assert.That(run.StandardOutput, Does.Not.Contain("API key:"));
    }

    [TestCase("not-an-address", "Long-enough-1", "--email")]
    [TestCase("short@child.tests.invalid", "short", "--password")]
    public async Task Create_superuser_refuses_what_the_API_would_refuse(string email, string password, string named)
    {
        await using var run = await ChildHost.RunToExitAsync(_database, ExitTimeout, "admin", "create-superuser", "--email", email, "--password", password);

        Assert.That(run.ExitCode, Is.EqualTo(2), run.Output);
        Assert.That(run.StandardError, Does.StartWith(named + ":"));
        Assert.That(run.StandardOutput, Does.Not.Contain("API key:"));
    }
}
