using System.Net;
using System.Net.Http.Headers;
using System.Text;

namespace CccApi.Tests.Framework;

[Parallelizable(ParallelScope.Self)] // a host of its own
public sealed class BindingTests : EchoHostTest
{
    [TestCase("0f8fad5bd9cb469fa16570867728950e")]
    [TestCase("0f8fad5b-d9cb-469f-a165-70867728950e")]
    [TestCase("{0f8fad5b-d9cb-469f-a165-70867728950e}")]
    [TestCase("(0f8fad5b-d9cb-469f-a165-70867728950e)")]
    [TestCase("0F8FAD5B-D9CB-469F-A165-70867728950E")]
    public async Task Guids_are_accepted_in_every_form_Guid_Parse_knows(string form)
    {
        var result = await Client.GetAsync($"/api/echo/{Uri.EscapeDataString(form)}");

        Assert.That(result.Status, Is.EqualTo(HttpStatusCode.OK), result.ToString());
        Assert.That(result.Json["received"]!["id"]!.GetValue<string>(), Is.EqualTo(Id.ToString("N")));
    }

    [Test]
    public async Task A_malformed_guid_in_the_path_is_a_400_naming_the_field()
    {
        var result = await Client.GetAsync("/api/echo/not-a-guid");

        Assert.That(result.Status, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(result.Reason, Is.EqualTo("Bad Request"));
        Assert.That(result.ErrorCode, Is.EqualTo("SerializationException"));
        Assert.That(result.ResponseStatus!["message"]!.GetValue<string>(), Is.EqualTo("Unable to bind to request 'Echo'"));
        var error = result.Errors.Single();
        Assert.That(error["fieldName"]!.GetValue<string>(), Is.EqualTo("Id"));
        Assert.That(error["message"]!.GetValue<string>(), Is.EqualTo("'not-a-guid' is an Invalid value for 'Id'"));
        Assert.That(result.Json.AsObject().Select(p => p.Key), Is.EqualTo(new[] { "responseStatus" }), "binding errors carry no response defaults");
    }

    [TestCase("{\"count\":\"abc\"}", "Count")]
    [TestCase("{\"count\":1.5}", "Count")]
    [TestCase("{\"count\":99999999999}", "Count")]
    [TestCase("{\"amount\":\"ten\"}", "Amount")]
    [TestCase("{\"flag\":\"maybe\"}", "Flag")]
    [TestCase("{\"when\":\"yesterday\"}", "When")]
    [TestCase("{\"kind\":\"Third\"}", "Kind")]
    [TestCase("{\"numbers\":[1,\"x\"]}", "Numbers[1]")]
    [TestCase("{\"child\":{\"size\":\"big\"}}", "Child.Size")]
    [TestCase("{\"child\":\"text\"}", "Child")]
    [TestCase("{\"name\":{\"a\":1}}", "Name")]
    public async Task A_value_of_the_wrong_type_is_a_400_naming_the_field(string body, string field)
    {
        var result = await Client.PostAsync($"/api/echo/{Id:N}", body);

        Assert.That(result.Status, Is.EqualTo(HttpStatusCode.BadRequest), result.ToString());
        Assert.That(result.ErrorCode, Is.EqualTo("SerializationException"));
        Assert.That(result.ErrorFields, Is.EqualTo(new[] { field }));
    }

    [Test]
    public async Task Json_property_names_match_case_insensitively_and_unknown_ones_are_ignored()
    {
        var result = await Client.PostAsync($"/api/echo/{Id:N}",
            "{\"NAME\":\"ab\",\"Count\":3,\"aMoUnT\":2.50,\"kind\":\"second\",\"when\":\"2026-11-23T10:15:00Z\",\"flag\":true,\"numbers\":[1,2],\"child\":{\"LABEL\":\"x\",\"size\":4},\"unknown\":{\"deep\":[1,2,3]}}");

        Assert.That(result.Status, Is.EqualTo(HttpStatusCode.OK), result.ToString());
        var received = result.Json["received"]!;
        Assert.That(received["name"]!.GetValue<string>(), Is.EqualTo("ab"));
        Assert.That(received["count"]!.GetValue<int>(), Is.EqualTo(3));
        Assert.That(received["amount"]!.GetValue<decimal>(), Is.EqualTo(2.5m));
        Assert.That(received["kind"]!.GetValue<string>(), Is.EqualTo("Second"));
        Assert.That(received["when"]!.GetValue<string>(), Is.EqualTo("2026-11-23T10:15:00Z"));
        Assert.That(received["flag"]!.GetValue<bool>(), Is.True);
        Assert.That(received["numbers"]!.AsArray().Select(n => n!.GetValue<int>()), Is.EqualTo(new[] { 1, 2 }));
        Assert.That(received["child"]!["label"]!.GetValue<string>(), Is.EqualTo("x"));
    }

    [Test]
    public async Task The_query_string_overrides_the_body()
    {
        var result = await Client.PostAsync($"/api/echo/{Id:N}?name=query&count=7", new { name = "body", count = 1, amount = 3 });

        var received = result.Json["received"]!;
        Assert.That(received["name"]!.GetValue<string>(), Is.EqualTo("query"));
        Assert.That(received["count"]!.GetValue<int>(), Is.EqualTo(7));
        Assert.That(received["amount"]!.GetValue<decimal>(), Is.EqualTo(3m));
    }

    [Test]
    public async Task A_path_variable_wins_over_the_query_string_and_the_body()
    {
        var other = Guid.NewGuid();
        var result = await Client.PostAsync($"/api/echo/{Id:N}?id={other:N}", new { id = other.ToString("N") });

        Assert.That(result.Json["received"]!["id"]!.GetValue<string>(), Is.EqualTo(Id.ToString("N")));
    }

    [Test]
    public async Task Form_urlencoded_bodies_bind_like_query_strings()
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/echo/{Id:N}")
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string> { ["Name"] = "form", ["count"] = "5", ["numbers"] = "1,2,3", ["child"] = "{Label:x,Size:2}" }),
        };
        var result = await Client.SendAsync(request);

        Assert.That(result.Status, Is.EqualTo(HttpStatusCode.OK), result.ToString());
        var received = result.Json["received"]!;
        Assert.That(received["name"]!.GetValue<string>(), Is.EqualTo("form"));
        Assert.That(received["count"]!.GetValue<int>(), Is.EqualTo(5));
        Assert.That(received["numbers"]!.AsArray().Count, Is.EqualTo(3));
        Assert.That(received["child"]!["size"]!.GetValue<int>(), Is.EqualTo(2));
    }

    [Test]
    public async Task A_wrong_typed_query_value_is_a_400_naming_the_field()
    {
        var result = await Client.GetAsync($"/api/echo/{Id:N}?count=abc");

        Assert.That(result.Status, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(result.ErrorFields, Is.EqualTo(new[] { "Count" }));
    }

    [TestCase("{\"name\": ")]
    [TestCase("{\"name\":\"x\",}}")]
    [TestCase("not json")]
    public async Task Malformed_json_is_a_400_serialization_error(string body)
    {
        var result = await Client.PostAsync($"/api/echo/{Id:N}", body);

        Assert.That(result.Status, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(result.Reason, Is.EqualTo("Bad Request"));
        Assert.That(result.ErrorCode, Is.EqualTo("SerializationException"));
        Assert.That(result.Errors, Is.Empty);
    }

    [Test]
    public async Task A_json_array_body_is_a_400_as_ServiceStack_answers_it()
    {
        var result = await Client.PostAsync($"/api/echo/{Id:N}", "[1, 2]");

        Assert.That(result.Status, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(result.ErrorCode, Is.EqualTo("SerializationException"));
        Assert.That(result.ResponseStatus!["message"]!.GetValue<string>(), Does.StartWith("Could not deserialize 'application/json' request using 'Echo'"));
        Assert.That(result.ResponseStatus!["errors"]!.AsArray(), Is.Empty, "errors is always present");
    }

    [Test]
    public async Task Deeply_nested_json_is_a_400_not_a_crash()
    {
        var body = "{\"child\":" + new string('[', 5000) + new string(']', 5000) + "}";
        var result = await Client.PostAsync($"/api/echo/{Id:N}", body);

        Assert.That(result.Status, Is.EqualTo(HttpStatusCode.BadRequest));
    }

    [Test]
    public async Task Invalid_utf8_is_a_400()
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/echo/{Id:N}")
        {
            Content = new ByteArrayContent([.. "{\"name\":\""u8, 0xC3, 0x28, .. "\"}"u8]),
        };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        var result = await Client.SendAsync(request);

        Assert.That(result.Status, Is.EqualTo(HttpStatusCode.BadRequest), result.ToString());
    }

    [Test]
    public async Task A_body_over_the_limit_is_a_413_with_a_response_status()
    {
        var body = "{\"name\":\"" + new string('x', 1024 * 1024 + 10) + "\"}";
        var result = await Client.PostAsync($"/api/echo/{Id:N}", body);

        Assert.That(result.Status, Is.EqualTo(HttpStatusCode.RequestEntityTooLarge));
        Assert.That(result.ErrorCode, Is.EqualTo("RequestEntityTooLarge"));
    }

    [Test]
    public async Task A_wrong_typed_password_is_rejected_without_echoing_it()
    {
        var result = await Client.PostAsync($"/api/echo/{Id:N}", "{\"password\":{\"x\":\"hunter2-secret\"}}");

        Assert.That(result.Status, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(result.Body, Does.Not.Contain("hunter2"));
    }

    [Test]
    public async Task Json_is_read_from_a_body_without_a_content_type()
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/echo/{Id:N}")
        {
            Content = new ByteArrayContent(Encoding.UTF8.GetBytes("{\"name\":\"bare\"}")),
        };
        var result = await Client.SendAsync(request);

        Assert.That(result.Json["received"]!["name"]!.GetValue<string>(), Is.EqualTo("bare"));
    }
}
