using System.Buffers;
using System.Text;
using System.Text.Encodings.Web;

namespace ServiceStackCompat.Formats.Wire;

/// <summary>
/// JSON string escaping as ServiceStack does it: only '"', '\\' and the C0 and C1 control characters
/// (U+0000–U+001F, U+007F–U+009F) are escaped, \b \t \n \f \r in their short forms and the rest as
/// \uXXXX in upper-case hex; every other character, HTML-sensitive or not, is written as it is.
/// </summary>
public sealed class WireJsonEncoder : JavaScriptEncoder
{
    public static WireJsonEncoder Instance { get; } = new();

    private WireJsonEncoder() { }

    public override int MaxOutputCharactersPerInputCharacter => 6;

    public override bool WillEncode(int unicodeScalar) =>
        unicodeScalar is < 0x20 or '"' or '\\' or (>= 0x7F and <= 0x9F);

    public override unsafe int FindFirstCharacterToEncode(char* text, int textLength)
    {
        var span = new ReadOnlySpan<char>(text, textLength);
        for (var i = 0; i < span.Length; i++)
        {
            var c = span[i];
            if (char.IsHighSurrogate(c) && i + 1 < span.Length && char.IsLowSurrogate(span[i + 1]))
            {
                i++;
                continue;
            }
            // A lone surrogate goes to the encoder too, which writes U+FFFD for it as UTF-8 output would.
            if (char.IsSurrogate(c) || WillEncode(c)) return i;
        }
        return -1;
    }

    public override int FindFirstCharacterToEncodeUtf8(ReadOnlySpan<byte> utf8Text)
    {
        var index = 0;
        while (index < utf8Text.Length)
        {
            var first = utf8Text[index];
            if (first < 0x80)
            {
                if (WillEncode(first)) return index;
                index++;
                continue;
            }
            if (Rune.DecodeFromUtf8(utf8Text[index..], out var rune, out var consumed) != OperationStatus.Done || WillEncode(rune.Value))
                return index;
            index += consumed;
        }
        return -1;
    }

    public override unsafe bool TryEncodeUnicodeScalar(int unicodeScalar, char* buffer, int bufferLength, out int numberOfCharactersWritten)
    {
        var output = new Span<char>(buffer, bufferLength);
        ReadOnlySpan<char> escaped = unicodeScalar switch
        {
            '"' => "\\\"",
            '\\' => "\\\\",
            '\b' => "\\b",
            '\t' => "\\t",
            '\n' => "\\n",
            '\f' => "\\f",
            '\r' => "\\r",
            _ when WillEncode(unicodeScalar) => $"\\u{unicodeScalar:X4}",
            _ => new Rune(unicodeScalar).ToString(),
        };
        numberOfCharactersWritten = 0;
        if (!escaped.TryCopyTo(output)) return false;
        numberOfCharactersWritten = escaped.Length;
        return true;
    }
}
