namespace CccApi.Host.Framework.Errors;

/// <summary>Shortens caller-supplied text shown in an error, never between the two halves of a surrogate pair.</summary>
internal static class ShownText
{
    /// <summary>
    /// The first <paramref name="max"/> characters followed by "...", or the text itself when short enough.
    /// Half a surrogate pair is not text: the JSON, XML and HTML writers refuse it, which would turn a 400 into a 500.
    /// </summary>
    public static string Truncate(string text, int max)
    {
        if (text.Length <= max) return text;
        var cut = char.IsHighSurrogate(text[max - 1]) ? max - 1 : max;
        return text[..cut] + "...";
    }
}
