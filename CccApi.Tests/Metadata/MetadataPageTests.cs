using System.Net;
using CccApi.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using ServiceStackCompat.Metadata;

namespace CccApi.Tests.Metadata;

/// <summary>The index, the pages of each format and the answers to pages that do not exist.</summary>
public sealed class MetadataPageTests : ApiTest
{
    private const string Base = "http://localhost/api";

    private static ServiceMetadata Metadata => SharedHost.Host.Services.GetRequiredService<ServiceMetadata>();

    [Test]
    public async Task The_index_links_every_operation_to_its_page_in_each_format()
    {
        var page = await Client.Http.GetPageAsync("/api/metadata");

        Assert.That(page.Status, Is.EqualTo(HttpStatusCode.OK), page.ToString());
        Assert.That(page.ContentType?.ToString(), Is.EqualTo("text/html; charset=utf-8"));
        Assert.That(page.TrimmedLines, Does.Contain("CCC API v8.4.0.0"));
        Assert.That(page.TrimmedLines, Does.Contain("The following operations are available."));
        var links = ReferencePages.Links(page.Html);
        Assert.Multiple(() =>
        {
            foreach (var operation in Metadata.Operations)
            {
                foreach (var format in new[] { "json", "xml", "jsv", "csv" })
                    Assert.That(links, Does.Contain($"{Base}/{format}/metadata?op={operation.Name}"));
            }
        });
    }

    [Test]
    public async Task The_index_has_the_reference_hosts_operation_links_below_the_api_mount_point()
    {
        var page = await Client.Http.GetPageAsync("/api/metadata");
        var expected = ReferencePages.Links(ReferencePages.Html("m01"))
            .Where(l => l.Contains("/metadata?op=", StringComparison.Ordinal) && !l.Contains("/jsonl/", StringComparison.Ordinal))
            .Select(l => l.Replace("http://127.0.0.1:5180", Base, StringComparison.Ordinal))
            .ToList();

        Assert.That(expected, Has.Count.EqualTo(12));
        Assert.That(ReferencePages.Links(page.Html), Is.SupersetOf(expected));
    }

    [Test]
    public async Task The_index_links_every_native_types_endpoint()
    {
        var page = await Client.Http.GetPageAsync("/api/metadata");
        string[] languages = ["csharp", "typescript", "typescript.d", "js", "python", "java", "kotlin", "swift", "dart", "fsharp", "vbnet", "metadata"];

        Assert.That(ReferencePages.Links(page.Html), Is.SupersetOf(languages.Select(l => $"{Base}/types/{l}")));
    }

    [TestCase("json", "application/json")]
    [TestCase("xml", "application/xml")]
    [TestCase("jsv", "text/jsv")]
    [TestCase("csv", "text/csv")]
    public async Task Each_format_has_its_call_information_and_sample_headers(string format, string contentType)
    {
        var page = await Client.Http.GetPageAsync($"/api/{format}/metadata?op=CreateService", MetadataPageClient.SeedHost);

        Assert.That(page.Status, Is.EqualTo(HttpStatusCode.OK), page.ToString());
        Assert.That(page.TrimmedLines, Does.Contain($"To override the Content-type in your clients, use the HTTP Accept Header, append the .{format} suffix or ?format={format}"));
        Assert.That(page.TrimmedLines, Does.Contain($"HTTP + {format.ToUpperInvariant()}"));
        Assert.That(page.Lines.Any(l => l.Contains("jsonp", StringComparison.Ordinal)), Is.EqualTo(format == "json"));
        var samples = ReferencePages.Samples(page.Html);
        Assert.That(samples, Has.Count.EqualTo(2));
        Assert.That(samples[0], Does.StartWith($"POST /api/services HTTP/1.1 \nHost: {MetadataPageClient.SeedHost} \nAccept: {contentType}\nContent-Type: {contentType}\nContent-Length: length\n\n"));
        Assert.That(samples[1], Does.StartWith($"HTTP/1.1 200 OK\nContent-Type: {contentType}\nContent-Length: length\n\n"));
    }

    /// <summary>
    /// An operation page is rendered once per operation and format; the request's own address and host
    /// are filled in per request, so a page first asked for under one host never shows it to another.
    /// </summary>
    [Test]
    public async Task Each_request_sees_its_own_host_and_address_on_a_page_another_host_asked_for_first()
    {
        var first = await Client.Http.GetPageAsync("/api/jsv/metadata?op=GetService", "first.example");
        var second = await Client.Http.GetPageAsync("/api/jsv/metadata?op=GetService", "second.example");

        foreach (var (page, host, other) in new[] { (first, "first.example", "second.example"), (second, "second.example", "first.example") })
        {
            Assert.That(page.Status, Is.EqualTo(HttpStatusCode.OK), page.ToString());
            Assert.That(page.Html, Does.Contain($"<a href=\"http://{host}/api/metadata\">&lt;back to all web services</a>"));
            Assert.That(ReferencePages.Samples(page.Html)[0], Does.Contain($"\nHost: {host} \n"));
            Assert.That(page.Html, Does.Not.Contain(other));
        }
    }

