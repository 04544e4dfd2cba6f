using System.Net;
using CccApi.Tests.Framework;

namespace CccApi.Tests.Metadata;

/// <summary>A test-only API loaded through configuration gets its pages with no change to the host.</summary>
[Parallelizable(ParallelScope.Self)] // a host of its own
public sealed class ExtraApiMetadataTests : EchoHostTest
{
    [Test]
    public async Task The_index_lists_the_extra_operations()
    {
        var page = await Client.Http.GetPageAsync("/api/metadata");

        Assert.That(page.TrimmedLines, Is.SupersetOf(new[] { "Operations", "EchoJSONXMLJSVCSV", "EchoLiteralJSONXMLJSVCSV", "EchoWildcardJSONXMLJSVCSV", "FailJSONXMLJSVCSV" }));
        Assert.That(ReferencePages.Links(page.Html), Is.SupersetOf(new[] { "json", "xml", "jsv", "csv" }.Select(f => $"http://localhost/api/{f}/metadata?op=Echo")));
    }

    [Test]
    public async Task The_extra_operation_has_its_page()
    {
        var page = await Client.Http.GetPageAsync("/api/json/metadata?op=echo", "example.org");

        Assert.That(page.Status, Is.EqualTo(HttpStatusCode.OK), page.ToString());
        string[] expected =
        [
            "CCC API v8.4.0.0", "<back to all web services", "Echo",
            "The following routes are available for this service:",
            "GET,POST,PUT /api/echo/{Id}",
            "GET /api/echo/{Id}/items/{Item}",
            "Echo Parameters:",
            "Id form Guid No",
            "Count form int No",
            "Amount form decimal No",
            "When form DateTime? No",
            "Flag form bool? No", "Allowable Values", "true", "false",
            "Kind form EchoKind No", "Allowable Values", "First", "Second",
            "Numbers form List<int> No",
            "Child form EchoChild No",
            "EchoChild Parameters:", "Label form string No", "Size form int No",
            "EchoResponse Parameters:", "Received form Echo No", "Matched form string No",
            "HTTP + JSON",
            "POST /api/echo/{Id} HTTP/1.1", "Host: example.org",
            "\"id\": \"00000000000000000000000000000000\",", "\"when\": \"0001-01-01T00:00:00Z\",", "\"flag\": false,",
            "\"kind\": \"First\",", "\"numbers\": [", "0", "],", "\"child\": {", "\"label\": \"String\",", "\"size\": 0",
            "HTTP/1.1 200 OK", "\"received\": {", "\"matched\": \"String\",", "\"responseStatus\": {",
        ];
        var missing = PageText.MissingInOrder(expected, page.Lines);
        Assert.That(missing, Is.Empty, () => "Missing:\n" + string.Join("\n", missing) + "\n--- page:\n" + string.Join("\n", page.Lines));
        Assert.That(page.Lines, Has.None.Contains("ResponseStatus Parameters:"));
    }

    [Test]
    public async Task An_operation_without_properties_still_has_its_page()
    {
        var page = await Client.Http.GetPageAsync("/api/xml/metadata?op=EchoLiteral");

        Assert.That(page.Status, Is.EqualTo(HttpStatusCode.OK), page.ToString());
        Assert.That(page.TrimmedLines, Does.Contain("EchoResponse Parameters:"));
        Assert.That(ReferencePages.Samples(page.Html)[0], Does.StartWith("GET /api/echo/literal HTTP/1.1 "));
    }
}
