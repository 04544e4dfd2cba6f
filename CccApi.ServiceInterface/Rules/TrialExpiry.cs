using CccApi.ServiceInterface.Data;
using CccApi.ServiceInterface.Data.Commands;
using CccApi.ServiceModel;
using Microsoft.EntityFrameworkCore;

namespace CccApi.ServiceInterface.Rules;

/// <summary>
/// Ends the trials whose TrialEndDate has passed: one conditional UPDATE (<see cref="TrialExpiryUpdate"/>) and the
/// history rows of exactly the services it changed, by "system" (no admin user), in one transaction. Safe to run
/// on several hosts at once: each service is changed, and recorded, by one of them.
/// </summary>
public sealed class TrialExpiry(CccDbContext db, TimeProvider time)
{
    /// <summary>The number of services this run ended.</summary>
    public async Task<int> RunAsync(CancellationToken ct)
    {
        var now = time.GetUtcNow().UtcDateTime;
        // A read first, so that a host with nothing to do takes no write lock (SQLite's is the whole database's).
        if (!await db.Services.AnyAsync(s => s.Status == ServiceStatus.TrialActive && s.TrialEndDate <= now, ct))
            return 0;

        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var changed = await TrialExpiryUpdate.ExecuteAsync(db, now, ct);
        if (changed.Count == 0)
            return 0; // another host ended them first; disposing rolls the empty transaction back

        var resellerIds = changed.Select(c => c.ResellerId).Distinct().ToList();
        var partnerOf = await db.Resellers.Where(r => resellerIds.Contains(r.Id)).Select(r => new { r.Id, r.PartnerId })
            .ToDictionaryAsync(r => r.Id, r => r.PartnerId, ct);
        var operationId = Guid.NewGuid();
        var moves = changed.Select(c => new ServiceStatusMove(c.ServiceId, c.ResellerId, partnerOf[c.ResellerId], ServiceStatus.TrialActive, ServiceStatus.TrialExpired)).ToList();
        await ServiceStatusChanges.RecordAsync(db, moves, now, changedBy: null, operationId, ct);
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return changed.Count;
    }
}
