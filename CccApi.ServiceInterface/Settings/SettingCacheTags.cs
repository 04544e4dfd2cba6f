using CccApi.ServiceInterface.Data.Entities;

namespace CccApi.ServiceInterface.Settings;

/// <summary>
/// The names settings entries carry in the cache. They are the original's DeleteCache patterns: urn:SettingKeys,
/// urn:SettingValues:&lt;Name&gt;, urn:ServiceSettingValues:&lt;Guid&gt; and urn:CollectionSettingValues:&lt;Guid&gt; (and ours for
/// resellers and partners). Each family also has a tag of its own, so that a pattern ending in '*' evicts it on every host.
/// </summary>
public static class SettingCacheTags
{
    public const string Keys = "urn:SettingKeys";

    public const string ValuesFamily = "urn:SettingValues";

    public static string Values(string keyName) => $"{ValuesFamily}:{keyName.ToLowerInvariant()}";

    public static string HolderFamily(SettingLevel level) => $"urn:{level}SettingValues";

    /// <summary>A Guid as the page's examples write it: lower case with hyphens.</summary>
    public static string Holder(SettingLevel level, Guid ownerId) => $"{HolderFamily(level)}:{ownerId:D}";

    /// <summary>Every family, each a tag that all entries of it carry.</summary>
    public static IReadOnlyList<string> Families { get; } =
        [Keys, ValuesFamily, .. Enum.GetValues<SettingLevel>().Select(HolderFamily)];

    /// <summary>
    /// The tag a DeleteCache pattern without '*' names, written as tags are (a key name without regard to case, a Guid in
    /// any of its forms); null when the pattern is not one of the families'.
    /// </summary>
    public static string? Canonical(string pattern)
    {
        if (string.Equals(pattern, Keys, StringComparison.OrdinalIgnoreCase)) return Keys;
        if (pattern.StartsWith(ValuesFamily + ":", StringComparison.OrdinalIgnoreCase))
            return Values(pattern[(ValuesFamily.Length + 1)..]);
        foreach (var level in Enum.GetValues<SettingLevel>())
        {
            var family = HolderFamily(level) + ":";
            if (pattern.StartsWith(family, StringComparison.OrdinalIgnoreCase))
                return Guid.TryParse(pattern[family.Length..], out var id) ? Holder(level, id) : null;
        }
        return null;
    }
}
