using System.Text;

namespace ServiceStackCompat.MetadataPages;

/// <summary>
/// Lays compact JSON out for reading (two spaces per level, "name": value) without re-serializing it:
/// the characters of every string and number stay exactly as the live serializer wrote them.
/// </summary>
internal static class JsonIndenter
{
    public static string Indent(string json)
    {
        var output = new StringBuilder(json.Length * 2);
        var depth = 0;
        var inString = false;
        for (var i = 0; i < json.Length; i++)
        {
            var c = json[i];
            if (inString)
            {
                output.Append(c);
                if (c == '\\' && i + 1 < json.Length) output.Append(json[++i]);
                else if (c == '"') inString = false;
                continue;
            }
            switch (c)
            {
                case '"':
                    inString = true;
                    output.Append(c);
                    break;
                case '{' or '[':
                    if (i + 1 < json.Length && json[i + 1] == (c == '{' ? '}' : ']'))
                    {
                        output.Append(c).Append(json[++i]);
                        break;
                    }
                    output.Append(c);
                    NewLine(output, ++depth);
                    break;
                case '}' or ']':
                    NewLine(output, --depth);
                    output.Append(c);
                    break;
                case ',':
                    output.Append(c);
                    NewLine(output, depth);
                    break;
                case ':':
                    output.Append(": ");
                    break;
                case ' ' or '\t' or '\r' or '\n':
                    break;
                default:
                    output.Append(c);
                    break;
            }
        }
        return output.ToString();
    }

    private static void NewLine(StringBuilder output, int depth) => output.Append('\n').Append(' ', depth * 2);
}
