namespace CccApi.ServiceInterface.PublicOperations;

/// <summary>Limits of the anonymous (/public) operations, bound from the "PublicOperations" section.</summary>
public sealed class PublicOperationSettings
{
    public const string SectionName = "PublicOperations";

    /// <summary>
    /// Requests one client address may make to one anonymous operation per minute (then 429), well below the
    /// general per-address limit: they need no credential, so this is what slows a walk through service codes.
    /// </summary>
    public int RequestsPerAddressPerMinute { get; set; } = 120;

    /// <summary>
    /// Requests about one email address PublicGetSSOUser and PublicDiscoveryServiceUser answer per minute, from any
    /// client address (then 429): PublicDiscoveryServiceUser's POST checks a password.
    /// </summary>
    public int RequestsPerEmailPerMinute { get; set; } = 10;
}
