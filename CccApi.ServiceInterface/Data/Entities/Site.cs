using CccApi.ServiceModel;

namespace CccApi.ServiceInterface.Data.Entities;

public class Site
{
    public Guid Id { get; set; }

    public string Name { get; set; } = "";

    public string? ProviderName { get; set; }

    public string? Jurisdiction { get; set; }

    public string? Endpoint { get; set; }

    public SiteStatus Status { get; set; }

    public DateTime CreatedOn { get; set; }
}
