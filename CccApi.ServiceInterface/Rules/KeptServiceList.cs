using CccApi.ServiceInterface.Data;
using CccApi.ServiceInterface.Data.Entities;
using CccApi.ServiceInterface.Data.Queries;
using Microsoft.EntityFrameworkCore;

namespace CccApi.ServiceInterface.Rules;

/// <summary>
/// A list of services in page order (CreatedOn, Id) that kept counts (<see cref="ServiceStatusCount"/> rows) describe
/// exactly (<see cref="ServiceListShape"/>). Its total is their Counts' sum; its version the sum of their Moves, which
/// grows whenever a service joins, leaves or moves within those rows, and names the list's <see cref="ServicePageAnchors"/>.
/// The ordered query it pages must list the same services as <paramref name="shape"/>.
/// </summary>
public sealed class KeptServiceList(ServiceListShape shape, CccDbContext db, ServicePageAnchors anchors) : IKeptPaging<Service>
{
    private long _version;

    private IQueryable<ServiceStatusCount> Counts => shape.CountsIn(db.ServiceStatusCounts);

    public async Task<int> TotalAsync(CancellationToken ct)
    {
        // The version first: a list that changes between the two reads then has anchors under its older version, which
        // the next request no longer reads.
        _version = await VersionAsync(ct);
        return await Counts.SumAsync(c => c.Count, ct);
    }

    public async Task<(IQueryable<Service> Rows, int Skip)> StartAsync(IQueryable<Service> ordered, int skip, CancellationToken ct)
    {
        if (skip < anchors.Spacing)
            return (ordered, skip);
        var found = anchors.Find(shape, _version);
        if (found is null)
        {
            found = await ServicePageAnchorQuery.ReadAsync(db, shape, anchors.Spacing, ct);
            // Kept only if the list did not change while it was read; this request uses them either way, as it would
            // have skipped through the list as it was while being read.
            if (await VersionAsync(ct) == _version)
                anchors.Keep(shape, _version, found);
        }
        return anchors.Nearest(found, skip) is { } anchor
            ? (ordered.Where(s => s.CreatedOn >= anchor.CreatedOn), skip - anchor.Position)
            : (ordered, skip);
    }

    private Task<long> VersionAsync(CancellationToken ct) => Counts.SumAsync(c => c.Moves, ct);
}
