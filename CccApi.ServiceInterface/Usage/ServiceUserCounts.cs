using CccApi.ServiceInterface.Data;
using CccApi.ServiceInterface.Data.Commands;
using CccApi.ServiceInterface.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace CccApi.ServiceInterface.Usage;

/// <summary>
/// Keeps the user-count rollups after a change to a service's users: the service's counts as they now are, written
/// as its row of today and of this month, and the change in its Professional and Guest counts added to this month's
/// totals of its reseller and its partner. Runs in the transaction of the change, after its SaveChanges.
/// </summary>
public static class ServiceUserCounts
{
    public static async Task RecordAsync(CccDbContext db, Guid serviceId, DateTime now, CancellationToken ct)
    {
        if (db.Database.CurrentTransaction is null)
            throw new InvalidOperationException("User counts are recorded in the transaction of the change they count.");

        // A no-op write takes the service's row lock first: two changes to one service's users then count one after
        // the other, each seeing the other's committed users, so the last row written holds the true counts.
        var owner = await LockServiceAsync(db, serviceId, ct);
        var counts = await CountAsync(db, serviceId, ct);
        var (day, month) = (UsagePeriods.DayOf(now), UsagePeriods.MonthOf(now));

        var before = await db.ServiceUserCountMonths.AsNoTracking()
            .Where(m => m.ServiceId == serviceId && m.Month <= month)
            .OrderByDescending(m => m.Month)
            .Select(m => new { m.Professional, m.Guest })
            .FirstOrDefaultAsync(ct);

        await SaveAsync(db, db.ServiceUserCountDays, d => d.ServiceId == serviceId && d.Day == day,
            () => new ServiceUserCountDay { ServiceId = serviceId, Day = day }, counts, ct);
        await SaveAsync(db, db.ServiceUserCountMonths, m => m.ServiceId == serviceId && m.Month == month,
            () => new ServiceUserCountMonth { ServiceId = serviceId, Month = month }, counts, ct);

        var (professional, guest) = (counts.Professional - (before?.Professional ?? 0), counts.Guest - (before?.Guest ?? 0));
        if (professional == 0 && guest == 0) return;
        await UserCountMonthChanges.AddAsync(db, owner.ResellerId, month, professional, guest, ct);
        await UserCountMonthChanges.AddAsync(db, owner.PartnerId, month, professional, guest, ct);
    }

    private static async Task<(Guid ResellerId, Guid PartnerId)> LockServiceAsync(CccDbContext db, Guid serviceId, CancellationToken ct)
    {
        await db.Services.Where(s => s.Id == serviceId).ExecuteUpdateAsync(set => set.SetProperty(s => s.ResellerId, s => s.ResellerId), ct);
        var owner = await db.Services.AsNoTracking().Where(s => s.Id == serviceId)
            .Join(db.Resellers, s => s.ResellerId, r => r.Id, (s, r) => new { s.ResellerId, r.PartnerId })
            .SingleAsync(ct);
        return (owner.ResellerId, owner.PartnerId);
    }

    private static async Task<ServiceUserCountDay> CountAsync(CccDbContext db, Guid serviceId, CancellationToken ct)
    {
        var counts = await db.ServiceUsers.AsNoTracking()
            .Where(u => u.ServiceId == serviceId)
            .GroupBy(u => u.ServiceId)
            .Select(g => new ServiceUserCountDay
            {
                Total = g.Count(),
                Professional = g.Count(u => u.Status == RecordStatus.Active && u.Group.Type == ServiceUserGroupType.Professional),
                Guest = g.Count(u => u.Status == RecordStatus.Active && u.Group.Type == ServiceUserGroupType.Guest),
                Disabled = g.Count(u => u.Status == RecordStatus.Disabled),
                Unregistered = g.Count(u => u.Status == RecordStatus.Active && u.RegisteredOn == null),
            })
            .SingleOrDefaultAsync(ct);
        return counts ?? new ServiceUserCountDay();
    }

    private static async Task SaveAsync<TRow>(CccDbContext db, DbSet<TRow> rows, System.Linq.Expressions.Expression<Func<TRow, bool>> key,
        Func<TRow> create, ServiceUserCountFigures counts, CancellationToken ct) where TRow : ServiceUserCountFigures
    {
        var row = await rows.SingleOrDefaultAsync(key, ct);
        if (row is null) rows.Add(row = create());
        row.Total = counts.Total;
        row.Professional = counts.Professional;
        row.Guest = counts.Guest;
        row.Disabled = counts.Disabled;
        row.Unregistered = counts.Unregistered;
        await db.SaveChangesAsync(ct);
    }
}
