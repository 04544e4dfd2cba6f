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
    public async Task Readiness_reports_the_database()
    {
        var result = await Client.GetAsync("/api/health/ready");

        Assert.That(result.Status, Is.EqualTo(HttpStatusCode.OK), result.ToString());
        Assert.That(result.Text("status"), Is.EqualTo("Healthy"));
        Assert.That(result.Json["checks"]!["database"]!["status"]!.GetValue<string>(), Is.EqualTo("Healthy"));
    }
}
