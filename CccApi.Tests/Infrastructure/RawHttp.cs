using System.Net.Sockets;
using System.Text;

namespace CccApi.Tests.Infrastructure;

/// <summary>
/// HTTP/1.1 by hand over a loopback socket, for what HttpClient will not send: a body shorter than its
/// Content-Length, followed by silence or by the end of the client's half of the connection.
/// </summary>
public static class RawHttp
{
    /// <summary>Sends <paramref name="head"/> (request line and headers) and <paramref name="body"/>, then half-closes when asked, and reads what comes back until the server closes.</summary>
    public static async Task<string> SendAsync(Uri baseAddress, string head, string body, bool halfClose, TimeSpan bound)
    {
        using var client = new TcpClient();
        await client.ConnectAsync(baseAddress.Host, baseAddress.Port);
        var stream = client.GetStream();
        await stream.WriteAsync(Encoding.ASCII.GetBytes(head + "\r\n\r\n"));
        await stream.WriteAsync(Encoding.UTF8.GetBytes(body));
        await stream.FlushAsync();
        if (halfClose) client.Client.Shutdown(SocketShutdown.Send);

        using var timeout = new CancellationTokenSource(bound);
        var received = new MemoryStream();
        var buffer = new byte[4096];
        try
        {
            int read;
            while ((read = await stream.ReadAsync(buffer, timeout.Token)) > 0)
                received.Write(buffer, 0, read);
        }
        catch (IOException) { /* the server reset the connection after answering */ }
        catch (OperationCanceledException)
        {
            Assert.Fail($"No complete answer within {bound}; received so far: {Encoding.UTF8.GetString(received.ToArray())}");
        }
        return Encoding.UTF8.GetString(received.ToArray());
    }
}

/// <summary>An answer read off the wire: status line, headers and the body (de-chunked).</summary>
public sealed record RawResponse(int StatusCode, string? Reason, IReadOnlyDictionary<string, string> Headers, string Body, string Raw)
{
    public static RawResponse Parse(string raw)
    {
        var headEnd = raw.IndexOf("\r\n\r\n", StringComparison.Ordinal);
        Assert.That(headEnd, Is.GreaterThan(0), $"no HTTP answer: '{raw}'");
        var lines = raw[..headEnd].Split("\r\n");
        var statusLine = lines[0].Split(' ', 3);
        var headers = lines.Skip(1).Select(l => l.Split(':', 2)).ToDictionary(p => p[0].Trim(), p => p[1].Trim(), StringComparer.OrdinalIgnoreCase);
        var body = raw[(headEnd + 4)..];
        if (headers.TryGetValue("Transfer-Encoding", out var encoding) && encoding.Contains("chunked", StringComparison.OrdinalIgnoreCase))
            body = Dechunk(body);
        return new RawResponse(int.Parse(statusLine[1]), statusLine.Length > 2 ? statusLine[2] : null, headers, body, raw);
    }

    private static string Dechunk(string chunked)
    {
        var result = new StringBuilder();
        var position = 0;
        while (true)
        {
            var lineEnd = chunked.IndexOf("\r\n", position, StringComparison.Ordinal);
            var size = Convert.ToInt32(chunked[position..lineEnd].Split(';')[0], 16);
            if (size == 0) return result.ToString();
            result.Append(chunked, lineEnd + 2, size);
            position = lineEnd + 2 + size + 2;
        }
    }

    public override string ToString() => Raw;
}
