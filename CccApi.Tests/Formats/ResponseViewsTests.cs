using System.Buffers;
using System.Text;
using CccApi.ServiceModel;
using CccApi.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using ServiceStackCompat;
using ServiceStackCompat.Formats;
using ServiceStackCompat.Formats.Csv;
using ServiceStackCompat.Formats.Views;
using ServiceStackCompat.Metadata;

namespace CccApi.Tests.Formats;

/// <summary>
/// The layer's views of a response type (AddCsvRows, AddHtmlView): CSV rows written as every CSV cell is, HTML views
/// on the generic page with their text encoded, and the checks the host makes of them when it starts.
/// </summary>
public sealed class ResponseViewsTests
{
    public class Row
    {
        public Guid Id { get; set; }

        public DateTime When { get; set; }

        public DayOfWeek Day { get; set; }

        public string? Name { get; set; }

        public int? Count { get; set; }
    }

    private static ServiceMetadata Metadata => SharedHost.Host.Services.GetRequiredService<ServiceMetadata>();

    [Test]
    public void Csv_rows_are_the_row_types_header_and_a_row_per_record_written_as_every_csv_cell()
    {
        var id = Guid.NewGuid();
        var row = new Row { Id = id, When = new DateTime(2026, 1, 2, 3, 4, 5, DateTimeKind.Utc), Day = DayOfWeek.Monday, Name = "=x, \"y\"" };

        using (Assert.EnterMultipleScope())
        {
            Assert.That(CsvWriter.SerializeRows(new[] { row, new Row { Count = -4 } }), Is.EqualTo(
                "Id,When,Day,Name,Count\r\n"
                + $"{id:N},2026-01-02T03:04:05Z,Monday,\"'=x, \"\"y\"\"\",\r\n"
                + "00000000000000000000000000000000,0001-01-01T00:00:00Z,Sunday,,-4\r\n"));
            Assert.That(CsvWriter.SerializeRows(Array.Empty<Row>()), Is.EqualTo("Id,When,Day,Name,Count\r\n"));
            Assert.That(CsvWriter.HeadersOf(typeof(string)), Is.Empty);
        }
    }

    [Test]
    public void A_view_is_found_for_its_response_type_and_format_only_and_never_under_jsonp()
    {
        var formats = FormatRegistry.CreateDefault();
        var csv = new CsvRowsView<ServiceUsageResponse, Row>(_ => []);
        var html = new HtmlView<ServiceUsageResponse>((_, _) => { }, HtmlViewPlacement.AboveReport);
        var views = new ResponseViews([csv, html], Metadata, formats);
        var usage = new ServiceUsageResponse();

        using (Assert.EnterMultipleScope())
        {
            Assert.That(views.Count, Is.EqualTo(2));
            Assert.That(views.Find(usage, new ResponseFormat(formats.FindByName("csv")!, null)), Is.SameAs(csv));
            Assert.That(views.Find(usage, new ResponseFormat(formats.FindByName("html")!, null)), Is.SameAs(html));
            Assert.That(views.Find(usage, new ResponseFormat(formats.Json, null)), Is.Null);
            Assert.That(views.Find(usage, new ResponseFormat(formats.Json, "cb")), Is.Null);
            Assert.That(views.Find(new ServiceResponse(), new ResponseFormat(formats.FindByName("csv")!, null)), Is.Null, "another type");
            Assert.That(new ResponseViews([], Metadata, formats).Find(usage, new ResponseFormat(formats.FindByName("csv")!, null)), Is.Null);
        }
    }

    [Test]
    public void The_host_refuses_a_second_view_of_a_type_and_format_a_type_no_operation_returns_and_rows_without_columns()
    {
        var formats = FormatRegistry.CreateDefault();
        using (Assert.EnterMultipleScope())
        {
            Assert.That(() => new ResponseViews(
                [new CsvRowsView<ServiceUsageResponse, Row>(_ => []), new CsvRowsView<ServiceUsageResponse, Row>(_ => [])], Metadata, formats),
                Throws.InvalidOperationException.With.Message.Contains("Two csv views are registered for CccApi.ServiceModel.ServiceUsageResponse"));
            Assert.That(() => new ResponseViews([new HtmlView<Row>((_, _) => { }, HtmlViewPlacement.AboveReport)], Metadata, formats),
                Throws.InvalidOperationException.With.Message.Contains("which no operation returns"));
            Assert.That(() => new ServiceCollection().AddCsvRows<ServiceUsageResponse, string>(_ => []),
                Throws.ArgumentException.With.Message.Contains("String, which has no columns"));
        }
    }

    [Test]
    public void An_html_view_fills_the_generic_page_encoding_its_text_and_attributes()
    {
        static void Render(ServiceUsageResponse usage, HtmlViewWriter html) => html
            .Markup("<p").Attribute("title", "\"><script>x</script>").Attribute("data-count", 1234.5).Markup(">")
            .Text(usage.Name).Text(" & ").Text(42).Markup("</p>");
        var usage = new ServiceUsageResponse { Name = "<b>Acme</b>" };

        var above = Write(new HtmlView<ServiceUsageResponse>(Render, HtmlViewPlacement.AboveReport), usage);
        var instead = Write(new HtmlView<ServiceUsageResponse>(Render, HtmlViewPlacement.InsteadOfReport), usage);

        const string Paragraph = "<p title=\"&quot;&gt;&lt;script&gt;x&lt;/script&gt;\" data-count=\"1234.5\">&lt;b&gt;Acme&lt;/b&gt; &amp; 42</p>";
        using (Assert.EnterMultipleScope())
        {
            Assert.That(above, Does.StartWith("<!DOCTYPE html>").And.Contain("<h1>GetServiceUsage</h1>\n" + Paragraph + "<table><tr><th>serviceGuid</th>"));
            Assert.That(above, Does.EndWith("<a href=\"?format=csv\">csv</a></p></body></html>"));
            Assert.That(instead, Does.Contain("<h1>GetServiceUsage</h1>\n" + Paragraph + "\n<p><a href=\"?format=json\">").And.Not.Contain("<th>serviceGuid</th>"));
            Assert.That(() => Render(usage, new HtmlViewWriter(new StringBuilder()).Attribute("on click", "x")), Throws.ArgumentException);
        }
    }

    private static string Write(ResponseView view, object dto)
    {
        var output = new ArrayBufferWriter<byte>();
        view.WriteTo(output, dto, "GetServiceUsage");
        return Encoding.UTF8.GetString(output.WrittenSpan);
    }
}
