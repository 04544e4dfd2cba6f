using ServiceStackCompat;

namespace CccApi.ServiceModel;

/// <summary>
/// A service's usage in one period, as GetServiceUsage's page shows it (the usage operations themselves come
/// with their own catalogue issue; SearchServiceStatusChanges' page names this type).
/// </summary>
public class ServiceUsage
{
    [ApiMember(DataType = "Guid", ParameterType = "body")]
    public Guid ServiceGuid { get; set; }

    public string? Name { get; set; }

    public ServiceStatus Status { get; set; }

    public string? ServiceCode { get; set; }

    public string? ReferenceId { get; set; }

    public string? PrimaryDomain { get; set; }

    [ApiMember(DataType = "DateTime", ParameterType = "body")]
    public DateTime CreatedOn { get; set; }

    [ApiMember(DataType = "DateTime", ParameterType = "body")]
    public DateTime? TrialEndDate { get; set; }

    [ApiMember(DataType = "DateTime", ParameterType = "body")]
    public DateTime? EffectiveDate { get; set; }

    public int InitialTerm { get; set; }

    [ApiMember(DataType = "Guid", ParameterType = "body")]
    public Guid CollectionGuid { get; set; }

    public string? CollectionName { get; set; }

    [ApiMember(DataType = "Guid", ParameterType = "body")]
    public Guid? ClientGuid { get; set; }

    [ApiMember(DataType = "ContactInfo", ParameterType = "body")]
    public ContactInfo? Contact { get; set; }

    [ApiMember(DataType = "Company", ParameterType = "body")]
    public Company? Company { get; set; }

    public PeriodType PeriodType { get; set; }

    [ApiMember(DataType = "DateTime", ParameterType = "body")]
    public DateTime Period { get; set; }

    [ApiMember(DataType = "Integer", ParameterType = "body")]
    public int TotalUserCount { get; set; }

    [ApiMember(DataType = "Integer", ParameterType = "body")]
    public int ProUserCount { get; set; }

    [ApiMember(DataType = "Integer", ParameterType = "body")]
    public int GuestUserCount { get; set; }

    [ApiMember(DataType = "Integer", ParameterType = "body")]
    public int DisabledUserCount { get; set; }

    [ApiMember(DataType = "Integer", ParameterType = "body")]
    public int UnregisteredUserCount { get; set; }

    [ApiMember(DataType = "Integer", ParameterType = "body")]
    public int FeatureUsageSecureMessagingGateway { get; set; }

    [ApiMember(DataType = "Integer", ParameterType = "body")]
    public int FeatureUsageSecureMessagingPlus { get; set; }

    [ApiMember(DataType = "Integer", ParameterType = "body")]
    public int FeatureUsageDataLeakPrevention { get; set; }

    [ApiMember(DataType = "Integer", ParameterType = "body")]
    public int FeatureUsageSecureLargeFiles { get; set; }

    [ApiMember(DataType = "Integer", ParameterType = "body")]
    public int FeatureUsageSecureForms { get; set; }

    [ApiMember(DataType = "Integer", ParameterType = "body")]
    public int TotalMessageCount { get; set; }

    [ApiMember(DataType = "Integer", ParameterType = "body")]
    public int TotalAttachmentCount { get; set; }

    [ApiMember(DataType = "Integer", ParameterType = "body")]
    public long AttachmentStorageUsage { get; set; }
}

/// <summary>The period a usage figure covers.</summary>
public enum PeriodType
{
    Daily,
    Monthly,
}
