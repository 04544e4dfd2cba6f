using CccApi.ServiceInterface.Rules;
using CccApi.ServiceModel;

namespace CccApi.ServiceInterface.Data.Entities;

public class Site
{
    public Guid Id { get; set; }

    private string _name = "";

    /// <summary>Setting it also sets <see cref="NameKey"/>, so the two cannot disagree.</summary>
    public string Name
    {
        get => _name;
        set
        {
            _name = value;
            NameKey = NameKeys.For(value);
        }
    }

    /// <summary>The name compared without regard to case or look-alike forms; the unique index is on it.</summary>
    public string NameKey { get; private set; } = "";

    public string? ProviderName { get; set; }

    public string? Jurisdiction { get; set; }

    public string? Endpoint { get; set; }

    public SiteStatus Status { get; set; }
    /// <summary>The Partner that owns the Site, if one does. A plain column: Sites predate it, and SQLite adds no foreign key to an existing table without rebuilding it.</summary>
    public Guid? OwnerPartnerId { get; set; }
    public string? AvailableServerVersion { get; set; }
    public int AvailableServicePack { get; set; }

    public DateTime CreatedOn { get; set; }
}
