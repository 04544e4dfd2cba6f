namespace CccApi.ServiceInterface.Data.Entities;

/// <summary>A Partner's access to a Site (PartnerSiteAccess): the Sites GetPartnerSites lists.</summary>
public class PartnerSiteAccessRecord
{
    public Guid Id { get; set; }
    public Guid PartnerId { get; set; }
    public Partner Partner { get; set; } = null!;
    public Guid SiteId { get; set; }
    public Site Site { get; set; } = null!;
    public DateTime CreatedOn { get; set; }
}
