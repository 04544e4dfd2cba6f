using System.Buffers;
using System.Text;
using ServiceStackCompat.Binding;

namespace ServiceStackCompat.Formats;

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

    public static RequestBindingException Malformed(string mediaType, string operationName, string error, Exception? inner = null) =>
        new($"Could not deserialize '{mediaType}' request using '{operationName}'\nError: {error}", inner: inner);
}
