namespace CccApi.ServiceInterface.Usage;

/// <summary>The UTC days and months the usage tables and reports are keyed by.</summary>
public static class UsagePeriods
{
    public static DateTime DayOf(DateTime instant) => DateTime.SpecifyKind(ToUtc(instant).Date, DateTimeKind.Utc);

    public static DateTime MonthOf(DateTime instant)
    {
        var utc = ToUtc(instant);
        return new DateTime(utc.Year, utc.Month, 1, 0, 0, 0, DateTimeKind.Utc);
    }

    /// <summary>Counted within the month, so that December 9999 (the last month a DateTime holds) has one too.</summary>
    public static DateTime LastDayOfMonth(DateTime month) =>
        new(month.Year, month.Month, DateTime.DaysInMonth(month.Year, month.Month), 0, 0, 0, DateTimeKind.Utc);

    /// <summary>A bound a caller gave without a zone is UTC, as every date the API answers is.</summary>
    private static DateTime ToUtc(DateTime instant) => instant.Kind switch
    {
        DateTimeKind.Local => instant.ToUniversalTime(),
        DateTimeKind.Unspecified => DateTime.SpecifyKind(instant, DateTimeKind.Utc),
        _ => instant,
    };
}
