using CccApi.ServiceModel;

namespace CccApi.Host.Reports;

/// <summary>
/// The usage and user-count reports as CSV rows: flat records whose properties are the columns, named as the JSON's
/// members are (in the declared, PascalCase form every CSV answer of this host and ServiceStack's use for headers;
/// <c>sPeriod</c> is spelled as the page spells it). A nested Contact or Company becomes columns prefixed with its
/// member's name (<c>ContactName</c>, <c>CompanyCity</c>), as the user-count records already name theirs; a list of
/// months becomes one row per month. Paging members and the report's totals are not rows: the JSON and the HTML
/// page have them.
/// </summary>
internal static class UsageReportRows
{
    /// <summary>One row per service and month, in the report's order: the service's members, then that month's figures.</summary>
    public static IEnumerable<ServiceUserCountMonthRow> ServiceMonths(GetServiceUserCountReportPagedResponse report) =>
        report.Results.SelectMany(service =>
        {
            var professional = service.ProUserCounts.ToDictionary(s => s.sPeriod);
            var guest = service.GuestUserCounts.ToDictionary(s => s.sPeriod);
            return professional.Keys.Union(guest.Keys).Order().Select(month => new ServiceUserCountMonthRow
            {
                ServiceGuid = service.ServiceGuid,
                ServiceCode = service.ServiceCode,
                ServiceStatus = service.ServiceStatus,
                CreatedOn = service.CreatedOn,
                TrialEndDate = service.TrialEndDate,
                ReferenceId = service.ReferenceId,
                CollectionName = service.CollectionName,
                ResellerName = service.ResellerName,
                CompanyName = service.CompanyName,
                CompanyCity = service.CompanyCity,
                CompanyPostalCode = service.CompanyPostalCode,
                PrimaryDomain = service.PrimaryDomain,
                sPeriod = month,
                ProUserCount = professional.GetValueOrDefault(month)?.Total,
                ProPercentageChanged = professional.GetValueOrDefault(month)?.PercentageChanged,
                GuestUserCount = guest.GetValueOrDefault(month)?.Total,
                GuestPercentageChanged = guest.GetValueOrDefault(month)?.PercentageChanged,
            });
        });

    public static ServiceUsageRow Service(ServiceUsage usage) => new()
    {
        ServiceGuid = usage.ServiceGuid,
        Name = usage.Name,
        Status = usage.Status,
        ServiceCode = usage.ServiceCode,
        ReferenceId = usage.ReferenceId,
        PrimaryDomain = usage.PrimaryDomain,
        CreatedOn = usage.CreatedOn,
        TrialEndDate = usage.TrialEndDate,
        EffectiveDate = usage.EffectiveDate,
        InitialTerm = usage.InitialTerm,
        CollectionGuid = usage.CollectionGuid,
        CollectionName = usage.CollectionName,
        ClientGuid = usage.ClientGuid,
        ContactName = usage.Contact?.Name,
        ContactEmail = usage.Contact?.Email,
        ContactPhoneNumber = usage.Contact?.PhoneNumber,
        CompanyName = usage.Company?.Name,
        CompanyAddress = usage.Company?.Address,
        CompanyCity = usage.Company?.City,
        CompanyStateProvince = usage.Company?.StateProvince,
        CompanyPostalCode = usage.Company?.PostalCode,
        CompanyCountry = usage.Company?.Country,
        CompanyWebsite = usage.Company?.Website,
        PeriodType = usage.PeriodType,
        Period = usage.Period,
        TotalUserCount = usage.TotalUserCount,
        ProUserCount = usage.ProUserCount,
        GuestUserCount = usage.GuestUserCount,
        DisabledUserCount = usage.DisabledUserCount,
        UnregisteredUserCount = usage.UnregisteredUserCount,
        FeatureUsageSecureMessagingGateway = usage.FeatureUsageSecureMessagingGateway,
        FeatureUsageSecureMessagingPlus = usage.FeatureUsageSecureMessagingPlus,
        FeatureUsageDataLeakPrevention = usage.FeatureUsageDataLeakPrevention,
        FeatureUsageSecureLargeFiles = usage.FeatureUsageSecureLargeFiles,
        FeatureUsageSecureForms = usage.FeatureUsageSecureForms,
        TotalMessageCount = usage.TotalMessageCount,
        TotalAttachmentCount = usage.TotalAttachmentCount,
        AttachmentStorageUsage = usage.AttachmentStorageUsage,
    };

    /// <summary>A user's row: the response's service and period first (the same on every row), then the user's members.</summary>
    public static UserUsageRow User(Guid serviceGuid, PeriodType periodType, DateTime period, UserUsage user) => new()
    {
        ServiceGuid = serviceGuid,
        PeriodType = periodType,
        Period = period,
        UserGuid = user.UserGuid,
        EmailAddress = user.EmailAddress,
        IsAlias = user.IsAlias,
        FirstName = user.FirstName,
        LastName = user.LastName,
        Status = user.Status,
        CreatedOn = user.CreatedOn,
        RegisteredOn = user.RegisteredOn,
        LastLogin = user.LastLogin,
        GroupName = user.GroupName,
        GroupType = user.GroupType,
        GroupGuid = user.GroupGuid,
        TotalMessagesSent = user.TotalMessagesSent,
        TotalMessagesReceived = user.TotalMessagesReceived,
        TotalAttachmentsCount = user.TotalAttachmentsCount,
        TotalAttachmentsSize = user.TotalAttachmentsSize,
        TotalInvitationsSent = user.TotalInvitationsSent,
        TotalInvitationsAccepted = user.TotalInvitationsAccepted,
        LastToolbarVersion = user.LastToolbarVersion,
        InvitedByEmailAddress = user.InvitedByEmailAddress,
        LastMsgSent = user.LastMsgSent,
        LastMsgRetrieved = user.LastMsgRetrieved,
        LastActivity = user.LastActivity,
    };
}

