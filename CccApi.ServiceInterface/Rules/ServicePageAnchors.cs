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
    /// An anchor: a CreatedOn value and the position in the list of the first service created then, so that the
    /// services created at or after it are the list from that position on.
    /// </summary>
    public readonly record struct Anchor(DateTime CreatedOn, int Position);

    /// <summary>The anchors of <paramref name="listKey"/> at <paramref name="version"/>, if they have been read here.</summary>
    public IReadOnlyList<Anchor>? Find(string listKey, long version) =>
        _cache.TryGetValue((listKey, version), out IReadOnlyList<Anchor>? anchors) ? anchors : null;

    public void Keep(string listKey, long version, IReadOnlyList<Anchor> anchors) =>
        _cache.Set((listKey, version), anchors, new MemoryCacheEntryOptions
        {
            Size = anchors.Count + 1,
            // A list's old versions are never asked for again.
            SlidingExpiration = TimeSpan.FromMinutes(10),
        });

    /// <summary>The anchors of a list from its CreatedOn values in page order: one per <see cref="Spacing"/> entries after the first.</summary>
    public async Task<IReadOnlyList<Anchor>> ReadAsync(IAsyncEnumerable<DateTime> createdOnInPageOrder, CancellationToken ct)
    {
        var anchors = new List<Anchor>();
        var (position, runStart, runValue) = (0, 0, default(DateTime));
        await foreach (var createdOn in createdOnInPageOrder.WithCancellation(ct))
        {
            if (position == 0 || createdOn != runValue)
                (runStart, runValue) = (position, createdOn);
            if (position > 0 && position % Spacing == 0)
                anchors.Add(new Anchor(createdOn, runStart));
            position++;
        }
        return anchors;
    }

    /// <summary>The anchor to start from for the entry at <paramref name="skip"/>: the last one at or before it, if any.</summary>
    public Anchor? Nearest(IReadOnlyList<Anchor> anchors, int skip)
    {
        // Anchor i was taken at entry (i + 1) * Spacing, and lies at or before it (ties in CreatedOn move it earlier).
        var index = Math.Min(skip / Spacing, anchors.Count) - 1;
        return index >= 0 ? anchors[index] : null;
    }

    public void Dispose() => _cache.Dispose();
}
