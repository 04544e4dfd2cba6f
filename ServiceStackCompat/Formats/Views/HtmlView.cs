using System.Buffers;
using System.Text;

namespace ServiceStackCompat.Formats.Views;

/// <summary>Where an HTML view goes on the page of its answer.</summary>
public enum HtmlViewPlacement
{
    /// <summary>Below the page's heading, followed by the generic report of the response (every member as nested tables).</summary>
    AboveReport,

    /// <summary>Below the page's heading, in place of the generic report.</summary>
    InsteadOfReport,
}

/// <summary>
/// A response shown on the HTML page by <c>render</c>: the page keeps its title, heading and links to the other
/// formats (as the generic page has them), and the view fills the body, above the generic report or instead of it.
/// </summary>
internal sealed class HtmlView<TResponse>(Action<TResponse, HtmlViewWriter> render, HtmlViewPlacement placement)
    : ResponseView(typeof(TResponse), "html")
{
    internal override void WriteTo(IBufferWriter<byte> output, object dto, string operationName)
    {
        var page = HtmlFormat.Page(operationName, html =>
        {
            render((TResponse)dto, new HtmlViewWriter(html));
            if (placement == HtmlViewPlacement.AboveReport)
                HtmlFormat.Report(dto, html);
        });
        Encoding.UTF8.GetBytes(page, output);
    }
}
