namespace CccApi.ServiceInterface.Data.Entities;

/// <summary>An address of a Site (its portal and the version it runs); a Collection is reached through one of its Site's endpoints.</summary>
public class SiteEndpoint
{
    public Guid Id { get; set; }

    public Guid SiteId { get; set; }

    public Site Site { get; set; } = null!;

    public string Name { get; set; } = "";

    public string? SiteVersion { get; set; }

    public string? Description { get; set; }

    public string Url { get; set; } = "";

    public DateTime CreatedOn { get; set; }
}
