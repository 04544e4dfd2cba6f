using CccApi.ServiceInterface.Data;
using CccApi.ServiceInterface.Data.Entities;

namespace CccApi.ServiceInterface.Rules;

/// <summary>
/// What a status change writes besides the service's own row, in the transaction of the change: its history rows
/// and the moves between the kept counts (<see cref="ServiceStatusCounts"/>).
/// </summary>
public static class ServiceStatusChanges
{
    public static async Task<ServiceStatusChangeRecord> RecordAsync(CccDbContext db, ServiceStatusMove move,
        DateTime changedOn, Guid? changedBy, Guid operationId, CancellationToken ct) =>
        (await RecordAsync(db, [move], changedOn, changedBy, operationId, ct))[0];

    /// <summary>The history rows are added to <paramref name="db"/> (the caller's SaveChanges writes them); the counts are written now.</summary>
    public static async Task<IReadOnlyList<ServiceStatusChangeRecord>> RecordAsync(CccDbContext db, IReadOnlyCollection<ServiceStatusMove> moves,
        DateTime changedOn, Guid? changedBy, Guid operationId, CancellationToken ct)
    {
        var records = moves.Select(move => new ServiceStatusChangeRecord
        {
            Id = Guid.NewGuid(),
            ServiceId = move.ServiceId,
            ResellerId = move.ResellerId,
            PartnerId = move.PartnerId,
            FromStatus = move.From,
            ToStatus = move.To,
            ChangedOn = changedOn,
            ChangedByUserId = changedBy,
            OperationId = operationId,
        }).ToList();
        db.ServiceStatusChanges.AddRange(records);
        await ServiceStatusCounts.MoveAsync(db, moves, ct);
        return records;
    }
}
