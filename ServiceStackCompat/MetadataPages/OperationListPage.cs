using System.Text;
using ServiceStackCompat.Metadata;

namespace ServiceStackCompat.MetadataPages;

/// <summary>/{format}/metadata without ?op=: the operations, each linking to its page in that format.</summary>
internal sealed class OperationListPage(string title, ServiceMetadata metadata)
{
    public string Render(SampleFormat format, PageUrls urls)
    {
        var html = new StringBuilder(8 * 1024);
        MetadataPageLayout.Open(html, title, MetadataPageStyles.Operation, "ServiceStack");
        html.Append("    <div class=\"operation\">\n    <div>\n        <p><a href=\"").Append(HtmlText.Encode(urls.Index))
            .Append("\">&lt;back to all web services</a></p>\n        <h2>").Append(HtmlText.Encode(format.Label))
            .Append(" Metadata</h2>\n        <p>The following operations are supported:</p>\n        <ul>");
        foreach (var operation in metadata.Operations)
        {
            html.Append("<li><a href=\"").Append(HtmlText.Encode(urls.OperationPage(format.Name, operation.Name))).Append("\">")
                .Append(HtmlText.Encode(operation.Name)).Append("</a></li>");
        }
        html.Append("</ul>\n    </div>\n    </div>\n");
        MetadataPageLayout.Close(html);
        return html.ToString();
    }
}
