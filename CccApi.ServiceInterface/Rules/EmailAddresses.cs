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

    /// <summary>The stored form of a valid address; false for anything else.</summary>
    public static bool TryNormalize(string? text, out string normalized)
    {
        normalized = "";
        if (string.IsNullOrEmpty(text)) return false;
        var at = text.IndexOf('@');
        if (at <= 0 || at != text.LastIndexOf('@')) return false;
        var local = text[..at];
        if (local.Length > MaxLocalPartLength || !IsDotAtom(local)) return false;
        // A top-level domain is never all digits (that would be an IP address written as a name).
        if (!DomainNames.TryToAscii(text[(at + 1)..], out var domain) || domain[(domain.LastIndexOf('.') + 1)..].All(char.IsAsciiDigit)) return false;
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
}
