namespace CccApi.ServiceInterface.Data.Entities;

/// <summary>One change of a service user's status (Active from none when created, Disabled, Active again), in the change's transaction.</summary>
public class ServiceUserStatusChange
{
    public Guid Id { get; set; }

    public Guid ServiceUserId { get; set; }

    public Guid ServiceId { get; set; }

    /// <summary>Null for the status the user was created with.</summary>
    public RecordStatus? FromStatus { get; set; }

    public RecordStatus ToStatus { get; set; }

    public DateTime ChangedOn { get; set; }

    /// <summary>The admin user whose request made the change.</summary>
    public Guid? ChangedByUserId { get; set; }
}
