using ServiceStackCompat;

namespace CccApi.ServiceModel;

/// <summary>
/// The original's pages (v8.4.0.0) are the contract. The usage figures come from what the collections report through
/// ReportCollectionUsage; the user counts from CCC's own service users and their history.
/// </summary>
[Route("/services/usage", "GET", Summary = "Gets Service usage report.",
    Notes = "A paged list of Services and the level of daily usage including number of Users, Messages sent and Features used. "
        + "Includes all Services except those whose Status is Blocked or Provisioning.")]
public class GetServicesUsage : IReturn<ServiceUsagePagedResponse>, IPagedRequest, IUsagePeriodRequest
{
    [ApiMember(DataType = "Integer", Description = "The Page number being requested. Defaults to 1.", ParameterType = "query")]
    public int? Page { get; set; }

    [ApiMember(DataType = "Integer", Description = "The Page Size returned by the operation. Defaults to 25.", ParameterType = "query")]
    public int? PageSize { get; set; }

    [ApiMember(DataType = "Guid", ParameterType = "query")]
    public Guid? PartnerGuid { get; set; }

    [ApiMember(DataType = "Guid", ParameterType = "query")]
    public Guid? ResellerGuid { get; set; }

    [ApiMember(DataType = "Guid", ParameterType = "query")]
    public Guid? ServiceGuid { get; set; }

    [ApiMember(DataType = "DateTime",
        Description = "Search for any services created after or on this date / time (UTC). If left null, this param is excluded from the Search.",
        ParameterType = "query")]
    public DateTime? CreatedAfterDateTime { get; set; }

    [ApiMember(DataType = "DateTime",
        Description = "Search for any services created before or on this date / time (UTC). If left null, this param is excluded from the Search.",
        ParameterType = "query")]
    public DateTime? CreatedBeforeDateTime { get; set; }

    // The original's request tables list no values under PeriodType (its responses' PeriodType lists Daily and Monthly).
    [ApiMember(DataType = "PeriodType", Description = "Indicates the scope of data to be returned. Defaults to Daily.", ParameterType = "query")]
    [ApiAllowableValues]
    public PeriodType? PeriodType { get; set; }

    [ApiMember(DataType = "DateTime",
        Description = "Limit the usage data returned to the specified period. Any time value passed in this parameter will be ignored.",
        ParameterType = "query")]
    public DateTime? Period { get; set; }
}

[Route("/services/{ServiceGuid}/serviceusage", "GET", Summary = "Gets Service usage data for a Service. See GetServicesUsage for aggregated version of this operation.",
    Notes = "The level of daily service usage including number of Users, Messages sent and Features used. If the service is in Blocked or Provisioning state, the report fails.")]
public class GetServiceUsage : IReturn<ServiceUsageResponse>
{
    [ApiMember(DataType = "Guid", IsRequired = true, ParameterType = "path")]
    public Guid ServiceGuid { get; set; }
}

/// <summary>The usage itself with responseStatus declared here, as GetServiceUsage's page shows it.</summary>
public class ServiceUsageResponse : ServiceUsage, IHasResponseStatus
{
    public ResponseStatus? ResponseStatus { get; set; }
}

[Route("/resellers/{ResellerGuid}/serviceusagelist", "GET", Summary = "[DEPRECATED - please use GetServicesUsage] Gets Service usage data for a Reseller.",
    Notes = "A paged list of Services and the level of daily usage including number of Users, Messages sent and Features used. "
        + "Includes all Services except those whose Status is Blocked or Provisioning.")]
public class GetResellerServiceUsage : IReturn<ServiceUsagePagedResponse>, IPagedRequest
{
    [ApiMember(DataType = "Guid", IsRequired = true, ParameterType = "path")]
    public Guid ResellerGuid { get; set; }

    [ApiMember(DataType = "Integer", Description = "The Page number being requested. Defaults to 1.", ParameterType = "query")]
    public int? Page { get; set; }

    [ApiMember(DataType = "Integer", Description = "The Page Size returned by the operation. Defaults to 25.", ParameterType = "query")]
    public int? PageSize { get; set; }
}

public class ServiceUsagePagedResponse : BaseResponse, IPagedResponse<ServiceUsage>
{
    [ApiMember(DataType = "Integer", ParameterType = "body")]
    public int PageSize { get; set; }

