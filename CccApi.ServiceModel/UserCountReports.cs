using ServiceStackCompat;

namespace CccApi.ServiceModel;

[Route("/partners/{PartnerGuid}/serviceusercountreport", "GET", Summary = "Gets a Partners ServiceUserCount Report.")]
public class GetPartnerServiceUserCountReport : IReturn<GetServiceUserCountReportPagedResponse>, IUserCountReportRequest
{
    [ApiMember(DataType = "Guid", Description = "The Guid of the Partner", IsRequired = true, ParameterType = "path")]
    public Guid PartnerGuid { get; set; }

    [ApiMember(DataType = "DateTime", Description = UserCountReportNotes.StartPeriod, IsRequired = true, ParameterType = "query")]
    public DateTime? StartPeriod { get; set; }

    [ApiMember(DataType = "DateTime", Description = UserCountReportNotes.EndPeriod, ParameterType = "query")]
    public DateTime? EndPeriod { get; set; }

    // The partner's page types Page as Integer and PageSize as String (the reseller's page both as Integer).
    [ApiMember(DataType = "Integer", Description = "The Page number being requested. Defaults to 1.", ParameterType = "query")]
    public int? Page { get; set; }

    [ApiMember(DataType = "String", Description = "The Page Size returned by the operation. Defaults to 25.", ParameterType = "query")]
    public string? PageSize { get; set; }
}

[Route("/resellers/{ResellerGuid}/serviceusercountreport", "GET", Summary = "Gets a Resellers ServiceUserCount Report.")]
public class GetResellerServiceUserCountReport : IReturn<GetServiceUserCountReportPagedResponse>, IPagedRequest, IUserCountReportRequest
{
    [ApiMember(DataType = "Guid", Description = "The Guid of the Reseller", IsRequired = true, ParameterType = "path")]
    public Guid ResellerGuid { get; set; }

    [ApiMember(DataType = "DateTime", Description = UserCountReportNotes.StartPeriod, IsRequired = true, ParameterType = "query")]
    public DateTime? StartPeriod { get; set; }

    [ApiMember(DataType = "DateTime", Description = UserCountReportNotes.EndPeriod, ParameterType = "query")]
    public DateTime? EndPeriod { get; set; }

    [ApiMember(DataType = "Integer", Description = "The Page number being requested. Defaults to 1.", ParameterType = "query")]
    public int? Page { get; set; }

    [ApiMember(DataType = "Integer", Description = "The Page Size returned by the operation. Defaults to 25.", ParameterType = "query")]
    public int? PageSize { get; set; }
}

public class GetServiceUserCountReportPagedResponse : BaseResponse, IPagedResponse<PeriodServiceUserCountRecord>
{
    [ApiMember(DataType = "DateTime", ParameterType = "body")]
    public DateTime StartPeriod { get; set; }

    [ApiMember(DataType = "DateTime", ParameterType = "body")]
    public DateTime EndPeriod { get; set; }

    /// <summary>Per month, the Professional users of every service of the report (not only this page's).</summary>
    [ApiMember(DataType = "PeriodStat[]", ParameterType = "body")]
    public List<PeriodStat> TotalPeriodProUserCounts { get; set; } = [];

    [ApiMember(DataType = "PeriodStat[]", ParameterType = "body")]
    public List<PeriodStat> TotalPeriodGuestUserCounts { get; set; } = [];

    [ApiMember(DataType = "Integer", ParameterType = "body")]
    public int PageSize { get; set; }

    [ApiMember(DataType = "Integer", ParameterType = "body")]
    public int TotalPages { get; set; }

    [ApiMember(DataType = "Integer", ParameterType = "body")]
    public int TotalItems { get; set; }

    [ApiMember(DataType = "Integer", ParameterType = "body")]
    public int CurrentPage { get; set; }

    [ApiMember(DataType = "PeriodServiceUserCountRecord[]", ParameterType = "body")]
    public List<PeriodServiceUserCountRecord> Results { get; set; } = [];
}

/// <summary>One month's figure and its change from the month before, in percent (0 when the month before had none).</summary>
public class PeriodStat
{
    /// <summary>The month: its first day, 00:00 UTC. The page spells the member with a lower-case s.</summary>
    [ApiMember(DataType = "DateTime", ParameterType = "body")]
    public DateTime sPeriod { get; set; }

    [ApiMember(DataType = "Integer", ParameterType = "body")]
    public int Total { get; set; }

    [ApiMember(DataType = "Double", ParameterType = "body")]
    public double PercentageChanged { get; set; }
}

/// <summary>
/// One service of the report with its monthly counts. The stored pages stop after PrimaryDomain; the two PeriodStat
/// lists that follow are completed from the response's totals (which sum them over every service of the report).
/// </summary>
public class PeriodServiceUserCountRecord
{
    [ApiMember(DataType = "Guid", ParameterType = "body")]
    public Guid ServiceGuid { get; set; }

    public string? ServiceCode { get; set; }

    public ServiceStatus ServiceStatus { get; set; }

    [ApiMember(DataType = "DateTime", ParameterType = "body")]
    public DateTime CreatedOn { get; set; }

    [ApiMember(DataType = "DateTime", ParameterType = "body")]
    public DateTime? TrialEndDate { get; set; }

    public string? ReferenceId { get; set; }

    public string? CollectionName { get; set; }

    public string? ResellerName { get; set; }

    public string? CompanyName { get; set; }

    public string? CompanyCity { get; set; }

    public string? CompanyPostalCode { get; set; }

    public string? PrimaryDomain { get; set; }

    [ApiMember(DataType = "PeriodStat[]", ParameterType = "body")]
    public List<PeriodStat> ProUserCounts { get; set; } = [];

    [ApiMember(DataType = "PeriodStat[]", ParameterType = "body")]
    public List<PeriodStat> GuestUserCounts { get; set; } = [];
}

/// <summary>A user-count report's months: StartPeriod to EndPeriod (today's month when left out), year and month only.</summary>
public interface IUserCountReportRequest
{
    DateTime? StartPeriod { get; set; }

    DateTime? EndPeriod { get; set; }
}

/// <summary>Parameter descriptions both user-count report pages share, word for word.</summary>
public static class UserCountReportNotes
{
    public const string StartPeriod = "The start period of the Report. Only the Year/Month are currently used and any Day or Time values will be ignored.";

    public const string EndPeriod = "The end period of the Report. Only the Year/Month are currently used and any Day or Time values will be ignored. "
        + "EndPeriod defaults to todays UTC date if left null.";
}
