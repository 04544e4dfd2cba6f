using System.Net;
using System.Text.RegularExpressions;

namespace CccApi.Tests.Metadata;

/// <summary>The ServiceStack 8.4 host's pages (status line, headers, body as curl -si shows them).</summary>
public static partial class ReferencePages
{
    public static string Directory => RepositoryFiles.ServiceStackReferenceDirectory;

    public static string Html(string filePrefix)
    {
        var file = System.IO.Directory.GetFiles(Directory, filePrefix + "_*.http").Single();
        // ServiceStack's page templates end their lines with CRLF; ours with LF, which renders the same.
        var text = File.ReadAllText(file).Replace("\r\n", "\n", StringComparison.Ordinal);
        return text[(text.IndexOf("\n\n", StringComparison.Ordinal) + 2)..];
    }

    /// <summary>The text of each &lt;pre&gt; block (the sample request and response), decoded.</summary>
    public static IReadOnlyList<string> Samples(string html) =>
        Pre().Matches(html).Select(m => WebUtility.HtmlDecode(Tag().Replace(m.Groups[1].Value, "")).Trim()).ToList();

    /// <summary>Every link target on a page.</summary>
    public static IReadOnlyList<string> Links(string html) =>
        Href().Matches(html).Select(m => WebUtility.HtmlDecode(m.Groups[1].Value)).ToList();

    [GeneratedRegex("<pre>(.*?)</pre>", RegexOptions.Singleline)]
    private static partial Regex Pre();

    [GeneratedRegex("<[^>]*>")]
    private static partial Regex Tag();

    [GeneratedRegex("href=[\"']([^\"']*)[\"']")]
    private static partial Regex Href();
}
