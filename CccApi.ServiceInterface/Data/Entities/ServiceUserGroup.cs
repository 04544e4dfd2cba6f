namespace CccApi.ServiceInterface.Data.Entities;

/// <summary>
/// A group (package) of a service's users. Every service has one default group of each type, created with it;
/// further groups are addressed by their Guid.
/// </summary>
public class ServiceUserGroup
{
    public Guid Id { get; set; }

    public Guid ServiceId { get; set; }

    public string Name { get; set; } = "";

    public ServiceUserGroupType Type { get; set; }

    public bool IsDefault { get; set; }

    public DateTime CreatedOn { get; set; }
}
