using System.Text.Json.Nodes;
using CccApi.Tests.Infrastructure;

namespace CccApi.Tests.Wire;

public sealed class JsonpTests : ApiTest
{
    [Test]
    public async Task A_callback_wraps_the_json_in_a_javascript_call()
    {
        var result = await Client.GetAsync("/api/ping?callback=myCallback");

        Assert.That(result.StatusCode, Is.EqualTo(200));
        Assert.That(result.ContentType!.MediaType, Is.EqualTo("text/javascript"));
        Assert.That(result.Body, Does.StartWith("myCallback({\"timestamp\":"));
        Assert.That(result.Body, Does.EndWith("})"));
    }

    [TestCase("alert(1);x", "alert_1__x")]
    [TestCase("a.b_c9", "a.b_c9")]
    [TestCase("</script><script>alert(1)</script>", "__script__script_alert_1___script_")]
    [TestCase("cb\u2028x", "cb_x")]
    public async Task The_callback_name_is_sanitised_so_nothing_can_be_injected(string callback, string expected)
    {
        var result = await Client.GetAsync($"/api/ping?callback={Uri.EscapeDataString(callback)}");

        Assert.That(result.Body, Does.StartWith(expected + "({"));
    }

    [Test]
    public async Task An_error_under_jsonp_is_delivered_with_200_inside_the_callback()
    {
        var result = await Client.GetAsync($"/api/services/{Guid.NewGuid():N}?callback=cb");

        Assert.That(result.StatusCode, Is.EqualTo(200));
        Assert.That(result.Body, Does.StartWith("cb({"));
        var json = JsonNode.Parse(result.Body[3..^1])!;
        Assert.That(json["responseStatus"]!["errorCode"]!.GetValue<string>(), Is.EqualTo("NotFound"));
    }
}
