using System.Globalization;
using System.Text;

namespace CccApi.ServiceInterface.Rules;

/// <summary>
/// The stored form of a name (partner, reseller, company, site, collection, bundle, SKU): Unicode NFKC
/// (full-width letters, ligatures and the Kelvin sign become their plain forms), trimmed, every run of
/// white space one space. Names are compared and kept unique in this form.
/// </summary>
public static class NameForms
{
    /// <summary>Unicode format characters (zero-width spaces and joiners, the byte order mark, bidi marks, soft hyphens): invisible in a name.</summary>
    public static bool IsFormatCharacter(char c) => char.GetUnicodeCategory(c) == UnicodeCategory.Format;

    public static string? Normalize(string? name)
    {
        if (name is null) return null;
        var compatible = name.Normalize(NormalizationForm.FormKC);
        var builder = new StringBuilder(compatible.Length);
        var pendingSpace = false;
        foreach (var c in compatible)
        {
            if (char.IsWhiteSpace(c))
            {
                pendingSpace = builder.Length > 0;
                continue;
            }
            if (pendingSpace) builder.Append(' ');
            pendingSpace = false;
            builder.Append(c);
        }
        return builder.ToString();
    }
}
