using CccApi.Tests.Infrastructure;

namespace CccApi.Tests.Identity;

/// <summary>An identity provider's secret and certificates reach neither the logs nor any response, accepted or refused.</summary>
[Parallelizable(ParallelScope.Self)] // a host of its own
public sealed class IdentitySecretLoggingTests
{
    [Test]
    public async Task A_providers_secret_and_certificate_are_not_logged_or_echoed()
    {
        await using var host = new TestHost(new TestHostOptions { Environment = "Development" });
        using var superUser = host.CreateSuperUserClient();
        var secret = "oidc-secret-" + Guid.NewGuid().ToString("N");
        var certificate = "cert-material-" + Guid.NewGuid().ToString("N");
        var provider = new
        {
            name = "Logged?", typeGuid = IdentityWorld.Saml2, loginUrl = "https://idp.example.org/sso", certificateId = certificate, secretId = secret,
        };

        var created = await superUser.PostAsync("/api/idp", provider);
        var tooLongSecret = await superUser.PostAsync("/api/idp", new { provider.name, provider.typeGuid, provider.loginUrl, provider.certificateId, secretId = secret + new string('s', 1100) });
        var tooLongCertificate = await superUser.PostAsync("/api/idp", new { provider.name, provider.typeGuid, provider.loginUrl, certificateId = certificate + new string('c', 17000) });
        var read = await superUser.GetAsync($"/api/idp/{created.Guid("idProviderGuid"):N}");

        using (Assert.EnterMultipleScope())
        {
            Assert.That((created.StatusCode, tooLongSecret.StatusCode, tooLongCertificate.StatusCode, read.StatusCode), Is.EqualTo((200, 400, 400, 200)));
            Assert.That(host.Logs.Lines, Is.Not.Empty);
            foreach (var value in new[] { secret, certificate })
            {
                Assert.That(host.Logs.AllText, Does.Not.Contain(value));
                Assert.That(created.Body + tooLongSecret.Body + tooLongCertificate.Body + read.Body, Does.Not.Contain(value));
            }
        }
    }
}
