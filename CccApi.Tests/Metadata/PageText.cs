using System.Net;
using System.Text;
using System.Text.RegularExpressions;

namespace CccApi.Tests.Metadata;

/// <summary>
/// The text a reader sees on one of our HTML pages: the text of every element, block elements and
/// list items on lines of their own, head, styles, scripts and comments left out.
/// </summary>
public static partial class PageText
{
    private const string BulletCharacters = "•◦▪‣●·";

    public static IReadOnlyList<string> Lines(string html)
    {
        var text = Hidden().Replace(html, "");
        // Outside <pre>, line breaks in the source are only spaces: lines come from block elements.
        text = Preformatted().Replace(text, m => m.Groups["pre"].Success ? m.Value : Whitespace().Replace(m.Value, " "));
        text = BlockBoundary().Replace(text, "\n");
        text = AnyTag().Replace(text, "");
        text = WebUtility.HtmlDecode(text);
        return text.Split('\n').Select(l => l.TrimEnd()).ToList();
    }

    /// <summary>A line for comparison: all whitespace and bullet characters removed.</summary>
    public static string Normalize(string line)
    {
        var result = new StringBuilder(line.Length);
        foreach (var c in line)
        {
            if (!char.IsWhiteSpace(c) && !BulletCharacters.Contains(c)) result.Append(c);
        }
        return result.ToString();
    }

    /// <summary>
    /// The lines of <paramref name="expected"/> (blank ones skipped) that cannot be found, in order, in
    /// <paramref name="actual"/>, both normalized: lines may be laid out differently (compact JSON)
    /// but every one must appear, after the one before it.
    /// </summary>
    public static IReadOnlyList<string> MissingInOrder(IEnumerable<string> expected, IEnumerable<string> actual)
    {
        var haystack = string.Concat(actual.Select(Normalize));
        var missing = new List<string>();
        var position = 0;
        foreach (var line in expected)
        {
            var needle = Normalize(line);
            if (needle.Length == 0) continue;
            var found = haystack.IndexOf(needle, position, StringComparison.Ordinal);
            if (found < 0) missing.Add(line);
            else position = found + needle.Length;
        }
        return missing;
    }

    [GeneratedRegex(@"<head>.*?</head>|<script\b.*?</script>|<style\b.*?</style>|<!--.*?-->", RegexOptions.Singleline | RegexOptions.IgnoreCase)]
    private static partial Regex Hidden();

    [GeneratedRegex(@"</?(?:p|div|h[1-6]|table|caption|thead|tbody|tr|ul|ol|li|pre|br|nav)\b[^>]*>", RegexOptions.IgnoreCase)]
    private static partial Regex BlockBoundary();

    [GeneratedRegex(@"(?<pre><pre\b.*?</pre>)|(?:(?!<pre\b).)+", RegexOptions.Singleline | RegexOptions.IgnoreCase)]
    private static partial Regex Preformatted();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();

    [GeneratedRegex(@"<[^>]*>")]
    private static partial Regex AnyTag();
}
