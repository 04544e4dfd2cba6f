namespace CccApi.ServiceInterface.Data.Sqlite;

internal static class SqlStatements
{
    private static readonly string[] WriteKeywords = ["INSERT", "UPDATE", "DELETE", "REPLACE"];

    /// <summary>Whether the SQL's first statement changes rows: its first keyword, past blanks and comments, is INSERT, UPDATE, DELETE or REPLACE.</summary>
    public static bool StartsWithWrite(string? sql)
    {
        var text = SkipBlanksAndComments(sql.AsSpan());
        foreach (var keyword in WriteKeywords)
        {
            if (text.StartsWith(keyword, StringComparison.OrdinalIgnoreCase)
                && (text.Length == keyword.Length || !char.IsLetterOrDigit(text[keyword.Length]) && text[keyword.Length] != '_'))
                return true;
        }
        return false;
    }

    private static ReadOnlySpan<char> SkipBlanksAndComments(ReadOnlySpan<char> text)
    {
        while (true)
        {
            text = text.TrimStart();
            if (text.StartsWith("--"))
            {
                var end = text.IndexOf('\n');
                text = end < 0 ? [] : text[(end + 1)..];
            }
            else if (text.StartsWith("/*"))
            {
                var end = text.IndexOf("*/");
                text = end < 0 ? [] : text[(end + 2)..];
            }
            else
                return text;
        }
    }
}
