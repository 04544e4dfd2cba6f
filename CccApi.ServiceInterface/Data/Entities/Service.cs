using CccApi.ServiceInterface.Rules;
using CccApi.ServiceModel;

namespace CccApi.ServiceInterface.Data.Entities;

public class Service
{
    public Guid Id { get; set; }

    /// <summary>
    /// The name of the service's primary domain, one of its <see cref="ServiceDomain"/>s (which hold the uniqueness
    /// rule), kept here because GetService reads it on every call; null when the service has none, as after its primary
    /// domain was removed.
    /// </summary>
    public string? PrimaryDomain { get; set; }

    public string ServiceCode { get; set; } = "";

    private string _serviceName = "";

    /// <summary>Setting it also sets <see cref="ServiceNameKey"/>, so the two cannot disagree.</summary>
    public string ServiceName
    {
        get => _serviceName;
        set
        {
            _serviceName = value;
            ServiceNameKey = NameKeys.For(value);
        }
    }

    /// <summary>The name compared without regard to case or look-alike forms; the unique index is on it.</summary>
    public string ServiceNameKey { get; private set; } = "";

    public string? ReferenceId { get; set; }

    public ServiceStatus Status { get; set; }

    public DateTime? TrialEndDate { get; set; }

    /// <summary>When the service's initial term began: its creation.</summary>
    public DateTime? EffectiveDate { get; set; }

    /// <summary>The initial (trial) term in days, from its collection's DefaultTrialPeriod when it was created.</summary>
    public int? InitialTerm { get; set; }

    /// <summary>The identifier the service's messaging clients present, issued when it was created.</summary>
    public Guid? ClientGuid { get; set; }

    public string AdminUsername { get; set; } = "";

    public Guid ResellerId { get; set; }

    public Reseller Reseller { get; set; } = null!;

    /// <summary>
    /// The reseller's partner, kept on the service (a reseller never changes partner) so that a partner's services are one
    /// range of an index, in page order: the usage reports page a partner's 100,000 services without visiting others'.
    /// </summary>
    public Guid PartnerId { get; set; }

    public Guid CollectionId { get; set; }

    public Collection Collection { get; set; } = null!;

    public ServiceCompany? Company { get; set; }

    public ServiceContact? Contact { get; set; }

    public List<ServiceUser> Users { get; set; } = [];

    public DateTime CreatedOn { get; set; }

    /// <summary>When the Secure Content API said it connected the service to Secure Cloud; null while it has not.</summary>
    public DateTime? SecureCloudConnectedOn { get; set; }
}
