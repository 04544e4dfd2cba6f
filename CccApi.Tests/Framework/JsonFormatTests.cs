using System.Net;

namespace CccApi.Tests.Framework;

[Parallelizable(ParallelScope.Self)] // a host of its own
public sealed class JsonFormatTests : EchoHostTest
{
    [Test]
    public async Task Responses_are_camel_case_json_with_lower_case_32_digit_guids_and_no_nulls()
    {
        var result = await Client.GetAsync($"/api/echo/{Id:D}");

        Assert.That(result.Status, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(result.ContentType!.ToString(), Is.EqualTo("application/json; charset=utf-8"));
        Assert.That(result.Body, Does.Contain($"\"id\":\"{Id:N}\""));
        Assert.That(result.Body, Does.Not.Contain("null"));
        Assert.That(result.Body, Does.Not.Contain("\"name\""));
        Assert.That(result.Body, Does.Contain("\"kind\":\"First\""), "enums are written by name");
    }

    [TestCase("2026-11-23T10:15:00Z", "2026-11-23T10:15:00Z")]
    [TestCase("2026-11-23T10:15:00.250Z", "2026-11-23T10:15:00.25Z")]
    [TestCase("2026-11-23T12:15:00+02:00", "2026-11-23T10:15:00Z")]
    [TestCase("2026-11-23", "2026-11-23T00:00:00Z")]
    [TestCase("/Date(1795428900000)/", "2026-11-23T10:15:00Z")]
    public async Task Dates_are_iso_8601_utc_with_a_fraction_only_when_non_zero(string sent, string expected)
    {
        var result = await Client.PostAsync($"/api/echo/{Id:N}", new { when = sent });

        Assert.That(result.Status, Is.EqualTo(HttpStatusCode.OK), result.ToString());
        Assert.That(result.Body, Does.Contain($"\"when\":\"{expected}\""));
    }

    [Test]
    public async Task Responses_vary_on_accept()
    {
        var result = await Client.GetAsync($"/api/echo/{Id:N}");

        Assert.That(result.Headers.Vary, Does.Contain("Accept"));
    }
}
