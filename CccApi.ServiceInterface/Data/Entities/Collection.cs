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

    /// <summary>A Disabled collection takes no new services.</summary>
    public RecordStatus Status { get; set; }

    /// <summary>The Site endpoint the collection is reached through. A plain column: Collections predate endpoints, and SQLite adds no foreign key to an existing table without rebuilding it.</summary>
    public Guid? SiteEndpointId { get; set; }

    /// <summary>The version the collection runs (PingCollection's CollectionVersion).</summary>
    public string? CurrentVersion { get; set; }

    /// <summary>The trial period, in days, of the services created in the collection; null means 30.</summary>
    public int? DefaultTrialPeriod { get; set; }

    public DateTime CreatedOn { get; set; }
}