    /// <summary>
    /// The samples are those of the reference host (m08-m10) but for the Host line, the reference
    /// DTOs' XML namespace (Ccc.Api.ServiceModel where ours is CccApi.ServiceModel) and the CSV
    /// page's JSON, which the reference shows compact and we indent as the seeds do.
    /// </summary>
    [TestCase("xml", "m08")]
    [TestCase("jsv", "m09")]
    [TestCase("csv", "m10")]
    public async Task The_samples_are_those_of_the_reference_host(string format, string reference)
    {
        var page = await Client.Http.GetPageAsync($"/api/{format}/metadata?op=CreateService", "127.0.0.1");
        var ours = ReferencePages.Samples(page.Html);
        var theirs = ReferencePages.Samples(ReferencePages.Html(reference))
            .Select(s => s.Replace("Ccc.Api.ServiceModel", "CccApi.ServiceModel", StringComparison.Ordinal))
            .ToList();

        if (format == "csv")
            Assert.That(ours.Select(PageText.Normalize), Is.EqualTo(theirs.Select(PageText.Normalize)));
        else
            Assert.That(ours, Is.EqualTo(theirs));
    }

    [Test]
    public async Task The_json_samples_are_what_the_live_serializer_writes_laid_out_for_reading()
    {
        var page = await Client.Http.GetPageAsync("/api/json/metadata?op=CreateServiceSku");
        var samples = ReferencePages.Samples(page.Html);
        var theirs = ReferencePages.Samples(ReferencePages.Html("m03"));

        Assert.That(samples.Select(Body).Select(PageText.Normalize), Is.EqualTo(theirs.Select(Body).Select(PageText.Normalize)));
        Assert.That(Body(samples[0]), Does.Contain("\n  \"endedDate\": \"0001-01-01T00:00:00Z\",\n"));
    }

    [Test]
    public async Task An_unknown_operation_is_403_service_not_available()
    {
        var page = await Client.Http.GetPageAsync("/api/json/metadata?op=NoSuchOperation");

        Assert.That(page.Status, Is.EqualTo(HttpStatusCode.Forbidden));
        Assert.That(page.Reason, Is.EqualTo("Service Not Available"));
        Assert.That(page.Html, Is.Empty);
    }

    [Test]
    public async Task A_format_page_without_an_operation_lists_the_operations_in_that_format()
    {
        var page = await Client.Http.GetPageAsync("/api/xml/metadata");

        Assert.That(page.Status, Is.EqualTo(HttpStatusCode.OK), page.ToString());
        Assert.That(ReferencePages.Links(page.Html), Is.SupersetOf(Metadata.Operations.Select(o => $"{Base}/xml/metadata?op={o.Name}")));
        Assert.That(ReferencePages.Links(page.Html), Does.Contain($"{Base}/metadata"));
    }

    [Test]
    public async Task Operations_still_answer_beside_the_pages()
    {
        var result = await Client.GetAsync("/api/ping");

        Assert.That(result.Status, Is.EqualTo(HttpStatusCode.OK), result.ToString());
    }

    [TestCase("?op=CreateService")]
    [TestCase("?OP=CreateService")]
    [TestCase("?op=Create%53ervice")]
    [TestCase("?format=x&op=CreateService")]
    public async Task An_operation_page_is_found_whatever_the_spelling_of_its_query(string query)
    {
        var page = await Client.Http.GetPageAsync("/api/json/metadata" + query);

        Assert.That(page.Status, Is.EqualTo(HttpStatusCode.OK), page.ToString());
        Assert.That(page.TrimmedLines, Does.Contain("CreateService"));
        Assert.That(page.Html, Does.Contain("<h2>CreateService"));
    }

    [Test]
    public async Task An_operation_page_declares_its_exact_length_to_get_and_head()
    {
        using var get = await Client.Http.GetAsync("/api/json/metadata?op=CreateService");
        var bytes = await get.Content.ReadAsByteArrayAsync();
        using var head = await Client.Http.SendAsync(new HttpRequestMessage(HttpMethod.Head, "/api/json/metadata?op=CreateService"));

        Assert.That(bytes, Has.Length.GreaterThan(10_000));
        Assert.That(get.Content.Headers.ContentLength, Is.EqualTo(bytes.Length));
        Assert.That(head.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(head.Content.Headers.ContentLength, Is.EqualTo(bytes.Length));
    }

    private static string Body(string sample) => sample[(sample.IndexOf("\n\n", StringComparison.Ordinal) + 2)..];
}
