using System.Net;
using System.Text;

namespace CccApi.Tests.Framework;

/// <summary>Inputs the fuzz suite found answered with a 500, each now a 400 from the binder.</summary>
[Parallelizable(ParallelScope.Self)] // a host of its own
public sealed class HostileBindingRegressionTests : EchoHostTest
{
    [TestCase("{\"name\":\"\\ud800\"}", "Name")]
    [TestCase("{\"name\":\"x\\udc00y\"}", "Name")]
    [TestCase("{\"when\":\"\\ud800\"}", "When")]
    [TestCase("{\"child\":{\"label\":\"\\udbff\"}}", "Child.Label")]
    public async Task A_json_string_escaping_a_lone_surrogate_is_a_400_naming_the_field(string body, string field)
    {
        var result = await Client.PostAsync($"/api/echo/{Id:N}", body);

        Assert.That(result.Status, Is.EqualTo(HttpStatusCode.BadRequest), result.ToString());
        Assert.That(result.ErrorCode, Is.EqualTo("SerializationException"));
        Assert.That(result.ErrorFields, Is.EqualTo(new[] { field }));
    }

    [Test]
    public async Task A_property_name_escaping_a_lone_surrogate_is_a_400()
    {
        var result = await Client.PostAsync($"/api/echo/{Id:N}", "{\"\\ud800\":1}");

        Assert.That(result.Status, Is.EqualTo(HttpStatusCode.BadRequest), result.ToString());
        Assert.That(result.ErrorCode, Is.EqualTo("SerializationException"));
        Assert.That(result.ResponseStatus!["message"]!.GetValue<string>(), Does.EndWith("The body escapes a character that is not valid Unicode."));
    }

    [Test]
    public async Task An_invalid_value_cut_inside_a_surrogate_pair_still_makes_a_well_formed_xml_error()
    {
        // 99 characters, then an emoji: the error message shows the first 100 characters of the value.
        var value = new string('x', 99) + "😀😀";
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/echo/{Id:N}?format=xml")
        {
            Content = new StringContent("{\"count\":\"" + value + "\"}", Encoding.UTF8, "application/json"),
        };
        var result = await Client.SendAsync(request);

        Assert.That(result.Status, Is.EqualTo(HttpStatusCode.BadRequest), result.ToString());
        Assert.That(result.Body, Does.Contain("<FieldName>Count</FieldName>"));
        Assert.That(result.Body, Does.Contain(new string('x', 99) + "...' is an Invalid value"));
    }

    [Test]
    public async Task A_form_body_the_server_cannot_read_is_a_400()
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/echo/{Id:N}")
        {
            Content = new StringContent("name=nul%00inside", Encoding.UTF8, "application/x-www-form-urlencoded"),
        };
        var result = await Client.SendAsync(request);

        Assert.That(result.Status, Is.EqualTo(HttpStatusCode.BadRequest), result.ToString());
        Assert.That(result.ErrorCode, Is.EqualTo("SerializationException"));
    }

    [Test]
    public async Task Invalid_utf8_in_a_property_the_request_does_not_have_is_still_a_400()
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/echo/{Id:N}")
        {
            Content = new ByteArrayContent([.. "{\"unknown\":\""u8, 0xC3, 0x28, .. "\",\"name\":\"ok\"}"u8]),
        };
        request.Content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/json");
        var result = await Client.SendAsync(request);

        Assert.That(result.Status, Is.EqualTo(HttpStatusCode.BadRequest), result.ToString());
        Assert.That(result.ErrorCode, Is.EqualTo("SerializationException"));
        Assert.That(result.ResponseStatus!["message"]!.GetValue<string>(), Does.EndWith("The body is not valid UTF-8."));
    }

    [TestCase("html")]
    [TestCase("xml")]
    [TestCase("json")]
    public async Task A_failing_value_cut_inside_a_surrogate_pair_in_the_error_meta_is_still_a_400(string format)
    {
        // The meta's PropertyValue shows the first 250 characters; the 250th is the first half of an emoji.
        var name = new string('x', 249) + "😀";
        var result = await Client.PostAsync($"/api/echo/{Id:N}?format={format}", new { name });

        Assert.That(result.Status, Is.EqualTo(HttpStatusCode.BadRequest), result.ToString());
        Assert.That(result.Body, Does.Contain(new string('x', 249) + "..."));
    }

    [TestCase("xml")]
    [TestCase("html")]
    public async Task A_failing_value_holding_a_nul_is_shown_without_it(string format)
    {
        var result = await Client.PostAsync($"/api/echo/{Id:N}?format={format}", "{\"name\":\"nul\\u0000inside\"}");

        Assert.That(result.Status, Is.EqualTo(HttpStatusCode.BadRequest), result.ToString());
        Assert.That(result.Body, Does.Contain("nul?inside"));
    }

    [TestCase("xml")]
    [TestCase("html")]
    public async Task An_error_message_quoting_a_control_character_from_the_path_is_written_without_it(string format)
    {
        var result = await Client.PostAsync($"/api/auth/ab%01cd?format={format}", new { userName = "a@example.com", password = "x" });

        Assert.That(result.Status, Is.EqualTo(HttpStatusCode.NotFound), result.ToString());
        Assert.That(result.Body, Does.Contain("No configuration was added for OAuth provider &#39;ab?cd&#39;").Or.Contain("No configuration was added for OAuth provider 'ab?cd'"));
    }
}
