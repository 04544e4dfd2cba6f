using CccApi.ServiceInterface.Data;
using CccApi.ServiceInterface.Data.Entities;
using CccApi.ServiceModel;
using Microsoft.EntityFrameworkCore;

namespace CccApi.ServiceInterface.Usage;

/// <summary>Services' user counts at the end of a day or month: for each, its latest rollup row up to then (one seek per service).</summary>
public static class UserCountQueries
{
    public static async Task<Dictionary<Guid, ServiceUserCountFigures>> AtAsync(CccDbContext db, List<Guid> ids, UsageReportPeriod period, CancellationToken ct)
    {
        var start = period.Start;
        if (period.Type == PeriodType.Daily)
        {
            var days = await db.ServiceUserCountDays.AsNoTracking()
                .Where(c => ids.Contains(c.ServiceId)
                    && c.Day == db.ServiceUserCountDays.Where(d => d.ServiceId == c.ServiceId && d.Day <= start).Max(d => (DateTime?)d.Day))
                .ToListAsync(ct);
            return days.ToDictionary(c => c.ServiceId, c => (ServiceUserCountFigures)c);
        }
        var months = await db.ServiceUserCountMonths.AsNoTracking()
            .Where(c => ids.Contains(c.ServiceId)
                && c.Month == db.ServiceUserCountMonths.Where(m => m.ServiceId == c.ServiceId && m.Month <= start).Max(m => (DateTime?)m.Month))
            .ToListAsync(ct);
        return months.ToDictionary(c => c.ServiceId, c => (ServiceUserCountFigures)c);
    }
}
