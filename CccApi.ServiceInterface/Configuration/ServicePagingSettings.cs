namespace CccApi.ServiceInterface.Configuration;

/// <summary>The "ServicePaging" section: how the long lists of services the reports page through are anchored.</summary>
public sealed class ServicePagingSettings
{
    public const string SectionName = "ServicePaging";

    /// <summary>The bounds <see cref="AnchorSpacing"/> may be set to.</summary>
    public const int MinAnchorSpacing = 1, MaxAnchorSpacing = 1_000_000;

    /// <summary>
    /// Every how many services of a list an anchor is kept (<see cref="Rules.ServicePageAnchors"/>): the most a deep
    /// page skips. Smaller keeps more anchors in memory (16 bytes each) for less skipping.
    /// </summary>
    public int AnchorSpacing { get; set; } = 1000;
}
