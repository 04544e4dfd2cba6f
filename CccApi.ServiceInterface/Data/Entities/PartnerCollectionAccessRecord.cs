namespace CccApi.ServiceInterface.Data.Entities;

/// <summary>
/// Grants a partner a collection, which every reseller of the partner may then install services in. SiteId
/// repeats the collection's Site so that the database itself keeps one default per partner and Site.
/// </summary>
public class PartnerCollectionAccessRecord
{
    public Guid Id { get; set; }

    public Guid PartnerId { get; set; }

    public Partner Partner { get; set; } = null!;

    public Guid CollectionId { get; set; }

    public Collection Collection { get; set; } = null!;

    public Guid SiteId { get; set; }

    public Site Site { get; set; } = null!;

    public bool IsDefaultCollectionForSite { get; set; }

    public DateTime CreatedOn { get; set; }
}
