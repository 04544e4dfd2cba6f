using CccApi.ServiceInterface.Data;
using CccApi.ServiceModel;
using Microsoft.EntityFrameworkCore;

namespace CccApi.ServiceInterface.Usage;

/// <summary>
/// The months of a user-count report and its figures: each service's Professional and Guest users at the end of
/// each month (its latest rollup row up to then), and the totals of every service of the report (the running sum of
/// the reseller's or partner's monthly changes). Each month's PercentageChanged compares it with the month before,
/// the first with the month before StartPeriod; 0 where that month had none.
/// </summary>
public sealed class UserCountReport(DateTime firstMonth, DateTime lastMonth)
{
    /// <summary>At most this many months in one report (ten years).</summary>
    public const int MaxMonths = 120;

    public DateTime FirstMonth { get; } = firstMonth;

    public DateTime LastMonth { get; } = lastMonth;

    public IReadOnlyList<DateTime> Months { get; } = MonthsBetween(firstMonth, lastMonth);

    /// <summary>StartPeriod and EndPeriod (today when left out), year and month only.</summary>
    public static UserCountReport For(IUserCountReportRequest request, DateTime now) =>
        new(UsagePeriods.MonthOf(request.StartPeriod!.Value), UsagePeriods.MonthOf(request.EndPeriod ?? now));

    public static int MonthCount(DateTime firstMonth, DateTime lastMonth) =>
        ((lastMonth.Year - firstMonth.Year) * 12) + lastMonth.Month - firstMonth.Month + 1;

    /// <summary>Each service's monthly Professional and Guest counts, carried forward across months without a change.</summary>
    public async Task<Dictionary<Guid, (List<PeriodStat> Professional, List<PeriodStat> Guest)>> PerServiceAsync(CccDbContext db, List<Guid> ids, CancellationToken ct)
    {
        var (first, last) = (FirstMonth, LastMonth);
        var rows = await db.ServiceUserCountMonths.AsNoTracking()
            .Where(c => ids.Contains(c.ServiceId)
                && ((c.Month >= first && c.Month <= last)
                    || c.Month == db.ServiceUserCountMonths.Where(m => m.ServiceId == c.ServiceId && m.Month < first).Max(m => (DateTime?)m.Month)))
            .Select(c => new { c.ServiceId, c.Month, c.Professional, c.Guest })
            .ToListAsync(ct);
        var byService = rows.ToLookup(r => r.ServiceId);
        return ids.ToDictionary(id => id, id =>
        {
            var months = byService[id].OrderBy(r => r.Month).ToList();
            var before = months.LastOrDefault(r => r.Month < first);
            var inRange = months.Where(r => r.Month >= first).ToDictionary(r => r.Month);
            return (
                Carried(before?.Professional ?? 0, month => inRange.TryGetValue(month, out var r) ? r.Professional : null),
                Carried(before?.Guest ?? 0, month => inRange.TryGetValue(month, out var r) ? r.Guest : null));
        });
    }

    /// <summary>The monthly totals of every service of a reseller or partner: running sums of its monthly changes.</summary>
    public async Task<(List<PeriodStat> Professional, List<PeriodStat> Guest)> TotalsAsync(CccDbContext db, Guid scopeId, CancellationToken ct)
    {
        var (first, last) = (FirstMonth, LastMonth);
        var before = await db.UserCountMonthChanges.AsNoTracking()
            .Where(c => c.ScopeId == scopeId && c.Month < first)
            .GroupBy(c => c.ScopeId)
            .Select(g => new { Professional = g.Sum(c => c.Professional), Guest = g.Sum(c => c.Guest) })
            .SingleOrDefaultAsync(ct);
        var changes = await db.UserCountMonthChanges.AsNoTracking()
            .Where(c => c.ScopeId == scopeId && c.Month >= first && c.Month <= last)
            .ToDictionaryAsync(c => c.Month, ct);
        return (
            Summed(before?.Professional ?? 0, month => changes.TryGetValue(month, out var c) ? c.Professional : 0),
            Summed(before?.Guest ?? 0, month => changes.TryGetValue(month, out var c) ? c.Guest : 0));
    }

    private List<PeriodStat> Carried(int before, Func<DateTime, int?> valueIn)
    {
        var stats = new List<PeriodStat>(Months.Count);
        var previous = before;
        foreach (var month in Months)
        {
            var value = valueIn(month) ?? previous;
            stats.Add(Stat(month, value, previous));
            previous = value;
        }
        return stats;
    }

    private List<PeriodStat> Summed(int before, Func<DateTime, int> changeIn)
    {
        var stats = new List<PeriodStat>(Months.Count);
        var previous = before;
        foreach (var month in Months)
        {
            var value = previous + changeIn(month);
            stats.Add(Stat(month, value, previous));
            previous = value;
        }
        return stats;
    }

    private static PeriodStat Stat(DateTime month, int value, int previous) => new()
    {
        sPeriod = month,
        Total = value,
        PercentageChanged = previous == 0 ? 0 : Math.Round((value - previous) * 100.0 / previous, 2),
    };

    /// <summary>Stops at the last month without stepping past it, so that a report may end in December 9999.</summary>
    private static List<DateTime> MonthsBetween(DateTime first, DateTime last)
    {
        var months = new List<DateTime>();
        for (var month = first; month <= last; month = month.AddMonths(1))
        {
            months.Add(month);
            if (month == last) break;
        }
        return months;
    }
}
