using CccApi.ServiceModel;

namespace CccApi.ServiceInterface.Data.Entities;

/// <summary>
/// One change of a service's status, written in the transaction that made it. ResellerId and PartnerId are the
/// service's when it changed (a service never moves between resellers), copied so that a search by reseller
/// or partner and date range reads one index, and the caller's scope is decided on the row without the service.
/// </summary>
public class ServiceStatusChangeRecord
{
    public Guid Id { get; set; }

    public Guid ServiceId { get; set; }

    public Guid ResellerId { get; set; }

    public Guid PartnerId { get; set; }

    /// <summary>Null for the status a service was created with.</summary>
    public ServiceStatus? FromStatus { get; set; }

    public ServiceStatus ToStatus { get; set; }

    public DateTime ChangedOn { get; set; }

    /// <summary>The admin user whose request made the change; null when the system did (a trial ending).</summary>
    public Guid? ChangedByUserId { get; set; }

    /// <summary>The request, or the run of the trial expiry, that made the change.</summary>
    public Guid OperationId { get; set; }
}
