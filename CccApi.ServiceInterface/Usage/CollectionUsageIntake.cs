using CccApi.ServiceInterface.Data;
using CccApi.ServiceInterface.Data.Commands;
using CccApi.ServiceInterface.Data.Entities;
using CccApi.ServiceInterface.Infrastructure;
using CccApi.ServiceModel;
using Microsoft.EntityFrameworkCore;

namespace CccApi.ServiceInterface.Usage;

/// <summary>
/// Stores a collection's usage batch (already validated) in one transaction: each record inserted, or replacing the one
/// reported before for its service, user and day, and the service's day and month rollups changed by the difference
/// (a few multi-row upserts: <see cref="UsageUpserts"/>),
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

        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        // A no-op write takes the collection's row lock first, so two batches of one collection are stored one after the
        // other, the second reading what the first wrote. A service is installed in one collection, so this also orders
        // every writer of its records and rollups.
        var locked = await db.Collections.Where(c => c.Id == collectionId)
            .ExecuteUpdateAsync(set => set.SetProperty(c => c.OwnerResellerId, c => c.OwnerResellerId), ct);
        if (locked == 0) throw HttpError.NotFound("Collection not found.", nameof(ReportCollectionUsage.CollectionGuid));

        await EnsureServicesAndUsersAsync(db, collectionId, batch, serviceIds, userIds, ct);

        // One read of the records the batch may replace (of its services, users and days), matched to the batch's keys
        // here: a record of another user, day or collection read with them is left as it is. The collection is matched
        // here too, not in SQL, where a planner without statistics would read all of the collection's records by it.
        var stored = (await db.CollectionUsageRecords.AsNoTracking()
            .Where(r => EF.Parameter(serviceIds).Contains(r.ServiceId)
                && EF.Parameter(userIds).Contains(r.ServiceUserId) && r.Day >= firstDay && r.Day <= lastDay)
            .ToListAsync(ct))
            .Where(r => r.CollectionId == collectionId)
            .ToDictionary(r => (r.ServiceId, r.ServiceUserId, r.Day));

        var (added, replaced) = (0, 0);
        var rows = new List<CollectionUsageRecord>(batch.Count);
        var days = new Dictionary<(Guid ServiceId, DateTime Day), ServiceUsageDay>();
        var months = new Dictionary<(Guid ServiceId, DateTime Month), ServiceUsageMonth>();
        foreach (var reported in batch)
        {
            var figures = reported.Figures;
            var before = stored.GetValueOrDefault((reported.ServiceId, reported.UserId, reported.Day));
            if (before is null) added++;
            else replaced++;
            var record = new CollectionUsageRecord
            {
                Id = before?.Id ?? Guid.NewGuid(),
                CollectionId = collectionId,
                ServiceId = reported.ServiceId,
                ServiceUserId = reported.UserId,
                Day = reported.Day,
                ToolbarVersion = string.IsNullOrWhiteSpace(reported.Record.ToolbarVersion) ? null : reported.Record.ToolbarVersion.Trim(),
                LastMsgSent = reported.Record.LastMsgSent,
                LastMsgRetrieved = reported.Record.LastMsgRetrieved,
                LastActivity = reported.Record.LastActivity,
                ReportedOn = now,
            };
            UsageFigureSums.Copy(figures, record);
            rows.Add(record);

            // The totals change by what the record now holds minus what it held (a new record held zeros).
            var held = (UsageFigures?)before ?? ReportedFigures.None;
            var dayKey = (reported.ServiceId, reported.Day);
            if (!days.TryGetValue(dayKey, out var day))
                days[dayKey] = day = new ServiceUsageDay { ServiceId = reported.ServiceId, Day = reported.Day };
            UsageFigureSums.AddDifference(day, figures, held);
            var monthKey = (reported.ServiceId, Month: UsagePeriods.MonthOf(reported.Day));
            if (!months.TryGetValue(monthKey, out var month))
                months[monthKey] = month = new ServiceUsageMonth { ServiceId = monthKey.ServiceId, Month = monthKey.Month };
            UsageFigureSums.AddDifference(month, figures, held);
        }

        // Written in the unique indexes' order, so that each statement's rows share the index pages it reads.
        await UsageUpserts.Records.ExecuteAsync(db, [.. rows.OrderBy(r => StoreOrder(r.ServiceId)).ThenBy(r => r.Day).ThenBy(r => StoreOrder(r.ServiceUserId))], ct);
        await UsageUpserts.Days.ExecuteAsync(db, [.. days.Values.OrderBy(d => StoreOrder(d.ServiceId)).ThenBy(d => d.Day)], ct);
        await UsageUpserts.Months.ExecuteAsync(db, [.. months.Values.OrderBy(m => StoreOrder(m.ServiceId)).ThenBy(m => m.Month)], ct);
        await transaction.CommitAsync(ct);
        return (added, replaced);
    }

    // Guids as SQLite stores them (upper-case text) and PostgreSQL orders them (byte by byte, which is the text's order).
    private static string StoreOrder(Guid id) => id.ToString("D").ToUpperInvariant();

    /// <summary>
    /// Every record's service is installed in the collection (else 404 naming <c>Records[i].ServiceGuid</c>) and its
    /// user, when it names one, is a user of that service (else 404 naming <c>Records[i].UserGuid</c>); the first
    /// record at fault is named. A service or user elsewhere is answered as one that does not exist.
    /// </summary>
    private static async Task EnsureServicesAndUsersAsync(CccDbContext db, Guid collectionId, List<Reported> batch,
        List<Guid> serviceIds, List<Guid> userIds, CancellationToken ct)
    {
        // By Id alone, the collection compared here: so no planner reads the collection's services by it instead.
        var installed = (await db.Services.AsNoTracking()
            .Where(s => EF.Parameter(serviceIds).Contains(s.Id))
            .Select(s => new { s.Id, s.CollectionId })
            .ToListAsync(ct)).Where(s => s.CollectionId == collectionId).Select(s => s.Id).ToHashSet();
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
