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

        // The latest month row up to now holds the counts before this change; it is this month's row when there is one.
        var latestMonth = await db.ServiceUserCountMonths
            .Where(m => m.ServiceId == serviceId && m.Month <= month)
            .OrderByDescending(m => m.Month)
            .FirstOrDefaultAsync(ct);
        var (professionalBefore, guestBefore) = (latestMonth?.Professional ?? 0, latestMonth?.Guest ?? 0);
        var monthRow = latestMonth is not null && latestMonth.Month == month
            ? latestMonth
            : db.ServiceUserCountMonths.Add(new ServiceUserCountMonth { ServiceId = serviceId, Month = month }).Entity;
        var dayRow = await db.ServiceUserCountDays.SingleOrDefaultAsync(d => d.ServiceId == serviceId && d.Day == day, ct)
            ?? db.ServiceUserCountDays.Add(new ServiceUserCountDay { ServiceId = serviceId, Day = day }).Entity;
        SetCounts(dayRow, counts);
        SetCounts(monthRow, counts);
        await db.SaveChangesAsync(ct);

        var (professional, guest) = (counts.Professional - professionalBefore, counts.Guest - guestBefore);
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

    private static void SetCounts(ServiceUserCountFigures row, ServiceUserCountFigures counts)
    {
        row.Total = counts.Total;
        row.Professional = counts.Professional;
        row.Guest = counts.Guest;
        row.Disabled = counts.Disabled;
        row.Unregistered = counts.Unregistered;
    }
}
