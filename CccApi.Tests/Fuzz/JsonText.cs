using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;

namespace CccApi.Tests.Fuzz;

/// <summary>A JSON token written as is: numbers no .NET type holds (1e400), or deliberately broken text.</summary>
public sealed record RawJson(string Text)
{
    public static JsonNode Node(string text) => JsonValue.Create(new RawJson(text))!;
}

/// <summary>
/// Writes JSON by hand so that generated bodies may hold what a serializer refuses to write: duplicate
/// keys, lone surrogates (as \uD800 escapes) and raw tokens.
/// </summary>
public static class JsonText
{
    public static string Object(IEnumerable<KeyValuePair<string, JsonNode?>> members)
    {
        var text = new StringBuilder("{");
        var first = true;
        foreach (var (name, value) in members)
        {
            if (!first) text.Append(',');
            first = false;
            WriteString(text, name);
            text.Append(':');
            Write(text, value);
        }
        return text.Append('}').ToString();
    }

    public static string Write(JsonNode? node)
    {
        var text = new StringBuilder();
        Write(text, node);
        return text.ToString();
    }

    /// <summary>The value as a query string or form field carries it: strings bare, everything else as JSON.</summary>
    public static string AsFieldText(JsonNode? node) => node switch
    {
        null => "",
        JsonValue value when value.TryGetValue<string>(out var s) => s,
        JsonValue value when value.TryGetValue<RawJson>(out var raw) => raw.Text,
        _ => Write(node),
    };

    private static void Write(StringBuilder text, JsonNode? node)
    {
        switch (node)
        {
            case null:
                text.Append("null");
                break;
            case JsonObject obj:
                text.Append(Object(obj.Select(p => new KeyValuePair<string, JsonNode?>(p.Key, p.Value))));
                break;
            case JsonArray array:
                text.Append('[');
                for (var i = 0; i < array.Count; i++)
                {
                    if (i > 0) text.Append(',');
                    Write(text, array[i]);
                }
                text.Append(']');
                break;
            case JsonValue value when value.TryGetValue<RawJson>(out var raw):
                text.Append(raw.Text);
                break;
            case JsonValue value when value.TryGetValue<string>(out var s):
                WriteString(text, s);
                break;
            case JsonValue value when value.TryGetValue<decimal>(out var d):
                text.Append(d.ToString(CultureInfo.InvariantCulture));
                break;
            default:
                text.Append(node.ToJsonString());
                break;
        }
    }

    /// <summary>Every character outside printable ASCII escaped on its own, so lone surrogates stay expressible.</summary>
    private static void WriteString(StringBuilder text, string value)
    {
        text.Append('"');
        foreach (var c in value)
        {
            if (c == '"') text.Append("\\\"");
            else if (c == '\\') text.Append("\\\\");
            else if (c is >= ' ' and < (char)0x7F) text.Append(c);
            else text.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
        }
        text.Append('"');
    }
}