    [ApiMember(DataType = "Integer", ParameterType = "body")]
    public int TotalPages { get; set; }

    [ApiMember(DataType = "Integer", ParameterType = "body")]
    public int TotalItems { get; set; }

    [ApiMember(DataType = "Integer", ParameterType = "body")]
    public int CurrentPage { get; set; }

    [ApiMember(DataType = "ServiceUsage[]", ParameterType = "body")]
    public List<ServiceUsage> Results { get; set; } = [];
}

[Route("/services/{ServiceGuid}/users/usage", "GET", Summary = "Gets Users usage report.",
    Notes = "EXPERIMENTAL: A paged list of ServiceUsers and the level of daily usage including number of Messages sent and Features used. "
        + "This API call depends on a technology that is in the process of being deployed. Results may not be accurate.")]
public class GetServiceUsersUsage : IReturn<GetServiceUsersUsagePagedResponse>, IPagedRequest, IUsagePeriodRequest
{
    [ApiMember(DataType = "Guid", IsRequired = true, ParameterType = "path")]
    public Guid ServiceGuid { get; set; }

    [ApiMember(DataType = "Integer", Description = "The Page number being requested. Defaults to 1.", ParameterType = "query")]
    public int? Page { get; set; }

    [ApiMember(DataType = "Integer", Description = "The Page Size returned by the operation. Defaults to 25.", ParameterType = "query")]
    public int? PageSize { get; set; }

    // The original's request tables list no values under PeriodType (its responses' PeriodType lists Daily and Monthly).
    [ApiMember(DataType = "PeriodType", Description = "Indicates the scope of data to be returned. Defaults to Daily.", ParameterType = "query")]
    [ApiAllowableValues]
    public PeriodType? PeriodType { get; set; }

    [ApiMember(DataType = "DateTime",
        Description = "Limit the usage data returned to the specified period. Any time value passed in this parameter will be ignored. Defaults to yesterdays Date.",
        ParameterType = "query")]
    public DateTime? Period { get; set; }

    [ApiMember(DataType = "ServiceUserStatusEnum", Description = "If a value is provided, filters the Users to be returned.", ParameterType = "query")]
    public ServiceUserStatusEnum? UserStatus { get; set; }

    [ApiMember(DataType = "ServiceUserGroupEnum", Description = "If a value is provided, filters the Users to be returned.", ParameterType = "query")]
    public ServiceUserGroupEnum? UserGroupType { get; set; }

    // The page marks it required while describing it as optional ("If a value is provided"); shown as the page
    // shows it, and, as with every IsRequired of ServiceStack's, not enforced: without it every group's users are listed.
    [ApiMember(DataType = "Guid", Description = "If a value is provided, filters the Users to be returned.", IsRequired = true, ParameterType = "query")]
    public Guid? UserGroupGuid { get; set; }
}

public class GetServiceUsersUsagePagedResponse : BaseResponse, IPagedResponse<UserUsage>
{
    [ApiMember(DataType = "Integer", ParameterType = "body")]
    public int PageSize { get; set; }

    [ApiMember(DataType = "Integer", ParameterType = "body")]
    public int TotalPages { get; set; }

    [ApiMember(DataType = "Integer", ParameterType = "body")]
    public int TotalItems { get; set; }

    [ApiMember(DataType = "Integer", ParameterType = "body")]
    public int CurrentPage { get; set; }

    [ApiMember(DataType = "UserUsage[]", ParameterType = "body")]
    public List<UserUsage> Results { get; set; } = [];

    public PeriodType PeriodType { get; set; }

    [ApiMember(DataType = "DateTime", ParameterType = "body")]
    public DateTime Period { get; set; }

    [ApiMember(DataType = "Guid", ParameterType = "body")]
    public Guid ServiceGuid { get; set; }
}

[Route("/services/{ServiceGuid}/users/{UserGuid}/usage", "GET", Summary = "Get a User usage report.",
    Notes = "Get a User usage including number of Messages sent and Features used.")]
public class GetServiceUserUsage : IReturn<GetServiceUserUsageResponse>, IUsagePeriodRequest
{
    [ApiMember(DataType = "Guid", IsRequired = true, ParameterType = "path")]
    public Guid ServiceGuid { get; set; }

