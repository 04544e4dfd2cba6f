namespace CccApi.ServiceInterface.Data.Entities;

/// <summary>
/// The group a user was in from StartedOn until EndedOn (null while it still is), written in the transaction that
/// put the user there. The user-count reports read who was a Professional or a Guest on a day from these rows.
/// </summary>
public class ServiceUserGroupPeriod
{
    public Guid Id { get; set; }

    public Guid ServiceUserId { get; set; }

    public Guid ServiceId { get; set; }

    public Guid GroupId { get; set; }

    /// <summary>The group's type, copied: a report counts by type without reading the groups.</summary>
    public ServiceUserGroupType GroupType { get; set; }

    public DateTime StartedOn { get; set; }

    public DateTime? EndedOn { get; set; }
}
