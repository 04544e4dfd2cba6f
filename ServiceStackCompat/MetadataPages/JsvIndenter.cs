using System.Text;

namespace ServiceStackCompat.MetadataPages;

/// <summary>
/// Lays compact JSV out as ServiceStack's pages show it: one tab per level, "name: value", and every
/// nested object or list opening on its own line. Quoted values ("a,b" with "" for a quote) stay intact.
/// </summary>
internal static class JsvIndenter
{
    public static string Indent(string jsv)
    {
        var output = new StringBuilder(jsv.Length * 2);
        var depth = 0;
        var atLineStart = true;
        for (var i = 0; i < jsv.Length; i++)
        {
            var c = jsv[i];
            if (c == '"' && StartsValue(jsv, i))
            {
                i = CopyQuoted(jsv, i, output);
                atLineStart = false;
                continue;
            }
            switch (c)
            {
                case '{' or '[':
                    if (i + 1 < jsv.Length && jsv[i + 1] == (c == '{' ? '}' : ']'))
                    {
                        output.Append(c).Append(jsv[++i]);
                        atLineStart = false;
                        break;
                    }
                    if (!atLineStart) NewLine(output, depth);
                    output.Append(c);
                    NewLine(output, ++depth);
                    atLineStart = true;
                    break;
                case '}' or ']':
                    NewLine(output, --depth);
                    output.Append(c);
                    atLineStart = false;
                    break;
                case ',':
                    output.Append(c);
                    NewLine(output, depth);
                    atLineStart = true;
                    break;
                case ':':
                    output.Append(": ");
                    atLineStart = false;
                    break;
                default:
                    output.Append(c);
                    atLineStart = false;
                    break;
            }
        }
        return output.ToString();
    }

    /// <summary>A quote opens a quoted value only at the start of a name or value.</summary>
    private static bool StartsValue(string jsv, int index) => index == 0 || jsv[index - 1] is '{' or '[' or ',' or ':';

    /// <summary>Copies a quoted value ("" is an escaped quote) and returns the index of its closing quote.</summary>
    private static int CopyQuoted(string jsv, int start, StringBuilder output)
    {
        output.Append('"');
        var i = start + 1;
        for (; i < jsv.Length; i++)
        {
            output.Append(jsv[i]);
            if (jsv[i] != '"') continue;
            if (i + 1 < jsv.Length && jsv[i + 1] == '"') output.Append(jsv[++i]);
            else break;
        }
        return i;
    }

    private static void NewLine(StringBuilder output, int depth) => output.Append('\n').Append('\t', depth);
}
