namespace CccApi.ServiceInterface.Data.Entities;

/// <summary>
/// Grants a reseller a collection. SiteId repeats the collection's Site so that the database itself can
/// keep one default per reseller and Site (a filtered unique index on ResellerId, SiteId).
/// </summary>
public class ResellerCollectionAccessRecord
{
    public Guid Id { get; set; }

    public Guid ResellerId { get; set; }

    public Reseller Reseller { get; set; } = null!;

    public Guid CollectionId { get; set; }

    public Collection Collection { get; set; } = null!;

    public Guid SiteId { get; set; }

    public Site Site { get; set; } = null!;

    public bool IsDefaultCollectionForSite { get; set; }

    public DateTime CreatedOn { get; set; }
}
