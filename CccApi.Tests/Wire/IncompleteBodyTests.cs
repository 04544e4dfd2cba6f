using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using CccApi.Tests.Infrastructure;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace CccApi.Tests.Wire;

/// <summary>
/// Bodies that end before they should are the caller's fault, answered with a responseStatus, never a 500:
/// a body shorter than its Content-Length that stalls (408, once Kestrel's minimum body data rate, lowered
/// here through configuration, gives up on it) or whose sender closes its side (400), and multipart forms
/// without a boundary or cut short (400 naming the problem). Over a real loopback socket, as clients send them.
/// </summary>
[Parallelizable(ParallelScope.Self)] // a host of its own
public sealed class IncompleteBodyTests
{
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(60);

    private TestHost _host = null!;

    [OneTimeSetUp]
    public void StartHost() => _host = new TestHost(new TestHostOptions
    {
        ListenOnLoopback = true,
        Settings =
        {
            // Kestrel's own setting: a body slower than 100 bytes/s after a 2-second grace period times out (by default 240 bytes/s after 5 seconds).
            ["Kestrel:Limits:MinRequestBodyDataRate:BytesPerSecond"] = "100",
            ["Kestrel:Limits:MinRequestBodyDataRate:GracePeriod"] = "00:00:02",
            // The dispatcher's line about a request no answer reaches (below Information, as every 4xx).
            ["Logging:LogLevel:ServiceStackCompat.Pipeline.RequestDispatcher"] = "Debug",
        },
    });

    [OneTimeTearDown]
    public async Task StopHost() => await _host.DisposeAsync();

    [Test]
    public void The_minimum_body_data_rate_comes_from_configuration()
    {
        var rate = _host.Services.GetRequiredService<IOptions<KestrelServerOptions>>().Value.Limits.MinRequestBodyDataRate;

        Assert.That((rate?.BytesPerSecond, rate?.GracePeriod), Is.EqualTo(((double?)100, (TimeSpan?)TimeSpan.FromSeconds(2))));
    }

    [Test]
    public async Task A_body_that_stalls_before_its_Content_Length_answers_408()
    {
        var response = RawResponse.Parse(await RawHttp.SendAsync(_host.BaseAddress!, PartnerHead(contentLength: 100), "{\"name\":\"x", halfClose: false, Bound));

        AssertError(response, 408, "RequestTimeout", "The request body did not arrive in time");
    }

    /// <summary>Kestrel closes a connection whose client ended its half, so no answer reaches it; the host must still not count it as its own failure.</summary>
    [Test]
    public async Task A_body_whose_sender_stops_before_its_Content_Length_is_not_a_server_error()
    {
        var logLinesBefore = _host.Logs.Lines.Count;

        var raw = await RawHttp.SendAsync(_host.BaseAddress!, PartnerHead(contentLength: 100), "{\"name\":\"x", halfClose: true, Bound);

        Assert.That(raw, Does.Not.Contain(" 500 "), raw);
        var seen = await EventuallyLoggedAsync(logLinesBefore, "CreatePartner");
        Assert.That(seen, Does.Contain("answered 400 BadRequest").Or.Contain("the caller went away"), seen);
        Assert.That(seen, Does.Not.StartWith("Error").And.Not.StartWith("Warning"), seen);
    }

    [Test]
    public async Task A_multipart_form_without_a_boundary_answers_400_naming_it()
    {
        using var client = _host.CreateClient();
        var content = new StringContent("--x\r\nContent-Disposition: form-data; name=\"name\"\r\n\r\nAcme\r\n--x--\r\n", Encoding.UTF8);
        content.Headers.ContentType = MediaTypeHeaderValue.Parse("multipart/form-data");

        var result = await client.SendAsync(new HttpRequestMessage(HttpMethod.Post, "/api/partners") { Content = content });

        Assert.That(result.Status, Is.EqualTo(HttpStatusCode.BadRequest), result.ToString());
        Assert.That(result.ErrorCode, Is.EqualTo("SerializationException"), result.ToString());
        Assert.That(result.ResponseStatus!.Str("message"), Does.Contain("multipart/form-data").And.Contain("boundary"), result.ToString());
    }

    [Test]
    public async Task A_multipart_form_cut_short_answers_400_naming_it()
    {
        using var client = _host.CreateClient();
        var content = new StringContent("--x\r\nContent-Disposition: form-data; name=\"name\"\r\n\r\nAcme", Encoding.UTF8);
        content.Headers.ContentType = MediaTypeHeaderValue.Parse("multipart/form-data; boundary=x");

        var result = await client.SendAsync(new HttpRequestMessage(HttpMethod.Post, "/api/partners") { Content = content });

        Assert.That(result.Status, Is.EqualTo(HttpStatusCode.BadRequest), result.ToString());
        Assert.That(result.ErrorCode, Is.EqualTo("SerializationException"), result.ToString());
        Assert.That(result.ResponseStatus!.Str("message"), Does.Contain("multipart/form-data").And.Contain("ended before its closing boundary"), result.ToString());
    }

    /// <summary>The host's line about the request, which it writes as the request ends, a moment after the client stopped reading.</summary>
    private async Task<string> EventuallyLoggedAsync(int logLinesBefore, string prefix)
    {
        for (var attempt = 0; attempt < 100; attempt++)
        {
            if (_host.Logs.Lines.Skip(logLinesBefore).FirstOrDefault(line => line.Contains("RequestDispatcher: " + prefix, StringComparison.Ordinal)) is { } line)
                return line;
            await Task.Delay(100);
        }
        Assert.Fail("The host logged nothing about the request: " + string.Join("\n", _host.Logs.Lines.Skip(logLinesBefore)));
        return "";
    }

    private string PartnerHead(int contentLength) =>
        $"POST /api/partners HTTP/1.1\r\nHost: {_host.BaseAddress!.Authority}\r\nAuthorization: Bearer {_host.SuperUserApiKey}\r\n"
        + $"Accept: application/json\r\nContent-Type: application/json\r\nContent-Length: {contentLength}";

    private static void AssertError(RawResponse response, int status, string errorCode, string message)
    {
        using (Assert.EnterMultipleScope())
        {
            Assert.That(response.StatusCode, Is.EqualTo(status), response.ToString());
            Assert.That(response.Reason, Is.EqualTo(errorCode), response.ToString());
            var responseStatus = JsonNode.Parse(response.Body)?["responseStatus"];
            Assert.That(responseStatus.Str("errorCode"), Is.EqualTo(errorCode), response.ToString());
            Assert.That(responseStatus.Str("message"), Does.StartWith(message), response.ToString());
            Assert.That(responseStatus?["stackTrace"], Is.Null);
        }
    }
}
