using System.Globalization;
using System.Text.RegularExpressions;

namespace CccApi.ServiceInterface.Rules;

public static partial class DomainNames
{
    public const int MaxLength = 54;

    private static readonly IdnMapping Idn = new() { UseStd3AsciiRules = true };

    /// <summary>Labels of letters, digits and hyphens, separated by dots, ending in a TLD of letters.</summary>
    [GeneratedRegex(@"^(?:[A-Za-z0-9-]+\.)+[A-Za-z]+$", RegexOptions.CultureInvariant)]
    public static partial Regex Fqdn();

    /// <summary>
    /// A domain as stored: international labels in their ASCII (punycode) form, lower-case, since DNS names
    /// compare without regard to case and a plain unique index can then compare them.
    /// </summary>
    public static string Normalize(string domain) =>
        TryToAscii(domain.Trim(), out var ascii) ? ascii : domain.Trim().ToLowerInvariant();

    /// <summary>A PrimaryDomain the API accepts: a fully qualified name (international labels allowed) of at most 54 ASCII characters.</summary>
    public static bool IsValidPrimaryDomain(string? domain) =>
        domain is not null && TryToAscii(domain, out var ascii) && ascii.Length <= MaxLength && Fqdn().IsMatch(ascii);

    /// <summary>
    /// The ASCII form of a host name of two or more labels (IDNA: international labels become punycode),
    /// lower-case; false unless every label is letters, digits and inner hyphens, 1 to 63 characters.
    /// </summary>
    public static bool TryToAscii(string domain, out string ascii)
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
        return labels.Length >= 2 && labels.All(IsLabel);
    }

    private static bool IsLabel(string label) =>
        label.Length is > 0 and <= 63 && label[0] != '-' && label[^1] != '-'
        && label.All(c => char.IsAsciiLetterOrDigit(c) || c == '-');

    /// <summary>The start of a default ServiceCode: the domain's first label, letters and digits only.</summary>
    public static string ServiceCodeStem(string domain)
    {
        var firstLabel = domain.Split('.')[0];
        var stem = new string(firstLabel.Where(char.IsAsciiLetterOrDigit).ToArray()).ToLowerInvariant();
        return stem.Length > 0 ? stem : "service";
    }
}
