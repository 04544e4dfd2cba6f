using CccApi.ServiceModel;

namespace CccApi.ServiceInterface.Usage;

/// <summary>
/// The UTC day or month a usage report covers: the one containing Period (its time ignored), and, when Period is
/// left out, the one containing yesterday (the last whole day the collections have reported).
/// </summary>
public readonly record struct UsageReportPeriod(PeriodType Type, DateTime Start)
{
    /// <summary>The period's last day (its first for Daily).</summary>
    public DateTime LastDay => Type == PeriodType.Daily ? Start : UsagePeriods.LastDayOfMonth(Start);

    public static UsageReportPeriod For(IUsagePeriodRequest request, DateTime now) => For(request.PeriodType, request.Period, now);

    public static UsageReportPeriod For(PeriodType? type, DateTime? period, DateTime now)
    {
        var periodType = type ?? PeriodType.Daily;
        var instant = period ?? now.AddDays(-1);
        return new UsageReportPeriod(periodType, periodType == PeriodType.Daily ? UsagePeriods.DayOf(instant) : UsagePeriods.MonthOf(instant));
    }
}
