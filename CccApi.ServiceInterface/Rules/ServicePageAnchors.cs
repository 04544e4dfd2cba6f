using CccApi.ServiceInterface.Configuration;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;

namespace CccApi.ServiceInterface.Rules;

/// <summary>
/// Where every <see cref="ServicePagingSettings.AnchorSpacing"/>-th service (1,000th by default) of a long list in
/// page order (CreatedOn, Id) lies, per host, for one version of the list (<see cref="KeptServiceList"/>): a deep page
/// then starts at the nearest anchor and skips at most about that many entries, instead of every earlier service. A
/// list's anchors are read once per version, the first time a page past its first anchor is asked for; a changed list
/// has a new version, so nothing is invalidated.
/// </summary>
public sealed class ServicePageAnchors(IOptions<ServicePagingSettings> settings) : IDisposable
{
    public int Spacing { get; } = settings.Value.AnchorSpacing;

    // Anchors are 16 bytes each: a million of them (a billion services' worth of lists) is 16 MB.
    private readonly MemoryCache _cache = new(new MemoryCacheOptions { SizeLimit = 1_000_000 });

    /// <summary>
    /// An anchor, taken at every <see cref="Spacing"/>-th entry after the first: that entry's CreatedOn and the
    /// position in the list of the first service created then, so that the services created at or after it are the
    /// list from that position on.
    /// </summary>
    public readonly record struct Anchor(DateTime CreatedOn, int Position);

    /// <summary>The anchors of <paramref name="list"/> at <paramref name="version"/>, if they have been read here.</summary>
    public IReadOnlyList<Anchor>? Find(ServiceListShape list, long version) =>
        _cache.TryGetValue((list, version), out IReadOnlyList<Anchor>? anchors) ? anchors : null;

    public void Keep(ServiceListShape list, long version, IReadOnlyList<Anchor> anchors) =>
        _cache.Set((list, version), anchors, new MemoryCacheEntryOptions
        {
            Size = anchors.Count + 1,
            // A list's old versions are never asked for again.
            SlidingExpiration = TimeSpan.FromMinutes(10),
        });

    /// <summary>The anchor to start from for the entry at <paramref name="skip"/>: the last one at or before it, if any.</summary>
    public Anchor? Nearest(IReadOnlyList<Anchor> anchors, int skip)
    {
        // Anchor i was taken at entry (i + 1) * Spacing, and lies at or before it (ties in CreatedOn move it earlier).
        var index = Math.Min(skip / Spacing, anchors.Count) - 1;
        return index >= 0 ? anchors[index] : null;
    }

    public void Dispose() => _cache.Dispose();
}
