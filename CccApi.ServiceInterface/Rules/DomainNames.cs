using System.Text.RegularExpressions;

namespace CccApi.ServiceInterface.Rules;

public static partial class DomainNames
{
    public const int MaxLength = 54;

    /// <summary>Labels of letters, digits and hyphens, separated by dots, ending in a TLD of letters.</summary>
    [GeneratedRegex(@"^(?:[A-Za-z0-9-]+\.)+[A-Za-z]+$", RegexOptions.CultureInvariant)]
    public static partial Regex Fqdn();

    /// <summary>DNS names compare without regard to case; storing them lower-case lets a plain unique index compare them.</summary>
    public static string Normalize(string domain) => domain.Trim().ToLowerInvariant();

    /// <summary>The start of a default ServiceCode: the domain's first label, letters and digits only.</summary>
    public static string ServiceCodeStem(string domain)
    {
        var firstLabel = domain.Split('.')[0];
        var stem = new string(firstLabel.Where(char.IsAsciiLetterOrDigit).ToArray()).ToLowerInvariant();
        return stem.Length > 0 ? stem : "service";
    }
}
