using System.Net;
using System.Net.Http.Headers;
using System.Text;

namespace CccApi.Tests.Framework;

/// <summary>JSV and CSV request bodies and JSV query values bind as strictly as JSON: nothing is silently dropped.</summary>
[Parallelizable(ParallelScope.Self)] // a host of its own
public sealed class TextBodyBindingTests : EchoHostTest
{
    private Task<Infrastructure.ApiResult> PostAsync(string body, string contentType)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, $"/api/echo/{Id:N}") { Content = new ByteArrayContent(Encoding.UTF8.GetBytes(body)) };
        request.Content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
        return Client.SendAsync(request);
    }

    [Test]
    public async Task A_jsv_member_after_a_comma_and_space_is_bound()
    {
        var result = await PostAsync("{name:x, count:3, child:{ label : y , size: 2 }, numbers:[1, 2], kind: Second}", "application/jsv");

        Assert.That(result.Status, Is.EqualTo(HttpStatusCode.OK), result.ToString());
        var received = result.Json["received"]!;
        Assert.That(received["name"]!.GetValue<string>(), Is.EqualTo("x"));
        Assert.That(received["count"]!.GetValue<int>(), Is.EqualTo(3));
        Assert.That(received["child"]!["label"]!.GetValue<string>(), Is.EqualTo("y"));
        Assert.That(received["child"]!["size"]!.GetValue<int>(), Is.EqualTo(2));
        Assert.That(received["numbers"]!.AsArray().Select(n => n!.GetValue<int>()), Is.EqualTo(new[] { 1, 2 }));
        Assert.That(received["kind"]!.GetValue<string>(), Is.EqualTo("Second"));
    }

    [TestCase("{child:{label:x,size:big}}", "Child.Size")]
    [TestCase("{numbers:[1,x]}", "Numbers[1]")]
    [TestCase("{child:text}", "Child")]
    [TestCase("{when:yesterday}", "When")]
    [TestCase("{name:{a:1}}", "Name")]
    public async Task A_jsv_member_that_cannot_be_read_is_a_400_naming_it(string body, string field)
    {
        var result = await PostAsync(body, "application/jsv");

        Assert.That(result.Status, Is.EqualTo(HttpStatusCode.BadRequest), result.ToString());
        Assert.That(result.ErrorFields, Is.EqualTo(new[] { field }));
    }

    [TestCase("{name:x")]
    [TestCase("{name:\"x}")]
    [TestCase("{name:x}trailing")]
    [TestCase("name:x")]
    public async Task Malformed_jsv_is_a_400_serialization_error(string body)
    {
        var result = await PostAsync(body, "application/jsv");

        Assert.That(result.Status, Is.EqualTo(HttpStatusCode.BadRequest), result.ToString());
        Assert.That(result.ErrorCode, Is.EqualTo("SerializationException"));
    }

    [Test]
    public async Task A_jsv_query_value_binds_nested_members_and_names_a_bad_one()
    {
        var good = await Client.GetAsync($"/api/echo/{Id:N}?child={Uri.EscapeDataString("{label:x, size:4}")}");
        var bad = await Client.GetAsync($"/api/echo/{Id:N}?child={Uri.EscapeDataString("{label:x,size:big}")}");

        Assert.That(good.Status, Is.EqualTo(HttpStatusCode.OK), good.ToString());
        Assert.That(good.Json["received"]!["child"]!["size"]!.GetValue<int>(), Is.EqualTo(4));
        Assert.That(bad.Status, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(bad.ErrorFields, Is.EqualTo(new[] { "Child.Size" }));
    }

    [Test]
    public async Task A_csv_body_is_a_header_row_and_a_data_row_with_rfc_4180_quoting()
    {
        var result = await PostAsync("Name,Count,Child\r\n\"a,\"\"b\",7,\"{Label:x,Size:2}\"\r\n", "text/csv");

        Assert.That(result.Status, Is.EqualTo(HttpStatusCode.OK), result.ToString());
        var received = result.Json["received"]!;
        Assert.That(received["name"]!.GetValue<string>(), Is.EqualTo("a,\"b"));
        Assert.That(received["count"]!.GetValue<int>(), Is.EqualTo(7));
        Assert.That(received["child"]!["size"]!.GetValue<int>(), Is.EqualTo(2));
    }

    [TestCase("Name,Count\r\nx\r\n")]
    [TestCase("Name\r\nx\r\ny\r\n")]
    [TestCase("Name\r\n\"x\r\n")]
    [TestCase("Name\r\nCount:\"3\"x\r\n")]
    public async Task A_malformed_csv_body_is_a_400(string body)
    {
        var result = await PostAsync(body, "text/csv");

        Assert.That(result.Status, Is.EqualTo(HttpStatusCode.BadRequest), result.ToString());
        Assert.That(result.ErrorCode, Is.EqualTo("SerializationException"));
    }
}
