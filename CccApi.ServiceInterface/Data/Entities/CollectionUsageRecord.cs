namespace CccApi.ServiceInterface.Data.Entities;

/// <summary>
/// One day of a service's usage (ServiceUserId empty) or of one of its users, as its collection last reported it.
/// Unique per (service, day, user, collection): a resent day replaces the row, and the rollups change by the difference.
/// </summary>
public class CollectionUsageRecord : UsageFigures
{
    public Guid Id { get; set; }

    public Guid CollectionId { get; set; }

    public Guid ServiceId { get; set; }

    /// <summary>Guid.Empty for the service's own usage: a unique index treats every NULL as distinct, an empty Guid as one value.</summary>
    public Guid ServiceUserId { get; set; }

    /// <summary>The UTC day, at 00:00.</summary>
    public DateTime Day { get; set; }

    public string? ToolbarVersion { get; set; }

    public DateTime? LastMsgSent { get; set; }

    public DateTime? LastMsgRetrieved { get; set; }

    public DateTime? LastActivity { get; set; }

    public DateTime ReportedOn { get; set; }
}
