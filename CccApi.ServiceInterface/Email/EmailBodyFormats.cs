namespace CccApi.ServiceInterface.Email;

/// <summary>PublicSendEmailMessage's BodyFormat words, in any case; unset means text, as the page says.</summary>
public static class EmailBodyFormats
{
    public const string Text = "text";
    public const string Html = "html";

    /// <returns>The canonical word, or null for an unknown one.</returns>
    public static string? Parse(string? format) => format switch
    {
        null or "" => Text,
        _ when string.Equals(format, Text, StringComparison.OrdinalIgnoreCase) => Text,
        _ when string.Equals(format, Html, StringComparison.OrdinalIgnoreCase) => Html,
        _ => null,
    };
}
