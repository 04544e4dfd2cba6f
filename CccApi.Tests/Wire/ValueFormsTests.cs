using System.Net;
using System.Net.Http.Headers;
using System.Text;
using CccApi.Tests.Framework;

namespace CccApi.Tests.Wire;

/// <summary>
/// Numbers, dates and enum-keyed dictionaries on the wire, pinned to what ServiceStack.Text 10.5 wrote
/// for them (captured before it was replaced): decimals keep their scale, doubles are in their shortest
/// round-trip form with an exponent from 1E+17 on, the largest double has a lower-case exponent.
/// </summary>
[Parallelizable(ParallelScope.Self)] // a host of its own
public sealed class ValueFormsTests : EchoHostTest
{
    private async Task<string> EchoAsync(string jsonBody, string format)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/echo-values?format={format}")
        {
            Content = new StringContent(jsonBody, Encoding.UTF8, "application/json"),
        };
        var result = await Client.SendAsync(request);
        Assert.That(result.Status, Is.EqualTo(HttpStatusCode.OK), result.ToString());
        return result.Body;
    }

    [TestCase("4.5", "4.5")]
    [TestCase("4.50", "4.50")]
    [TestCase("0", "0")]
    [TestCase("-1.25", "-1.25")]
    [TestCase("0.0000001", "0.0000001")]
    [TestCase("100000000000000000000", "100000000000000000000")]
    [TestCase("79228162514264337593543950335", "79228162514264337593543950335")]
    public async Task Decimals_are_written_as_they_are_with_their_scale(string sent, string written)
    {
        var json = await EchoAsync($"{{\"amount\":{sent}}}", "json");
        var jsv = await EchoAsync($"{{\"amount\":{sent}}}", "jsv");

        Assert.That(json, Is.EqualTo($"{{\"amount\":{written},\"ratio\":0}}"));
        Assert.That(jsv, Is.EqualTo($"{{amount:{written},ratio:0}}"));
    }

    [TestCase("4.5", "4.5")]
    [TestCase("0", "0")]
    [TestCase("0.1", "0.1")]
    [TestCase("1E+15", "1000000000000000")]
    [TestCase("1E+16", "10000000000000000")]
    [TestCase("1E+17", "1E+17")]
    [TestCase("1E+20", "1E+20")]
    [TestCase("1.5e20", "1.5E+20")]
    [TestCase("1E-7", "1E-07")]
    [TestCase("1.7976931348623157E+308", "1.7976931348623157e+308")]
    public async Task Doubles_are_written_in_their_shortest_round_trip_form(string sent, string written)
    {
        var json = await EchoAsync($"{{\"ratio\":{sent}}}", "json");
        var jsv = await EchoAsync($"{{\"ratio\":{sent}}}", "jsv");
        var csv = await EchoAsync($"{{\"ratio\":{sent}}}", "csv");

        Assert.That(json, Is.EqualTo($"{{\"amount\":0,\"ratio\":{written}}}"));
        Assert.That(jsv, Is.EqualTo($"{{amount:0,ratio:{written}}}"));
        Assert.That(csv, Is.EqualTo($"Amount,Ratio,Stamp,When,CountByKind,Text,ResponseStatus\r\n0,{written},0001-01-01T00:00:00Z,,,,\r\n"));
    }

    [TestCase("2026-11-23T10:15:00Z", "2026-11-23T10:15:00Z")]
    [TestCase("2026-11-23T10:15:00.1234500Z", "2026-11-23T10:15:00.12345Z")]
    [TestCase("2026-11-23T10:15:00.0000001Z", "2026-11-23T10:15:00.0000001Z")]
    [TestCase("/Date(1795428900250)/", "2026-11-23T10:15:00.25Z")]
    [TestCase("0001-01-01T00:00:00Z", "0001-01-01T00:00:00Z")]
    public async Task Dates_are_utc_with_a_fraction_only_when_non_zero_and_quoted_in_jsv(string sent, string written)
    {
        var json = await EchoAsync($"{{\"when\":\"{sent}\"}}", "json");
        var jsv = await EchoAsync($"{{\"when\":\"{sent}\"}}", "jsv");

        Assert.That(json, Is.EqualTo($"{{\"amount\":0,\"ratio\":0,\"when\":\"{written}\"}}"));
        Assert.That(jsv, Is.EqualTo($"{{amount:0,ratio:0,when:\"{written}\"}}"));
    }

    [Test]
    public async Task An_unset_date_is_left_out_of_json_and_jsv_but_not_csv()
    {
        var json = await EchoAsync("{\"stamp\":\"2026-11-23T10:15:00Z\"}", "json");
        var unset = await EchoAsync("{}", "json");
        var unsetCsv = await EchoAsync("{}", "csv");

        Assert.That(json, Is.EqualTo("{\"amount\":0,\"ratio\":0,\"stamp\":\"2026-11-23T10:15:00Z\"}"));
        Assert.That(unset, Is.EqualTo("{\"amount\":0,\"ratio\":0}"));
        Assert.That(unsetCsv, Does.EndWith("\r\n0,0,0001-01-01T00:00:00Z,,,,\r\n"));
    }

    [Test]
    public async Task Dictionaries_with_enum_keys_are_written_by_name()
    {
        const string body = "{\"countByKind\":{\"second\":2,\"First\":1}}";

        Assert.That(await EchoAsync(body, "json"), Is.EqualTo("{\"amount\":0,\"ratio\":0,\"countByKind\":{\"Second\":2,\"First\":1}}"));
        Assert.That(await EchoAsync(body, "jsv"), Is.EqualTo("{amount:0,ratio:0,countByKind:{Second:2,First:1}}"));
        Assert.That(await EchoAsync(body, "csv"), Does.EndWith("\r\n0,0,0001-01-01T00:00:00Z,,\"{Second:2,First:1}\",,\r\n"));
    }

    [TestCase("Me, Junior", "{amount:0,ratio:0,text:\"Me, Junior\"}", "\"Me, Junior\"")]
    [TestCase("2\" x 1\"", "{amount:0,ratio:0,text:\"2\"\" x 1\"\"\"}", "\"2\"\" x 1\"\"\"")]
    [TestCase("a:b", "{amount:0,ratio:0,text:\"a:b\"}", "a:b")]
    [TestCase("[x]", "{amount:0,ratio:0,text:\"[x]\"}", "\"[x]\"")]
    [TestCase("Hello World!", "{amount:0,ratio:0,text:Hello World!}", "Hello World!")]
    [TestCase("", "{amount:0,ratio:0,text:\"\"}", "")]
    [TestCase("=1+2", "{amount:0,ratio:0,text:=1+2}", "'=1+2")]
    [TestCase("-x", "{amount:0,ratio:0,text:-x}", "'-x")]
    [TestCase("-1.5", "{amount:0,ratio:0,text:-1.5}", "-1.5")]
    [TestCase("line\nbreak", "{amount:0,ratio:0,text:\"line\nbreak\"}", "\"line\nbreak\"")]
    public async Task Strings_are_quoted_in_jsv_and_csv_only_when_they_must_be(string text, string jsv, string csvCell)
    {
        var body = System.Text.Json.JsonSerializer.Serialize(new { text });

        Assert.That(await EchoAsync(body, "jsv"), Is.EqualTo(jsv));
        Assert.That(await EchoAsync(body, "csv"), Does.EndWith($"\r\n0,0,0001-01-01T00:00:00Z,,,{csvCell},\r\n"));
    }

    [TestCase("\u0001\u007f\u0085", "\\u0001\\u007F\\u0085")]
    [TestCase("tab\tquote\"back\\", "tab\\tquote\\\"back\\\\")]
    [TestCase("<script>&'+é😀\u2028", "<script>&'+é😀\u2028")]
    public async Task Json_escapes_only_quotes_backslashes_and_control_characters(string text, string written)
    {
        var json = await EchoAsync(System.Text.Json.JsonSerializer.Serialize(new { text }), "json");

        Assert.That(json, Is.EqualTo($"{{\"amount\":0,\"ratio\":0,\"text\":\"{written}\"}}"));
    }

    [Test]
    public async Task A_jsv_body_binds_with_whitespace_after_commas_and_colons()
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/echo-values")
        {
            Content = new StringContent("{ amount: 4.50, ratio:1E+20,\n  countByKind: {First: 1, Second:2}, text: \"a, b\" }", Encoding.UTF8),
        };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/jsv");
        var result = await Client.SendAsync(request);

        Assert.That(result.Status, Is.EqualTo(HttpStatusCode.OK), result.ToString());
        Assert.That(result.Body, Is.EqualTo("{\"amount\":4.50,\"ratio\":1E+20,\"countByKind\":{\"First\":1,\"Second\":2},\"text\":\"a, b\"}"));
    }
}
