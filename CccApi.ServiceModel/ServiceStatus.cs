using ServiceStackCompat;

namespace CccApi.ServiceModel;

/// <summary>
/// The original's page (v8.4.0.0) is the contract. Its stored copies stop inside the ServiceUsage table: that
/// table is completed from GetServiceUsage's page (<see cref="ServiceUsage"/>), followed by the tables of the
/// types it reaches (ContactInfo, Company), as ServiceStack lists them. The page's quirks are kept: Results
/// shows as Service[] and ChangedByUserGuid as AdminUser.
/// </summary>
[Route("/services/status", "GET", Summary = "Get filtered information about service status changes")]
public class SearchServiceStatusChanges : IReturn<ServiceStatusChangesResponse>, IPagedRequest
{
    [ApiMember(DataType = "Guid", ParameterType = "query")]
    public Guid? ServiceGuid { get; set; }

    [ApiMember(DataType = "Guid", ParameterType = "query")]
    public Guid? ResellerGuid { get; set; }

    [ApiMember(DataType = "Guid", ParameterType = "query")]
    public Guid? PartnerGuid { get; set; }

    [ApiMember(DataType = "Guid", ParameterType = "query")]
    public Guid? ChangedByUserGuid { get; set; }

    [ApiMember(DataType = "String", ParameterType = "query")]
    public string? ChangedByUserEmail { get; set; }

    [ApiMember(DataType = "DateTime", ParameterType = "query")]
    public DateTime? ChangedAfterDateTime { get; set; }

    [ApiMember(DataType = "DateTime", ParameterType = "query")]
    public DateTime? ChangedBeforeDateTime { get; set; }

    [ApiMember(DataType = "Integer", Description = "The Page number being requested. Defaults to 1.", ParameterType = "query")]
    public int? Page { get; set; }

    [ApiMember(DataType = "Integer", Description = "The Page Size returned by the operation. Defaults to 25.", ParameterType = "query")]
    public int? PageSize { get; set; }
}

public class ServiceStatusChangesResponse : BaseResponse, IPagedResponse<ServiceStatusChange>
{
    [ApiMember(DataType = "Integer", ParameterType = "body")]
    public int PageSize { get; set; }

    [ApiMember(DataType = "Integer", ParameterType = "body")]
    public int TotalPages { get; set; }

    [ApiMember(DataType = "Integer", ParameterType = "body")]
    public int TotalItems { get; set; }

    [ApiMember(DataType = "Integer", ParameterType = "body")]
    public int CurrentPage { get; set; }

    /// <summary>The page types this Service[]; the items are ServiceStatusChanges, as its next table shows.</summary>
    [ApiMember(DataType = "Service[]", ParameterType = "body")]
    public List<ServiceStatusChange> Results { get; set; } = [];
}

/// <summary>
/// One recorded change of a service's status: the service as it is now, and the change (the status it
/// became, when, by whom). ChangedByUserGuid is null for a change the system made (a trial ending).
/// Jurisdiction, Branding and ServiceUsage stay null until the operations that keep them come over.
/// </summary>
public class ServiceStatusChange
{
    [ApiMember(DataType = "Guid", ParameterType = "body")]
    public Guid ServiceGuid { get; set; }

    [ApiMember(DataType = "String", ParameterType = "body")]
    public string? ServiceName { get; set; }

    [ApiMember(DataType = "String", ParameterType = "body")]
    public string? ServiceCode { get; set; }

    [ApiMember(DataType = "String", ParameterType = "body")]
    public string? PrimaryDomain { get; set; }

    [ApiMember(DataType = "String", ParameterType = "body")]
    public string? Jurisdiction { get; set; }

    public Dictionary<string, string>? Branding { get; set; }

    [ApiMember(DataType = "ServiceUsage", ParameterType = "body")]
    public ServiceUsage? ServiceUsage { get; set; }

    [ApiMember(DataType = "DateTime", ParameterType = "body")]
    public DateTime CreatedOn { get; set; }

    [ApiMember(DataType = "Guid", ParameterType = "body")]
    public Guid ResellerGuid { get; set; }

    [ApiMember(DataType = "String", ParameterType = "body")]
    public string? ResellerName { get; set; }

    [ApiMember(DataType = "Guid", ParameterType = "body")]
    public Guid PartnerGuid { get; set; }

    [ApiMember(DataType = "String", ParameterType = "body")]
    public string? PartnerName { get; set; }

    /// <summary>The operation that made the change: one request, or one run of the trial expiry for every service it ended.</summary>
    [ApiMember(DataType = "Guid", ParameterType = "body")]
    public Guid OperationGuid { get; set; }

    [ApiMember(DataType = "Guid", ParameterType = "body")]
    public Guid ServiceStatusChangeGuid { get; set; }

    /// <summary>The status the service became.</summary>
    public ServiceStatus Status { get; set; }

    [ApiMember(DataType = "DateTime", ParameterType = "body")]
    public DateTime ChangedOn { get; set; }

    [ApiMember(DataType = "AdminUser", ParameterType = "body")]
    public Guid? ChangedByUserGuid { get; set; }

    [ApiMember(DataType = "String", ParameterType = "body")]
    public string? ChangedByUserEmailAddress { get; set; }
}

/// <summary>Ours: changes a service's status as the README's transition table allows, and records the change.</summary>
[Route("/services/{ServiceGuid}/status", "PUT", Summary = "Change the status of a service.")]
public class UpdateServiceStatus : IReturn<UpdateServiceStatusResponse>
{
    [ApiMember(DataType = "Guid", IsRequired = true, ParameterType = "path")]
    public Guid ServiceGuid { get; set; }

    [ApiMember(DataType = "String", Description = "The status the service becomes.", IsRequired = true, ParameterType = "body")]
    [ApiAllowableValues("Blocked", "AccountCancelled", "AccountSuspended", "Provisioning", "TrialExpired", "TrialActive", "DemoAccount", "CertifiedSecure")]
    public string? Status { get; set; }

    [ApiMember(DataType = "DateTime", Description = "When a trial (re)started by this change ends (UTC). Only with Status TrialActive; defaults to the service's initial term from now.", ParameterType = "body")]
    public DateTime? TrialEndDate { get; set; }
}

public class UpdateServiceStatusResponse : BaseResponse
{
    [ApiMember(DataType = "Guid", ParameterType = "body")]
    public Guid ServiceStatusChangeGuid { get; set; }

    public ServiceStatus Status { get; set; }

    [ApiMember(DataType = "DateTime", ParameterType = "body")]
    public DateTime? TrialEndDate { get; set; }
}
