using CccApi.ServiceInterface.Data;
using CccApi.ServiceInterface.Data.Entities;
using CccApi.ServiceInterface.Infrastructure;
using CccApi.ServiceModel;
using Microsoft.EntityFrameworkCore;

namespace CccApi.ServiceInterface.Usage;

/// <summary>
/// Stores a collection's usage batch (already validated) in one transaction: each record inserted, or replacing the one
/// reported before for its service, user and day, and the service's day and month rollups changed by the difference,
/// so a batch sent twice changes nothing the second time. Nothing is written when a record names a service not
/// installed in the collection or a user not of its service.
/// </summary>
public static class CollectionUsageIntake
{
    public static async Task<(int Added, int Replaced)> StoreAsync(CccDbContext db, Guid collectionId, IReadOnlyList<UsageRecord> records,
        DateTime now, CancellationToken ct)
    {
        var batch = records.Select((record, index) => new Reported(index, record)).ToList();
        var serviceIds = batch.Select(r => r.ServiceId).Distinct().ToList();
        var userIds = batch.Select(r => r.UserId).Distinct().ToList();
        var (firstDay, lastDay) = (batch.Min(r => r.Day), batch.Max(r => r.Day));
        var (firstMonth, lastMonth) = (UsagePeriods.MonthOf(firstDay), UsagePeriods.MonthOf(lastDay));

        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        // A no-op write takes the collection's row lock first, so two batches of one collection are stored one after the
        // other, the second reading what the first wrote. A service is installed in one collection, so this also orders
        // every writer of its records and rollups.
        var locked = await db.Collections.Where(c => c.Id == collectionId)
            .ExecuteUpdateAsync(set => set.SetProperty(c => c.OwnerResellerId, c => c.OwnerResellerId), ct);
        if (locked == 0) throw HttpError.NotFound("Collection not found.", nameof(ReportCollectionUsage.CollectionGuid));

        await EnsureServicesAndUsersAsync(db, collectionId, batch, serviceIds, userIds, ct);

        // One read each of the records and rollups the batch may touch (the collection's, of its services, users and days),
        // matched to the batch's keys here: a record of another user or day read with them is left as it is.
        var stored = await db.CollectionUsageRecords
            .Where(r => r.CollectionId == collectionId && EF.Parameter(serviceIds).Contains(r.ServiceId)
                && EF.Parameter(userIds).Contains(r.ServiceUserId) && r.Day >= firstDay && r.Day <= lastDay)
            .ToDictionaryAsync(r => (r.ServiceId, r.ServiceUserId, r.Day), ct);
        var days = await db.ServiceUsageDays
            .Where(d => EF.Parameter(serviceIds).Contains(d.ServiceId) && d.Day >= firstDay && d.Day <= lastDay)
            .ToDictionaryAsync(d => (d.ServiceId, d.Day), ct);
        var months = await db.ServiceUsageMonths
            .Where(m => EF.Parameter(serviceIds).Contains(m.ServiceId) && m.Month >= firstMonth && m.Month <= lastMonth)
            .ToDictionaryAsync(m => (m.ServiceId, m.Month), ct);

        var (added, replaced) = (0, 0);
        foreach (var reported in batch)
        {
            var figures = reported.Figures;
            var dayKey = (reported.ServiceId, reported.Day);
            if (!days.TryGetValue(dayKey, out var dayTotal))
                db.ServiceUsageDays.Add(days[dayKey] = dayTotal = new ServiceUsageDay { ServiceId = reported.ServiceId, Day = reported.Day });
            var month = UsagePeriods.MonthOf(reported.Day);
            if (!months.TryGetValue((reported.ServiceId, month), out var monthTotal))
                db.ServiceUsageMonths.Add(months[(reported.ServiceId, month)] = monthTotal = new ServiceUsageMonth { ServiceId = reported.ServiceId, Month = month });

            var recordKey = (reported.ServiceId, reported.UserId, reported.Day);
            if (stored.TryGetValue(recordKey, out var record))
            {
                replaced++;
            }
            else
            {
                added++;
                record = new CollectionUsageRecord
                {
                    Id = Guid.NewGuid(),
                    CollectionId = collectionId,
                    ServiceId = reported.ServiceId,
                    ServiceUserId = reported.UserId,
                    Day = reported.Day,
                };
                db.CollectionUsageRecords.Add(record);
                stored[recordKey] = record;
            }
            // The totals change by what the record now holds minus what it held (a new record holds zeros).
            UsageFigureSums.AddDifference(dayTotal, figures, record);
            UsageFigureSums.AddDifference(monthTotal, figures, record);
            UsageFigureSums.Copy(figures, record);
            record.ToolbarVersion = string.IsNullOrWhiteSpace(reported.Record.ToolbarVersion) ? null : reported.Record.ToolbarVersion.Trim();
            record.LastMsgSent = reported.Record.LastMsgSent;
            record.LastMsgRetrieved = reported.Record.LastMsgRetrieved;
            record.LastActivity = reported.Record.LastActivity;
            record.ReportedOn = now;
        }
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return (added, replaced);
    }

    /// <summary>
    /// Every record's service is installed in the collection (else 404 naming <c>Records[i].ServiceGuid</c>) and its
    /// user, when it names one, is a user of that service (else 404 naming <c>Records[i].UserGuid</c>); the first
    /// record at fault is named. A service or user elsewhere is answered as one that does not exist.
    /// </summary>
    private static async Task EnsureServicesAndUsersAsync(CccDbContext db, Guid collectionId, List<Reported> batch,
        List<Guid> serviceIds, List<Guid> userIds, CancellationToken ct)
    {
        var installed = (await db.Services.AsNoTracking()
            .Where(s => s.CollectionId == collectionId && EF.Parameter(serviceIds).Contains(s.Id))
            .Select(s => s.Id)
            .ToListAsync(ct)).ToHashSet();
        if (batch.FirstOrDefault(r => !installed.Contains(r.ServiceId)) is { } strayService)
            throw HttpError.NotFound("Service not found in this collection.", $"Records[{strayService.Index}].ServiceGuid");

        var namedUsers = userIds.Where(id => id != Guid.Empty).ToList();
        var userServices = namedUsers.Count == 0
            ? []
            : await db.ServiceUsers.AsNoTracking()
                .Where(u => EF.Parameter(namedUsers).Contains(u.Id))
                .Select(u => new { u.Id, u.ServiceId })
                .ToDictionaryAsync(u => u.Id, u => u.ServiceId, ct);
        if (batch.FirstOrDefault(r => r.UserId != Guid.Empty && userServices.GetValueOrDefault(r.UserId) != r.ServiceId) is { } strayUser)
            throw HttpError.NotFound("Service user not found in this service.", $"Records[{strayUser.Index}].UserGuid");
    }

    /// <summary>A record of the batch with its place in it, its key as stored (no user: Guid.Empty; the UTC day) and its figures.</summary>
    private sealed class Reported(int index, UsageRecord record)
    {
        public int Index { get; } = index;

        public UsageRecord Record { get; } = record;

        public Guid ServiceId { get; } = record.ServiceGuid;

        public Guid UserId { get; } = record.UserGuid ?? Guid.Empty;

        public DateTime Day { get; } = UsagePeriods.DayOf(record.Day!.Value);

        public ReportedFigures Figures { get; } = ReportedFigures.Of(record);
    }
}
