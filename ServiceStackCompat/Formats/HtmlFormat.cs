using System.Net;
using System.Text;
using System.Text.Json;

namespace ServiceStackCompat.Formats;

/// <summary>
/// What a browser gets when it opens an API URL: a readable page of the response, rendered from its
/// JSON as nested tables. A response type with an HTML view of the application's
/// (<see cref="ResponseViewServiceCollectionExtensions.AddHtmlView{TResponse}"/>) gets that view on the same page.
/// </summary>
public sealed class HtmlFormat : WireFormat
{
    public override string Name => "html";

    public override string ContentType => "text/html; charset=utf-8";

    public override IReadOnlyList<string> MediaTypes { get; } = ["text/html"];

    public override bool CanReadRequests => false;

    public override string Serialize(object dto, string operationName) => Page(operationName, html => Report(dto, html));

    /// <summary>
    /// The page every HTML answer is: the operation's name as its title and heading, <paramref name="body"/>, then
    /// links to the same answer in the other formats.
    /// </summary>
    internal static string Page(string operationName, Action<StringBuilder> body)
    {
        var html = new StringBuilder();
        var title = WebUtility.HtmlEncode(operationName);
        html.Append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>").Append(title)
            .Append(" Snapshot</title><style>")
            .Append("body{font-family:system-ui,sans-serif;margin:2em;color:#222}table{border-collapse:collapse;margin:.25em 0}")
            .Append("th,td{border:1px solid #ccc;padding:.3em .6em;text-align:left;vertical-align:top}th{background:#f4f4f4}")
            .Append("</style></head><body><h1>").Append(title).Append("</h1>\n");
        body(html);
        html.Append("\n<p><a href=\"?format=json\">json</a> <a href=\"?format=xml\">xml</a> <a href=\"?format=jsv\">jsv</a> <a href=\"?format=csv\">csv</a></p></body></html>");
        return html.ToString();
    }

    /// <summary>The generic report of a response: its JSON as nested tables, every value HTML-encoded.</summary>
    internal static void Report(object dto, StringBuilder html)
    {
        using var document = JsonDocument.Parse(JsonFormat.SerializeToString(dto));
        Render(document.RootElement, html);
    }

    private static void Render(JsonElement element, StringBuilder html)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                html.Append("<table>");
                foreach (var property in element.EnumerateObject())
                {
                    html.Append("<tr><th>").Append(WebUtility.HtmlEncode(property.Name)).Append("</th><td>");
                    Render(property.Value, html);
                    html.Append("</td></tr>");
                }
                html.Append("</table>");
                break;
            case JsonValueKind.Array:
                html.Append("<table>");
                var index = 0;
                foreach (var item in element.EnumerateArray())
                {
                    html.Append("<tr><th>").Append(index++).Append("</th><td>");
                    Render(item, html);
                    html.Append("</td></tr>");
                }
                html.Append("</table>");
                break;
            case JsonValueKind.String:
                html.Append(WebUtility.HtmlEncode(element.GetString()));
                break;
            default:
                html.Append(WebUtility.HtmlEncode(element.GetRawText()));
                break;
        }
    }
}