    [ApiMember(DataType = "Guid", IsRequired = true, ParameterType = "path")]
    public Guid UserGuid { get; set; }

    // As on GetServicesUsage: the page lists no values under the request's PeriodType.
    [ApiMember(DataType = "PeriodType", Description = "Defaults to Daily.", ParameterType = "query")]
    [ApiAllowableValues]
    public PeriodType? PeriodType { get; set; }

    [ApiMember(DataType = "DateTime", Description = "Defaults to yesterdays Date.", ParameterType = "query")]
    public DateTime? Period { get; set; }
}

public class GetServiceUserUsageResponse : BaseResponse
{
    [ApiMember(DataType = "Guid", ParameterType = "form")]
    public Guid ServiceGuid { get; set; }

    public PeriodType PeriodType { get; set; }

    [ApiMember(DataType = "DateTime", ParameterType = "body")]
    public DateTime Period { get; set; }

    [ApiMember(DataType = "UserUsage", ParameterType = "body")]
    public UserUsage? Usage { get; set; }
}

/// <summary>One user's usage in one period, as GetServiceUserUsage's page shows it.</summary>
public class UserUsage
{
    [ApiMember(DataType = "Guid", ParameterType = "body")]
    public Guid UserGuid { get; set; }

    public string? EmailAddress { get; set; }

    // The original's pages list no true/false under this Boolean.
    [ApiMember(DataType = "Boolean", ParameterType = "body")]
    [ApiAllowableValues]
    public bool IsAlias { get; set; }

    public string? FirstName { get; set; }

    public string? LastName { get; set; }

    public ServiceUserStatusEnum? Status { get; set; }

    [ApiMember(DataType = "DateTime", ParameterType = "body")]
    public DateTime CreatedOn { get; set; }

    [ApiMember(DataType = "DateTime", ParameterType = "body")]
    public DateTime? RegisteredOn { get; set; }

    /// <summary>Reported by the messaging platform's sign-in, which CCC does not run: null here.</summary>
    [ApiMember(DataType = "DateTime", ParameterType = "body")]
    public DateTime? LastLogin { get; set; }

    public string? GroupName { get; set; }

    public ServiceUserGroupEnum? GroupType { get; set; }

    [ApiMember(DataType = "Guid", ParameterType = "body")]
    public Guid GroupGuid { get; set; }

    [ApiMember(DataType = "Integer", ParameterType = "body")]
    public int TotalMessagesSent { get; set; }

    [ApiMember(DataType = "Integer", ParameterType = "body")]
    public int TotalMessagesReceived { get; set; }

    [ApiMember(DataType = "Integer", ParameterType = "body")]
    public int TotalAttachmentsCount { get; set; }

    [ApiMember(DataType = "Integer", ParameterType = "body")]
    public long TotalAttachmentsSize { get; set; }

    [ApiMember(DataType = "Integer", ParameterType = "body")]
    public int TotalInvitationsSent { get; set; }

    [ApiMember(DataType = "Integer", ParameterType = "body")]
    public int TotalInvitationsAccepted { get; set; }

    [ApiMember(DataType = "String", ParameterType = "body")]
    public string? LastToolbarVersion { get; set; }

    /// <summary>Who invited a Guest: the platform knows, CCC does not: null here.</summary>
    [ApiMember(DataType = "String", ParameterType = "body")]
    public string? InvitedByEmailAddress { get; set; }

    [ApiMember(DataType = "DateTime", ParameterType = "body")]
    public DateTime? LastMsgSent { get; set; }

    [ApiMember(DataType = "DateTime", ParameterType = "body")]
    public DateTime? LastMsgRetrieved { get; set; }

    [ApiMember(DataType = "DateTime", ParameterType = "body")]
    public DateTime? LastActivity { get; set; }
}

/// <summary>A service user's status as the usage pages type it.</summary>
public enum ServiceUserStatusEnum
{
    Active,
    Disabled,
}

/// <summary>A service user's group type as the usage pages type it.</summary>
public enum ServiceUserGroupEnum
{
    Professional,
    Guest,
}

/// <summary>A usage request's period: the UTC day (Daily) or month (Monthly) containing Period; yesterday's when left out.</summary>
public interface IUsagePeriodRequest
{
    PeriodType? PeriodType { get; set; }

    DateTime? Period { get; set; }
}
