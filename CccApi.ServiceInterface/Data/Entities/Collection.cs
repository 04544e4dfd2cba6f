namespace CccApi.ServiceInterface.Data.Entities;

/// <summary>A collection deployment on one Site, owned by the reseller that registered it.</summary>
public class Collection
{
    public Guid Id { get; set; }

    public Guid SiteId { get; set; }

    public Site Site { get; set; } = null!;

    public Guid OwnerResellerId { get; set; }

    public Reseller OwnerReseller { get; set; } = null!;

    public string Name { get; set; } = "";

    public string CollectionCode { get; set; } = "";

    public string? ServicesApiBaseUrl { get; set; }

    public RecordStatus Status { get; set; }

    public DateTime CreatedOn { get; set; }
}
