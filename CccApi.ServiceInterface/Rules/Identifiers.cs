using System.Text.RegularExpressions;

namespace CccApi.ServiceInterface.Rules;

/// <summary>
/// Codes that name a thing to other systems (collection and service codes): lower-case letters, digits, dots
/// and hyphens, starting and ending with a letter or digit. Letters are accepted in either case and stored
/// lower-case, so the unique indexes compare them as one.
/// </summary>
public static partial class Identifiers
{
    public const string InvalidMessage = "'{PropertyName}' may hold only letters, digits, dots and hyphens, and must start and end with a letter or digit.";

    public static string Normalize(string code) => code.Trim().ToLowerInvariant();

    public static bool IsValid(string? code) => code is null || Pattern().IsMatch(Normalize(code));

    [GeneratedRegex("^[a-z0-9](?:[a-z0-9.-]*[a-z0-9])?$", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
