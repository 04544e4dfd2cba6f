using System.Text;
using ServiceStackCompat.Metadata;

namespace ServiceStackCompat.MetadataPages;

/// <summary>/metadata: every operation with a link to its page in each format, and the native-types links.</summary>
internal sealed class IndexPage(string title, ServiceMetadata metadata, IReadOnlyList<SampleFormat> formats)
{
    public string Render(PageUrls urls)
    {
        var html = new StringBuilder(16 * 1024);
        MetadataPageLayout.Open(html, title, MetadataPageStyles.Index, "ServiceStack 8.40");
        html.Append("    <div class=\"operations\">\n        <p>\n            The following operations are available.\n        </p>\n\n")
            .Append("        <div style=\"margin-bottom:3em\"><h3>Operations</h3><table><tbody>");
        foreach (var operation in metadata.Operations)
        {
            html.Append("<tr><th data-tags=\"\">").Append(HtmlText.Encode(operation.Name)).Append("</th>");
            foreach (var format in formats)
            {
                html.Append("<td><a href=\"").Append(HtmlText.Encode(urls.OperationPage(format.Name, operation.Name))).Append("\">")
                    .Append(HtmlText.Encode(format.Label)).Append("</a></td>");
            }
            html.Append("</tr>");
        }
        html.Append("</tbody></table></div>\n\n")
            .Append("        <h3><a href=\"https://docs.servicestack.net/clients-overview\">Clients Overview</a></h3>\n\n")
            .Append("        <h3><a href=\"https://docs.servicestack.net/add-servicestack-reference\">Add ServiceStack Reference</a>:</h3><ul>");
        foreach (var (path, label) in NativeTypesLinks.All)
        {
            html.Append("<li><a href=\"").Append(HtmlText.Encode(urls.NativeTypes(path))).Append("\" style=\"font-size:16px;\">")
                .Append(HtmlText.Encode(label)).Append("</a></li>");
        }
        html.Append("</ul>\n \n        <h3>Plugin Links:</h3><ul>");
        foreach (var (path, label) in PluginLinks)
        {
            html.Append("<li><a href=\"").Append(HtmlText.Encode(urls.Root + path)).Append("\" style=\"font-size:16px;\">")
                .Append(HtmlText.Encode(label)).Append("</a></li>");
        }
        html.Append("</ul>\n    </div>\n    \n    <p>&nbsp;</p>\n").Append(FilterScript);
        MetadataPageLayout.Close(html);
        return html.ToString();
    }

    /// <summary>ServiceStack's "Plugin Links": Swagger UI, then the two OpenAPI documents it reads.</summary>
    private static readonly (string Path, string Label)[] PluginLinks =
        [("/swagger-ui/", "Swagger UI"), ("/openapi", "OpenAPI (Swagger 2.0)"), ("/openapi.json", "OpenAPI 3.1")];

    /// <summary>A filter box above the operations table that hides rows whose name does not contain the text.</summary>
    private const string FilterScript = """
<script>
(function () {
    var table = document.querySelector('.operations table');
    if (!table || !document.createElement) return;
    var head = document.createElement('thead');
    head.id = 'filter';
    var row = head.insertRow(0);
    var cell = row.insertCell(0);
    cell.colSpan = table.rows[0] ? table.rows[0].cells.length : 1;
    var box = document.createElement('div');
    box.className = 'txt';
    var input = document.createElement('input');
    input.type = 'text';
    input.placeholder = 'filter';
    box.appendChild(input);
    cell.appendChild(box);
    table.insertBefore(head, table.firstChild);
    input.onkeyup = function () {
        var text = input.value.toLowerCase();
        var rows = table.tBodies[0].rows;
        for (var i = 0; i < rows.length; i++) {
            var name = rows[i].cells[0].textContent.toLowerCase();
            rows[i].style.display = name.indexOf(text) >= 0 ? '' : 'none';
        }
    };
})();
</script>

""";
}
