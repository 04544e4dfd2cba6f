using System.Buffers;
using System.Text;
using ServiceStackCompat.Formats;
using ServiceStackCompat.Formats.Views;

namespace ServiceStackCompat.Pipeline;

/// <summary>Writes a DTO in the negotiated format, wrapped for JSONP when a callback was given.</summary>
public static class ResponseWriter
{
    /// <summary>
    /// Writes <paramref name="dto"/>; with a <paramref name="view"/> (of the format negotiated, never under JSONP) the
    /// view writes the body in place of the format's generic writing, and the format still gives the headers.
    /// </summary>
    public static async Task WriteAsync(HttpContext context, ResponseFormat format, object dto, string operationName, ResponseView? view = null)
    {
        var response = context.Response;
        using var text = new PooledBufferWriter();
        if (view is not null)
            view.WriteTo(text, dto, operationName);
        else
            format.Format.SerializeTo(text, dto, operationName);
        var callback = format.Callback;
        if (callback is not null)
        {
            response.ContentType = Jsonp.ContentType;
        }
        else
        {
            response.ContentType = format.Format.ContentType;
            format.Format.AddHeaders(response, operationName);
        }

        // A callback is sanitized to ASCII letters, digits, '.' and '_', so its length is its byte count.
        response.ContentLength = text.WrittenCount + (callback is null ? 0 : callback.Length + 2);
        // Headers first: Kestrel copies a body written before them a second time.
        await response.StartAsync(context.RequestAborted);
        var body = response.BodyWriter;
        if (callback is not null)
        {
            Encoding.ASCII.GetBytes(callback, body);
            body.Write("("u8);
        }
        body.Write(text.WrittenMemory.Span);
        if (callback is not null) body.Write(")"u8);
        await body.FlushAsync(context.RequestAborted);
    }
}
