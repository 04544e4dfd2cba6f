namespace CccApi.ServiceInterface.Data.Entities;

/// <summary>
/// One domain of a service. A domain names one service in the whole system (the unique index on
/// <see cref="Domain"/>); which of a service's domains is primary is <see cref="Service.PrimaryDomain"/>.
/// </summary>
public class ServiceDomain
{
    public Guid Id { get; set; }

    public Guid ServiceId { get; set; }

    /// <summary>In the form <see cref="Rules.DomainNames.Normalize"/> gives (ASCII, lower-case), so the unique index compares domains as DNS does.</summary>
    public string Domain { get; set; } = "";

    public DateTime CreatedOn { get; set; }
}
