using System.Globalization;

namespace CccApi.ServiceInterface.Rules;

/// <summary>
/// Email addresses as the API accepts and stores them: a bare addr-spec (no display name, no quoted local
/// part, no spaces or quotes) whose domain is a host name of at least two labels, international domains
/// converted to their ASCII (punycode) form, lower-cased, at most 254 characters (RFC 5321).
/// </summary>
public static class EmailAddresses
{
    public const int MaxLength = 254;

    private const int MaxLocalPartLength = 64;

    private static readonly IdnMapping Idn = new() { UseStd3AsciiRules = true };

    /// <summary>The stored form of a valid address; false for anything else.</summary>
    public static bool TryNormalize(string? text, out string normalized)
    {
        normalized = "";
        if (string.IsNullOrEmpty(text)) return false;
        var at = text.IndexOf('@');
        if (at <= 0 || at != text.LastIndexOf('@')) return false;
        var local = text[..at];
        if (local.Length > MaxLocalPartLength || !IsDotAtom(local)) return false;
        if (!TryAsciiDomain(text[(at + 1)..], out var domain)) return false;
        normalized = (local + "@" + domain).ToLowerInvariant();
        return normalized.Length <= MaxLength;
    }

    /// <summary>The stored form when valid; otherwise the text trimmed and lower-cased (a sign-in name is looked up, not checked).</summary>
    public static string Normalize(string text) =>
        TryNormalize(text.Trim(), out var normalized) ? normalized : text.Trim().ToLowerInvariant();

    /// <summary>RFC 5322's dot-atom: atext characters in dot-separated runs, no quotes, no spaces.</summary>
    private static bool IsDotAtom(string local)
    {
        var previousWasDot = true; // no leading dot
        foreach (var c in local)
        {
            if (c == '.')
            {
                if (previousWasDot) return false;
                previousWasDot = true;
                continue;
            }
            if (!IsAtext(c)) return false;
            previousWasDot = false;
        }
        return !previousWasDot; // no trailing dot
    }

    private static bool IsAtext(char c) => c is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z') or (>= '0' and <= '9')
        or '!' or '#' or '$' or '%' or '&' or '\'' or '*' or '+' or '-' or '/' or '=' or '?' or '^' or '_' or '`' or '{' or '|' or '}' or '~';

    /// <summary>A host name of two or more labels, in ASCII: letters, digits and inner hyphens, each label 1 to 63 characters.</summary>
    internal static bool TryAsciiDomain(string domain, out string ascii)
    {
        ascii = "";
        if (domain.Length == 0 || domain.EndsWith('.')) return false;
        try
        {
            ascii = Idn.GetAscii(domain).ToLowerInvariant();
        }
        catch (ArgumentException)
        {
            return false;
        }
        var labels = ascii.Split('.');
        return labels.Length >= 2 && labels.All(IsLabel) && !labels[^1].All(char.IsAsciiDigit);
    }

    private static bool IsLabel(string label) =>
        label.Length is > 0 and <= 63 && label[0] != '-' && label[^1] != '-'
        && label.All(c => char.IsAsciiLetterOrDigit(c) || c == '-');
}