/// <summary>A PeriodServiceUserCountRecord's members and one month of its ProUserCounts and GuestUserCounts.</summary>
internal sealed class ServiceUserCountMonthRow
{
    public Guid ServiceGuid { get; init; }

    public string? ServiceCode { get; init; }

    public ServiceStatus ServiceStatus { get; init; }

    public DateTime CreatedOn { get; init; }

    public DateTime? TrialEndDate { get; init; }

    public string? ReferenceId { get; init; }

    public string? CollectionName { get; init; }

    public string? ResellerName { get; init; }

    public string? CompanyName { get; init; }

    public string? CompanyCity { get; init; }

    public string? CompanyPostalCode { get; init; }

    public string? PrimaryDomain { get; init; }

    /// <summary>The month (a PeriodStat's sPeriod, spelled as the page spells it).</summary>
    public DateTime sPeriod { get; init; }

    /// <summary>That month's ProUserCounts total.</summary>
    public int? ProUserCount { get; init; }

    /// <summary>That month's ProUserCounts percentageChanged.</summary>
    public double? ProPercentageChanged { get; init; }

    public int? GuestUserCount { get; init; }

    public double? GuestPercentageChanged { get; init; }
}

/// <summary>A ServiceUsage with its Contact and Company as columns.</summary>
internal sealed class ServiceUsageRow
{
    public Guid ServiceGuid { get; init; }

    public string? Name { get; init; }

    public ServiceStatus Status { get; init; }

    public string? ServiceCode { get; init; }

    public string? ReferenceId { get; init; }

    public string? PrimaryDomain { get; init; }

    public DateTime CreatedOn { get; init; }

    public DateTime? TrialEndDate { get; init; }

    public DateTime? EffectiveDate { get; init; }

    public int InitialTerm { get; init; }

    public Guid CollectionGuid { get; init; }

    public string? CollectionName { get; init; }

    public Guid? ClientGuid { get; init; }

    public string? ContactName { get; init; }

    public string? ContactEmail { get; init; }

    public string? ContactPhoneNumber { get; init; }

    public string? CompanyName { get; init; }

    public string? CompanyAddress { get; init; }

    public string? CompanyCity { get; init; }

    public string? CompanyStateProvince { get; init; }

    public string? CompanyPostalCode { get; init; }

    public string? CompanyCountry { get; init; }

    public string? CompanyWebsite { get; init; }

    public PeriodType PeriodType { get; init; }

    public DateTime Period { get; init; }

    public int TotalUserCount { get; init; }

    public int ProUserCount { get; init; }

    public int GuestUserCount { get; init; }

    public int DisabledUserCount { get; init; }

    public int UnregisteredUserCount { get; init; }

    public int FeatureUsageSecureMessagingGateway { get; init; }

    public int FeatureUsageSecureMessagingPlus { get; init; }

    public int FeatureUsageDataLeakPrevention { get; init; }

    public int FeatureUsageSecureLargeFiles { get; init; }

    public int FeatureUsageSecureForms { get; init; }

    public int TotalMessageCount { get; init; }

    public int TotalAttachmentCount { get; init; }

    public long AttachmentStorageUsage { get; init; }
}

/// <summary>A UserUsage after its response's ServiceGuid, PeriodType and Period.</summary>
internal sealed class UserUsageRow
{
    public Guid ServiceGuid { get; init; }

    public PeriodType PeriodType { get; init; }

    public DateTime Period { get; init; }

    public Guid UserGuid { get; init; }

    public string? EmailAddress { get; init; }

    public bool IsAlias { get; init; }

    public string? FirstName { get; init; }

    public string? LastName { get; init; }

    public ServiceUserStatusEnum? Status { get; init; }

    public DateTime CreatedOn { get; init; }

    public DateTime? RegisteredOn { get; init; }

    public DateTime? LastLogin { get; init; }

    public string? GroupName { get; init; }

    public ServiceUserGroupEnum? GroupType { get; init; }

    public Guid GroupGuid { get; init; }

    public int TotalMessagesSent { get; init; }

    public int TotalMessagesReceived { get; init; }

    public int TotalAttachmentsCount { get; init; }

    public long TotalAttachmentsSize { get; init; }

    public int TotalInvitationsSent { get; init; }

    public int TotalInvitationsAccepted { get; init; }

    public string? LastToolbarVersion { get; init; }

    public string? InvitedByEmailAddress { get; init; }

    public DateTime? LastMsgSent { get; init; }

    public DateTime? LastMsgRetrieved { get; init; }

    public DateTime? LastActivity { get; init; }
}
