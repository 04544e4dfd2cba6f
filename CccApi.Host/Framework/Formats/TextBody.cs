using System.Buffers;
using System.Text;
using CccApi.Host.Framework.Binding;
using CccApi.Host.Framework.Metadata;
using Microsoft.Extensions.Primitives;

namespace CccApi.Host.Framework.Formats;

/// <summary>Decodes a text request body as strict UTF-8: invalid bytes are a 400, not replacement characters.</summary>
internal static class TextBody
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static string Decode(ReadOnlySequence<byte> body, string format, string operationName)
    {
        try
        {
            return StrictUtf8.GetString(body.IsSingleSegment ? body.FirstSpan : body.ToArray());
        }
        catch (DecoderFallbackException ex)
        {
            throw new RequestBindingException($"Could not deserialize '{format}' request using '{operationName}'\nError: The body is not valid UTF-8.", inner: ex);
        }
    }

    /// <summary>
    /// Parses a text body into named fields with ServiceStack.Text, turning its parse errors into a
    /// binding error, then binds the fields as strictly as a query string.
    /// </summary>
    public static object BindFields(TypeModel model, string mediaType, string operationName, Func<IReadOnlyDictionary<string, string>?> parseFields)
    {
        IReadOnlyDictionary<string, string>? fields;
        try
        {
            fields = parseFields();
        }
        catch (Exception ex) when (ex is FormatException or ArgumentException or IndexOutOfRangeException or InvalidOperationException)
        {
            throw Malformed(mediaType, operationName, ex.Message, ex);
        }
        var dto = model.Factory();
        if (fields is not null)
            StringValueBinder.Populate(dto, model, fields.Select(f => KeyValuePair.Create(f.Key, new StringValues(f.Value))), operationName);
        return dto;
    }

    public static RequestBindingException Malformed(string mediaType, string operationName, string error, Exception? inner = null) =>
        new($"Could not deserialize '{mediaType}' request using '{operationName}'\nError: {error}", inner: inner);
}
