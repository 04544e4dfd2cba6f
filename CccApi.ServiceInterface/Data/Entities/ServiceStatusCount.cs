using CccApi.ServiceModel;

namespace CccApi.ServiceInterface.Data.Entities;

/// <summary>
/// How many of a reseller's services are in one status, kept in the transaction of every change that creates a
/// service or moves it between statuses: a report's TotalItems sums a few of these rows (statuses times resellers)
/// instead of counting a partner's services one by one.
/// </summary>
public class ServiceStatusCount
{
    public Guid ResellerId { get; set; }

    public ServiceStatus Status { get; set; }

    /// <summary>The reseller's partner (which never changes), so a partner's counts are one index range.</summary>
    public Guid PartnerId { get; set; }

    public int Count { get; set; }

    /// <summary>
    /// How many moves into or out of this status the reseller's services have made: it only grows, so the sum over a
    /// list's rows changes whenever the list does (the version of its <see cref="Rules.ServicePageAnchors"/>).
    /// </summary>
    public long Moves { get; set; }
}
