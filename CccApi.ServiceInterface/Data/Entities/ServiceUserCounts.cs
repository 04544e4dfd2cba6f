namespace CccApi.ServiceInterface.Data.Entities;

/// <summary>How many users a service had, by kind, at the end of a day or month (its last change then).</summary>
public abstract class ServiceUserCountFigures
{
    public Guid ServiceId { get; set; }

    /// <summary>Every user, whatever its status.</summary>
    public int Total { get; set; }

    /// <summary>Active users in a Professional group.</summary>
    public int Professional { get; set; }

    /// <summary>Active users in a Guest group.</summary>
    public int Guest { get; set; }

    public int Disabled { get; set; }

    /// <summary>Active users not yet registered (activated).</summary>
    public int Unregistered { get; set; }
}

/// <summary>
/// A service's user counts as its last user change of the day left them. A day without a row has the counts of the
/// latest row before it: a report reads one row per service and day, however many users the service has.
/// </summary>
public class ServiceUserCountDay : ServiceUserCountFigures
{
    public DateTime Day { get; set; }
}

/// <summary>As <see cref="ServiceUserCountDay"/>, per UTC month (Month: its first day, 00:00).</summary>
public class ServiceUserCountMonth : ServiceUserCountFigures
{
    public DateTime Month { get; set; }
}

/// <summary>
/// How the Professional and Guest counts of all the services of a reseller or partner (ScopeId) changed in a month:
/// the report's per-month totals are the running sums of these rows, so they cost one row per month, not one per service.
/// </summary>
public class UserCountMonthChange
{
    public Guid ScopeId { get; set; }

    public DateTime Month { get; set; }

    public int Professional { get; set; }

    public int Guest { get; set; }
}
