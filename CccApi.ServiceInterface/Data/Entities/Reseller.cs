namespace CccApi.ServiceInterface.Data.Entities;

public class Reseller
{
    public Guid Id { get; set; }

    public Guid PartnerId { get; set; }

    public Partner Partner { get; set; } = null!;

    public string Name { get; set; } = "";

    public string CompanyName { get; set; } = "";

    public string? ContactName { get; set; }

    public string? ContactEmail { get; set; }

    public string? ContactPhoneNumber { get; set; }

    public RecordStatus Status { get; set; }

    /// <summary>Where CreateService installs a service when the request names neither a Collection nor a Site.</summary>
    public Guid? DefaultCollectionId { get; set; }

    public Collection? DefaultCollection { get; set; }

    public DateTime CreatedOn { get; set; }
}
