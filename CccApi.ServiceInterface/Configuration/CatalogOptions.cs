namespace CccApi.ServiceInterface.Configuration;

/// <summary>
/// The optional "Catalog" section: Partners and Sites the original creates outside its API, given
/// fixed Guids here and upserted at start-up.
/// </summary>
public sealed class CatalogOptions
{
    public const string SectionName = "Catalog";

    public List<CatalogPartner> Partners { get; set; } = [];

    public List<CatalogSite> Sites { get; set; } = [];
}

public sealed class CatalogPartner
{
    public Guid PartnerGuid { get; set; }

    public string? Name { get; set; }
}

public sealed class CatalogSite
{
    public Guid SiteGuid { get; set; }

    public string? Name { get; set; }

    public string? ProviderName { get; set; }

    public string? Jurisdiction { get; set; }

    public string? Endpoint { get; set; }
}
