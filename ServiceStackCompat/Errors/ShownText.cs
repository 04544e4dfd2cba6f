namespace ServiceStackCompat.Errors;

/// <summary>Caller-supplied text as an error shows it: printable, and short.</summary>
internal static class ShownText
{
    /// <summary>
    /// Control characters and U+FFFE/U+FFFF become '?' (XML 1.0 cannot carry them), and text beyond
    /// <paramref name="max"/> characters is cut, never between the two halves of a surrogate pair (half a
    /// pair is not text), and marked with "...". Either would otherwise make the error's own writer fail: a 500.
    /// </summary>
    public static string Of(string text, int max)
    {
        var printable = Replaced(text, c => char.IsControl(c) || IsNoncharacter(c));
        if (printable.Length <= max) return printable;
        var cut = char.IsHighSurrogate(printable[max - 1]) ? max - 1 : max;
        return printable[..cut] + "...";
    }

    /// <summary>
    /// An error message, which may quote what the caller sent (an unknown provider's name): line breaks and
    /// tabs are kept, other control characters become '?', as no XML or HTML body could carry them.
    /// </summary>
    public static string? Message(string? message)
    {
        if (message is null || !message.Any(IsUnwritable)) return message;
        return Replaced(message, IsUnwritable);
    }

    private static string Replaced(string text, Func<char, bool> unwritable) =>
        string.Create(text.Length, (text, unwritable), static (span, state) =>
        {
            for (var i = 0; i < state.text.Length; i++) span[i] = state.unwritable(state.text[i]) ? '?' : state.text[i];
        });

    private static bool IsUnwritable(char c) => (char.IsControl(c) && c is not ('\t' or '\n' or '\r')) || IsNoncharacter(c);

    private static bool IsNoncharacter(char c) => c is '\uFFFE' or '\uFFFF';
}
