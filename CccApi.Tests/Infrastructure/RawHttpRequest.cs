using System.Text;

namespace CccApi.Tests.Infrastructure;

/// <summary>
/// A request written out as on the wire (request line, headers, blank line, body), so a test can keep the exact
/// text a client sends as its fixture. Host and Content-Length are left to HttpClient, which writes them itself.
/// </summary>
public static class RawHttpRequest
{
    public static HttpRequestMessage Parse(string text)
    {
        var normalized = text.ReplaceLineEndings("\n");
        var split = normalized.IndexOf("\n\n", StringComparison.Ordinal);
        var head = (split < 0 ? normalized : normalized[..split]).Split('\n');
        var body = split < 0 ? null : normalized[(split + 2)..];

        var requestLine = head[0].Split(' ');
        var request = new HttpRequestMessage(new HttpMethod(requestLine[0]), requestLine[1]);
        var contentHeaders = new List<(string Name, string Value)>();
        foreach (var line in head.Skip(1))
        {
            var colon = line.IndexOf(':', StringComparison.Ordinal);
            var (name, value) = (line[..colon], line[(colon + 1)..].Trim());
            if (name.StartsWith("Content-", StringComparison.OrdinalIgnoreCase)) contentHeaders.Add((name, value));
            else request.Headers.TryAddWithoutValidation(name, value);
        }
        if (!string.IsNullOrEmpty(body))
        {
            request.Content = new ByteArrayContent(Encoding.UTF8.GetBytes(body));
            foreach (var (name, value) in contentHeaders) request.Content.Headers.TryAddWithoutValidation(name, value);
        }
        return request;
    }
}
