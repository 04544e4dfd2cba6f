using CccApi.Tests.Infrastructure;

namespace CccApi.Tests.Auth;

/// <summary>Passwords, API keys and session ids never reach the logs, nor any response but the one that creates them.</summary>
[Parallelizable(ParallelScope.Self)] // a host of its own
public sealed class SecretLoggingTests
{
    [Test]
    public async Task Secrets_used_in_requests_are_not_in_the_captured_logs()
    {
        await using var host = new TestHost(new TestHostOptions { Environment = "Development" });
        using var superUser = host.CreateSuperUserClient();
        using var anonymous = host.CreateAnonymousClient();

        var signIn = await anonymous.PostAsync("/api/auth/credentials", new { userName = host.SuperUserEmail, password = host.SuperUserPassword });
        var failed = await anonymous.PostAsync("/api/auth/credentials", new { userName = host.SuperUserEmail, password = host.SuperUserPassword + "-wrong" });
        var created = await superUser.PostAsync("/api/apikeys", new { name = "secret scan" });
        var key = created.Text("key");
        using var holder = host.CreateClient(key);
        var used = await holder.GetAsync("/api/sites");
        var listed = await superUser.GetAsync("/api/apikeys");
        var sessionId = signIn.Text("sessionId");
        var partner = await new Scenario(superUser).PartnerAsync();
        var adminPassword = "admin-user-secret-" + Guid.NewGuid().ToString("N");
        var adminEmail = $"{Guid.NewGuid():N}@tests.invalid";
        var createdUser = await superUser.PostAsync($"/api/partners/{partner:N}/users", new { emailAddress = adminEmail, password = adminPassword });
        var tooLong = await superUser.PostAsync($"/api/partners/{partner:N}/users", new { emailAddress = adminEmail, password = adminPassword + new string('x', 128) });
        var adminSignIn = await anonymous.PostAsync("/api/auth/credentials", new { userName = adminEmail, password = adminPassword, rememberMe = true });
        var listedUsers = await superUser.GetAsync($"/api/partners/{partner:N}/users");

        Assert.Multiple(() =>
        {
            Assert.That(failed.StatusCode, Is.EqualTo(401));
            Assert.That(used.StatusCode, Is.EqualTo(200));
            Assert.That(createdUser.StatusCode, Is.EqualTo(200));
            Assert.That(tooLong.StatusCode, Is.EqualTo(400));
            Assert.That(adminSignIn.StatusCode, Is.EqualTo(200));
            Assert.That(host.Logs.AllText, Does.Not.Contain(adminPassword));
            Assert.That(createdUser.Body + tooLong.Body + adminSignIn.Body + listedUsers.Body, Does.Not.Contain(adminPassword));
            Assert.That(host.Logs.Lines, Is.Not.Empty);
            foreach (var secret in new[] { host.SuperUserPassword, host.SuperUserApiKey, key, sessionId })
            {
                Assert.That(host.Logs.AllText, Does.Not.Contain(secret));
                Assert.That(listed.Body + failed.Body + used.Body + signIn.Body.Replace(sessionId, "", StringComparison.Ordinal), Does.Not.Contain(secret));
            }
        });
    }
}
