using System.Text;
using ServiceStack.Text;

namespace CccApi.Host.Framework.Formats;

/// <summary>Writes a response DTO as ServiceStack's JSON.</summary>
public static class JsonResponseWriter
{
    public const string ContentType = "application/json; charset=utf-8";

    public static string Serialize(object dto) => JsonSerializer.SerializeToString(dto, dto.GetType());

    public static Task WriteAsync(HttpContext context, object dto)
    {
        context.Response.ContentType = ContentType;
        var bytes = Encoding.UTF8.GetBytes(Serialize(dto));
        context.Response.ContentLength = bytes.Length;
        return context.Response.Body.WriteAsync(bytes, context.RequestAborted).AsTask();
    }
}
