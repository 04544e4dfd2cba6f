using CccApi.ServiceModel;

namespace CccApi.ServiceInterface.Data.Entities;

public class Service
{
    public Guid Id { get; set; }

    /// <summary>Stored lower-case so that the unique index compares domains as DNS does.</summary>
    public string PrimaryDomain { get; set; } = "";

    public string ServiceCode { get; set; } = "";

    public string ServiceName { get; set; } = "";

    public string? ReferenceId { get; set; }

    public ServiceStatus Status { get; set; }

    public DateTime? TrialEndDate { get; set; }

    public string AdminUsername { get; set; } = "";

    public Guid ResellerId { get; set; }

    public Reseller Reseller { get; set; } = null!;

    public Guid CollectionId { get; set; }

    public Collection Collection { get; set; } = null!;

    public ServiceCompany? Company { get; set; }

    public ServiceContact? Contact { get; set; }

    public List<ServiceUser> Users { get; set; } = [];

    public DateTime CreatedOn { get; set; }
}
