using CccApi.Host.Framework.Formats;

namespace CccApi.Host.Framework.Pipeline;

/// <summary>Writes a DTO in the negotiated format, wrapped for JSONP when a callback was given.</summary>
public static class ResponseWriter
{
    public static Task WriteAsync(HttpContext context, ResponseFormat format, object dto, string operationName)
    {
        var response = context.Response;
        var body = format.Format.Serialize(dto, operationName);
        if (format.Callback is not null)
        {
            body = Jsonp.Wrap(format.Callback, body);
            response.ContentType = Jsonp.ContentType;
        }
        else
        {
            response.ContentType = format.Format.ContentType;
            format.Format.AddHeaders(response, operationName);
        }
        response.ContentLength = body.Length;
        return response.Body.WriteAsync(body, context.RequestAborted).AsTask();
    }
}
