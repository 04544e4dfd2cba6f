using System.Net;

namespace ServiceStackCompat.MetadataPages;

/// <summary>HTML-encoding for everything a page shows that comes from the metadata or the request.</summary>
internal static class HtmlText
{
    public static string Encode(string? text) => WebUtility.HtmlEncode(text ?? "");
}
