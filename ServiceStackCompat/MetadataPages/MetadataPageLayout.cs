using System.Text;

namespace ServiceStackCompat.MetadataPages;

/// <summary>The frame every metadata page shares: head with the style sheet, logo and title bar.</summary>
internal static class MetadataPageLayout
{
    public static void Open(StringBuilder html, string title, string pageStyles, string logoTitle)
    {
        var encodedTitle = HtmlText.Encode(title);
        html.Append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\" />\n<title>")
            .Append(encodedTitle).Append("</title>\n<style>\n")
            .Append(MetadataPageStyles.Common).Append(pageStyles)
            .Append("</style>\n</head>\n<body>\n    <a id=\"logo\" href=\"https://servicestack.net\" title=\"")
            .Append(HtmlText.Encode(logoTitle)).Append("\"></a>\n    <h1>").Append(encodedTitle).Append("</h1>\n    \n");
    }

    public static void Close(StringBuilder html) => html.Append("</body>\n</html>\n");
}
