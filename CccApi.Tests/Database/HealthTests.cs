using System.Net;
using CccApi.Tests.Infrastructure;

namespace CccApi.Tests.Database;

public sealed class HealthTests : ApiTest
{
    [Test]
    public async Task Liveness_answers_200_without_checking_any_dependency()
    {
        var result = await Client.GetAsync("/api/health/live");

        Assert.That(result.Status, Is.EqualTo(HttpStatusCode.OK), result.ToString());
        Assert.That(result.Text("status"), Is.EqualTo("Healthy"));
        Assert.That(result.Json["checks"]!.AsObject(), Is.Empty);
    }

    [Test]
    public async Task Readiness_reports_the_database_and_that_email_stays_queued_without_an_SMTP_server()
    {
        var result = await Client.GetAsync("/api/health/ready");

        Assert.That(result.Status, Is.EqualTo(HttpStatusCode.OK), result.ToString());
        Assert.That(result.Text("status"), Is.EqualTo("Degraded"));
        Assert.That(result.Json["checks"]!["database"]!["status"]!.GetValue<string>(), Is.EqualTo("Healthy"));
        Assert.That(result.Json["checks"]!["email"]!.Str("status"), Is.EqualTo("Degraded"));
        Assert.That(result.Json["checks"]!["email"]!.Str("description"), Is.EqualTo("Email:Smtp:Host is not set: email stays queued in the outbox."));
    }

    [Test]
    public async Task Readiness_is_Healthy_once_an_SMTP_server_is_configured()
    {
        await using var host = new TestHost(new TestHostOptions { Settings = { ["Email:Smtp:Host"] = "127.0.0.1", ["Email:Smtp:Port"] = "2525" } });
        using var client = host.CreateClient();

        var result = await client.GetAsync("/api/health/ready");

        Assert.That(result.Text("status"), Is.EqualTo("Healthy"), result.ToString());
        Assert.That(result.Json["checks"]!["email"]!.Str("status"), Is.EqualTo("Healthy"));
    }
}
