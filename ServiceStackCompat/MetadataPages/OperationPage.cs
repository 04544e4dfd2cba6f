using System.Text;
using ServiceStackCompat.Metadata;

namespace ServiceStackCompat.MetadataPages;

/// <summary>
/// /{format}/metadata?op=X: the operation's routes, one parameters table per type it uses, how to
/// ask for the format, and a sample HTTP request and response in that format.
/// </summary>
internal sealed class OperationPage(string title, string basePath, OperationTypeTables typeTables, OperationSamples samples)
{
    public string Render(OperationModel operation, SampleFormat format, PageUrls urls, string host)
    {
        var html = new StringBuilder(16 * 1024);
        MetadataPageLayout.Open(html, title, MetadataPageStyles.Operation, "ServiceStack");
        html.Append("    <div class=\"operation\">\n    <div>\n        <p><a href=\"").Append(HtmlText.Encode(urls.Index))
            .Append("\">&lt;back to all web services</a></p>\n        <h2>").Append(HtmlText.Encode(operation.Name)).Append("</h2>\n        ");
        AppendDescription(html, operation.Description);
        html.Append("\n\n\t\t");
        AppendRoutes(html, operation);
        html.Append('\n');
        foreach (var table in typeTables.For(operation))
            ParametersTable.Append(html, table);
        AppendCallInfo(html, format);
        html.Append("\n\n\t\t<div class=\"example\">\n        <!-- REST Examples -->\n\n        <h3>HTTP + ").Append(format.Label)
            .Append("</h3>\n        <p> The following are sample HTTP requests and responses. \n")
            .Append("            The placeholders shown need to be replaced with actual values.</p>\n\n");
        AppendExchange(html, operation, format, host);
        html.Append("\n        </div>\n    </div>\n    </div>\n");
        MetadataPageLayout.Close(html);
        return html.ToString();
    }

    private static void AppendDescription(StringBuilder html, string? description)
    {
        if (string.IsNullOrWhiteSpace(description)) return;
        html.Append("<div id=\"desc\">");
        foreach (var line in description.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            html.Append("<p>").Append(HtmlText.Encode(line)).Append("</p>");
        html.Append("</div>");
    }

    private void AppendRoutes(StringBuilder html, OperationModel operation)
    {
        if (operation.Routes.Count == 0) return;
        html.Append("<table class='routes'><caption>The following routes are available for this service:</caption><tbody>");
        foreach (var route in operation.Routes)
        {
            html.Append("<tr><th>").Append(HtmlText.Encode(route.Verbs is null ? "All Verbs" : string.Join(",", route.Verbs)))
                .Append("</th><th>").Append(HtmlText.Encode(basePath + route.Path))
                .Append("</th><td>").Append(HtmlText.Encode(route.Summary))
                .Append("</td><td><i>").Append(HtmlText.Encode(route.Notes)).Append("</i></td></tr>");
        }
        html.Append("</tbody></table>");
    }

    private static void AppendCallInfo(StringBuilder html, SampleFormat format)
    {
        var name = HtmlText.Encode(format.Name);
        html.Append("<div class=\"call-info\"><p>To override the Content-type in your clients, use the HTTP <b>Accept</b> Header, append  the <b>.")
            .Append(name).Append("</b> suffix or  <b>?format=").Append(name).Append("</b></p>");
        if (format.OffersJsonp)
            html.Append("<p>To embed the response in a <b>jsonp</b> callback, append <b>?callback=myCallback</b></p>");
        html.Append("</div>");
    }

    private void AppendExchange(StringBuilder html, OperationModel operation, SampleFormat format, string host)
    {
        var request = SampleRequest.For(operation, basePath, format.Name);
        var bodies = samples.For(operation, format);
        var contentType = HtmlText.Encode(format.ContentType);
        html.Append("<div class=\"request\">\n<pre>\n")
            .Append(HtmlText.Encode(request.Verb)).Append(' ').Append(HtmlText.Encode(request.Path)).Append(" HTTP/1.1 \n")
            .Append("Host: ").Append(HtmlText.Encode(host)).Append(" \n")
            .Append("Accept: ").Append(contentType);
        if (request.HasBody)
        {
            html.Append('\n')
                .Append("Content-Type: ").Append(contentType).Append('\n')
                .Append("Content-Length: <span class=\"value\">length</span>\n\n")
                .Append(HtmlText.Encode(bodies.Request));
        }
        html.Append("\n</pre>\n</div>\n\n\n<div class=\"response\">\n<pre>\n");
        if (bodies.Response is null)
        {
            html.Append("HTTP/1.1 204 No Content\n");
        }
        else
        {
            html.Append("HTTP/1.1 200 OK\n")
                .Append("Content-Type: ").Append(contentType).Append('\n')
                .Append("Content-Length: length\n\n")
                .Append(HtmlText.Encode(bodies.Response)).Append('\n');
        }
        html.Append("</pre>\n</div>\n\n");
    }
}
