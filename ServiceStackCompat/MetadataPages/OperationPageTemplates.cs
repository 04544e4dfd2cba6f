using System.Buffers;
using System.Collections.Concurrent;
using System.Text;
using ServiceStackCompat.Metadata;

namespace ServiceStackCompat.MetadataPages;

/// <summary>
/// Operation pages rendered once per operation and format, as UTF-8 bytes with holes where the request's
/// address and host go. A page is the same for every request but for those two values, and rendering it
/// walks the metadata with reflection and builds a ~20 KB string: this keeps that off the request path.
/// </summary>
internal sealed class OperationPageTemplates(OperationPage page)
{
    // Plain ASCII letters, so HTML encoding leaves them as they are and they can be found in the output.
    private const string RootMarker = "zzCccApiPageRootMarkerzz";
    private const string HostMarker = "zzCccApiPageHostMarkerzz";

    private readonly ConcurrentDictionary<(string Operation, string Format), Template> _templates = new();

    public async Task WriteAsync(HttpContext context, OperationModel operation, SampleFormat format, PageUrls urls)
    {
        var template = _templates.GetOrAdd((operation.Name, format.Name),
            static (_, state) => state.Templates.Render(state.Operation, state.Format), (Templates: this, Operation: operation, Format: format));
        var root = HtmlText.Encode(urls.Root);
        var host = HtmlText.Encode(context.Request.Host.Host);
        var rootLength = Encoding.UTF8.GetByteCount(root);
        var hostLength = Encoding.UTF8.GetByteCount(host);
        var length = checked((int)(template.PartsLength + (long)template.RootHoles * rootLength + (long)template.HostHoles * hostLength));

        var response = context.Response;
        response.StatusCode = StatusCodes.Status200OK;
        response.ContentType = "text/html; charset=utf-8";
        response.ContentLength = length;
        // Headers first, so the page goes straight into the response's pipe (Kestrel copies a body written
        // before them a second time), in one span: each span asked of the pipe takes the connection's lock.
        await response.StartAsync(context.RequestAborted);
        var writer = response.BodyWriter;
        var span = writer.GetSpan(length);
        var at = 0;
        for (var i = 0; i < template.Parts.Length; i++)
        {
            template.Parts[i].CopyTo(span[at..]);
            at += template.Parts[i].Length;
            if (i < template.Holes.Length)
                at += Encoding.UTF8.GetBytes(template.Holes[i] == Hole.Root ? root : host, span[at..]);
        }
        writer.Advance(length);
        await writer.FlushAsync(context.RequestAborted);
    }

    private Template Render(OperationModel operation, SampleFormat format)
    {
        var html = page.Render(operation, format, new PageUrls(RootMarker), HostMarker);
        var parts = new List<byte[]>();
        var holes = new List<Hole>();
        var start = 0;
        while (true)
        {
            var root = html.IndexOf(RootMarker, start, StringComparison.Ordinal);
            var host = html.IndexOf(HostMarker, start, StringComparison.Ordinal);
            if (root < 0 && host < 0) break;
            var (at, hole, marker) = host < 0 || (root >= 0 && root < host) ? (root, Hole.Root, RootMarker) : (host, Hole.Host, HostMarker);
            parts.Add(Encoding.UTF8.GetBytes(html[start..at]));
            holes.Add(hole);
            start = at + marker.Length;
        }
        parts.Add(Encoding.UTF8.GetBytes(html[start..]));
        return new Template([.. parts], [.. holes]);
    }

    private enum Hole
    {
        Root,
        Host,
    }

    /// <summary>Parts[i] is followed by Holes[i]; there is one more part than holes.</summary>
    private sealed record Template(byte[][] Parts, Hole[] Holes)
    {
        public long PartsLength { get; } = Parts.Sum(p => (long)p.Length);

        public int RootHoles { get; } = Holes.Count(h => h == Hole.Root);

        public int HostHoles { get; } = Holes.Count(h => h == Hole.Host);
    }
}
