using System.Text.RegularExpressions;
using CccApi.Host.CommandLine;
using CccApi.ServiceInterface.Auth;
using CccApi.Tests.Infrastructure;

namespace CccApi.Tests.Auth;

/// <summary><c>admin create-superuser</c> prints a SuperUser's key that works, and its password when it made one up.</summary>
public sealed partial class AdminCommandTests
{
    private static TestHost Host => SharedHost.Host;

    [Test]
    public async Task Create_superuser_prints_a_working_key_and_the_generated_password()
    {
        var email = $"root-{Guid.NewGuid():N}@tests.invalid";
        using var output = new StringWriter();

        var exitCode = await AdminCommandLine.RunAsync(["admin", "create-superuser", "--email", email], Host.Services, output, output);

        Assert.That(exitCode, Is.Zero, output.ToString());
        var key = KeyLine().Match(output.ToString()).Groups[1].Value;
        var password = PasswordLine().Match(output.ToString()).Groups[1].Value;
        using var client = Host.CreateClient(key);
        ApiAssert.IsOk(await client.PostAsync("/api/partners", new { name = Scenario.Unique("Partner ") }));
        using var anonymous = Host.CreateAnonymousClient();
        ApiAssert.IsOk(await anonymous.PostAsync("/api/auth/credentials", new { userName = email, password }));
    }

    [Test]
    public async Task A_given_password_is_not_printed()
    {
        var email = $"root-{Guid.NewGuid():N}@tests.invalid";
        const string password = "Given-Password-123";
        using var output = new StringWriter();

        var exitCode = await AdminCommandLine.RunAsync(["admin", "create-superuser", "--email", email, "--password", password], Host.Services, output, output);

        Assert.That(exitCode, Is.Zero);
        Assert.That(output.ToString(), Does.Not.Contain(password).And.Not.Contain("Password:"));
        using var anonymous = Host.CreateAnonymousClient();
        ApiAssert.IsOk(await anonymous.PostAsync("/api/auth/credentials", new { userName = email, password }));
    }

    [Test]
    public async Task An_existing_email_or_a_missing_one_fails_without_creating_anything()
    {
        using var output = new StringWriter();
        using var error = new StringWriter();

        Assert.That(await AdminCommandLine.RunAsync(["admin", "create-superuser", "--email", Host.SuperUserEmail], Host.Services, output, error), Is.EqualTo(1));
        Assert.That(await AdminCommandLine.RunAsync(["admin", "create-superuser"], Host.Services, output, error), Is.EqualTo(2));
        Assert.That(output.ToString(), Is.Empty);
        Assert.That(error.ToString(), Does.Contain("exists already").And.Contain(AdminCommandLine.Usage));
    }

    [Test]
    public async Task A_fresh_host_without_admin_users_logs_how_to_get_one()
    {
        await using var fresh = new TestHost(new TestHostOptions { Settings = { [BootstrapSuperUser.EmailKey] = "" } });
        using var anonymous = fresh.CreateAnonymousClient();

        Assert.That((await anonymous.GetAsync("/api/ping")).StatusCode, Is.EqualTo(200));
        Assert.That(fresh.Logs.AllText, Does.Contain("There is no admin user yet").And.Contain("admin create-superuser --email"));
    }

    [Test]
    public void The_bootstrap_settings_create_the_superuser_on_start()
    {
        Assert.That(Host.Logs.AllText, Does.Contain($"The bootstrap SuperUser {Host.SuperUserEmail} is ready."));
    }

    [GeneratedRegex(@"API key: (\S+)")]
    private static partial Regex KeyLine();

    [GeneratedRegex(@"Password: (\S+)")]
    private static partial Regex PasswordLine();
}
