using CccApi.ServiceInterface.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace CccApi.ServiceInterface.Rules;

/// <summary>
/// A list of services in page order (CreatedOn, Id) that a set of kept counts (<see cref="ServiceStatusCount"/> rows)
/// describes exactly: all of a partner's or reseller's services, or those in some statuses. Its total is their Counts'
/// sum; its version the sum of their Moves, which grows whenever a service joins, leaves or moves within those rows,
/// and names the list's <see cref="ServicePageAnchors"/>. <paramref name="key"/> names the list: every caller rule,
/// scope and filter that shapes it.
/// </summary>
public sealed class KeptServiceList(string key, IQueryable<ServiceStatusCount> counts, ServicePageAnchors anchors) : IKeptPaging<Service>
{
    private long _version;

    public async Task<int> TotalAsync(CancellationToken ct)
    {
        // The version first: a list that changes between the two reads then has anchors under its older version, which
        // the next request no longer reads.
        _version = await VersionAsync(ct);
        return await counts.SumAsync(c => c.Count, ct);
    }

    public async Task<(IQueryable<Service> Rows, int Skip)> StartAsync(IQueryable<Service> ordered, int skip, CancellationToken ct)
    {
        if (skip < anchors.Spacing)
            return (ordered, skip);
        var found = anchors.Find(key, _version);
        if (found is null)
        {
            found = await anchors.ReadAsync(ordered.Select(s => s.CreatedOn).AsAsyncEnumerable(), ct);
            // Kept only if the list did not change while it was read; this request uses them either way, as it would
            // have skipped through the list as it was while being read.
            if (await VersionAsync(ct) == _version)
                anchors.Keep(key, _version, found);
        }
        return anchors.Nearest(found, skip) is { } anchor
            ? (ordered.Where(s => s.CreatedOn >= anchor.CreatedOn), skip - anchor.Position)
            : (ordered, skip);
    }

    private Task<long> VersionAsync(CancellationToken ct) => counts.SumAsync(c => c.Moves, ct);
}
