namespace ServiceStackCompat.Formats.Jsv;

/// <summary>
/// JSV, ServiceStack's text format (JSON's shapes with CSV's quoting), as this host writes and reads it:
/// <code>
/// value    = object | list | quoted | unquoted
/// object   = "{" [ member *( "," member ) ] "}"        a DTO or a dictionary
/// member   = key ":" value                             a member whose value is null is left out
/// key      = quoted | unquoted-key                     unquoted-key: text up to the next ":"
/// list     = "[" [ item *( "," item ) ] "]"
/// item     = value | ""                                an empty item is a null element
/// quoted   = DQUOTE *( any-char-but-DQUOTE | DQUOTE DQUOTE ) DQUOTE     "" inside is one "
/// unquoted = text up to the next "," or the "}" / "]" closing the enclosing object or list
/// </code>
/// Writing: a string (or date) is quoted when it is empty or holds any of <c>" , : [ ] { }</c>, CR or LF;
/// everything else is written bare, spaces and all ("{name:Hello World!}"). Booleans are True/False,
/// Guids 32 hex digits, dates ISO-8601 UTC, enums by name, numbers as in JSON.
/// Reading is more forgiving than writing: whitespace (spaces, tabs, line breaks) around keys, after
/// "{" "[" "," ":" and before "," "}" "]" is skipped, so that "{name:x, adminUserGuid:G}" reads both
/// members; an unquoted value is trimmed, so a value with edge spaces must be quoted.
/// </summary>
internal static class JsvGrammar
{
    /// <summary>The characters that make a string need quotes.</summary>
    public static bool NeedsQuotes(string text)
    {
        if (text.Length == 0) return true;
        foreach (var c in text)
        {
            if (c is '"' or ',' or ':' or '[' or ']' or '{' or '}' or '\r' or '\n') return true;
        }
        return false;
    }

    /// <summary>The text in double quotes, each quote inside doubled.</summary>
    public static string Quote(string text) => "\"" + text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
}
