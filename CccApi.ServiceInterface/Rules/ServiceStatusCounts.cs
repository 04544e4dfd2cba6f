using CccApi.ServiceInterface.Data;
using CccApi.ServiceInterface.Data.Commands;
using CccApi.ServiceInterface.Data.Entities;
using CccApi.ServiceModel;
using Microsoft.EntityFrameworkCore;

namespace CccApi.ServiceInterface.Rules;

/// <summary>A service's move from one status (none: it is being created) to another.</summary>
public readonly record struct ServiceStatusMove(Guid ServiceId, Guid ResellerId, Guid PartnerId, ServiceStatus? From, ServiceStatus To);

/// <summary>
/// Keeps <see cref="ServiceStatusCount"/> (services per reseller and status) in step with the services; lists' totals
/// and page anchors are read from it (<see cref="KeptServiceList"/>). The moves are added in one statement that inserts
/// a row or adds to it, in the transaction of the change: two services of one reseller changing at once must not lose
/// either's move.
/// </summary>
public static class ServiceStatusCounts
{
    private static readonly MultiRowUpsert<ServiceStatusCount> Additions = new(
        [nameof(ServiceStatusCount.ResellerId), nameof(ServiceStatusCount.Status)],
        [nameof(ServiceStatusCount.PartnerId)],
        [nameof(ServiceStatusCount.Count), nameof(ServiceStatusCount.Moves)],
        UpsertMode.Add);

    /// <summary>Counts the <paramref name="moves"/> (one service, one move each), in the caller's transaction.</summary>
    public static Task MoveAsync(CccDbContext db, IEnumerable<ServiceStatusMove> moves, CancellationToken ct)
    {
        var changes = new Dictionary<(Guid ResellerId, ServiceStatus Status), ServiceStatusCount>();
        foreach (var move in moves)
        {
            if (move.From is { } from)
                Add(changes, move, from, -1);
            Add(changes, move, move.To, +1);
        }
        // One row per key, in key order: concurrent moves then lock the rows they share in the same order.
        return Additions.ExecuteAsync(db, [.. changes.Values.OrderBy(c => c.ResellerId).ThenBy(c => c.Status)], ct);
    }

    private static void Add(Dictionary<(Guid, ServiceStatus), ServiceStatusCount> changes, ServiceStatusMove move, ServiceStatus status, int delta)
    {
        if (!changes.TryGetValue((move.ResellerId, status), out var change))
            changes[(move.ResellerId, status)] = change = new ServiceStatusCount { ResellerId = move.ResellerId, PartnerId = move.PartnerId, Status = status };
        change.Count += delta;
        change.Moves++;
    }
}
