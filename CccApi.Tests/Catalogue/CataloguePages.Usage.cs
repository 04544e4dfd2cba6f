using static CccApi.Tests.Catalogue.PageFacts;

namespace CccApi.Tests.Catalogue;

public static partial class CataloguePages
{
    private const string PageDefault = "The Page number being requested. Defaults to 1.";

    private const string PageSizeDefault = "The Page Size returned by the operation. Defaults to 25.";

    private const string CreatedAfter =
        "Search for any services created after or on this date / time (UTC). If left null, this param is excluded from the Search.";

    private const string CreatedBefore =
        "Search for any services created before or on this date / time (UTC). If left null, this param is excluded from the Search.";

    private const string PeriodScope = "Indicates the scope of data to be returned. Defaults to Daily.";

    private const string PeriodLimit = "Limit the usage data returned to the specified period. Any time value passed in this parameter will be ignored.";

    private const string UsersFilter = "If a value is provided, filters the Users to be returned.";

    private const string ServicesUsageNotes = "A paged list of Services and the level of daily usage including number of Users, Messages sent and Features used. "
        + "Includes all Services except those whose Status is Blocked or Provisioning.";

    private const string StartPeriod =
        "The start period of the Report. Only the Year/Month are currently used and any Day or Time values will be ignored.";

    private const string EndPeriod = "The end period of the Report. Only the Year/Month are currently used and any Day or Time values will be ignored. "
        + "EndPeriod defaults to todays UTC date if left null.";

    private static readonly string[] PeriodTypes = ["Daily", "Monthly"];

    private static readonly string[] UserGroupTypes = ["Professional", "Guest"];

    // As GetServiceUsage's page shows it in full (the other pages naming it stop inside it). Properties, not fields:
    // ServiceStatuses and ActiveDisabled are fields of other parts of this class.
    private static PageTable ServiceUsageTable => new("ServiceUsage",
        new PageRow("ServiceGuid", "body", "Guid", false),
        new PageRow("Name", "form", "string", false),
        new PageRow("Status", "form", "ServiceStatus", false, "", ServiceStatuses),
        new PageRow("ServiceCode", "form", "string", false),
        new PageRow("ReferenceId", "form", "string", false),
        new PageRow("PrimaryDomain", "form", "string", false),
        new PageRow("CreatedOn", "body", "DateTime", false),
        new PageRow("TrialEndDate", "body", "DateTime", false),
        new PageRow("EffectiveDate", "body", "DateTime", false),
        new PageRow("InitialTerm", "form", "int", false),
        new PageRow("CollectionGuid", "body", "Guid", false),
        new PageRow("CollectionName", "form", "string", false),
        new PageRow("ClientGuid", "body", "Guid", false),
        new PageRow("Contact", "body", "ContactInfo", false),
        new PageRow("Company", "body", "Company", false),
        new PageRow("PeriodType", "form", "PeriodType", false, "", PeriodTypes),
        new PageRow("Period", "body", "DateTime", false),
        new PageRow("TotalUserCount", "body", "Integer", false),
        new PageRow("ProUserCount", "body", "Integer", false),
        new PageRow("GuestUserCount", "body", "Integer", false),
        new PageRow("DisabledUserCount", "body", "Integer", false),
        new PageRow("UnregisteredUserCount", "body", "Integer", false),
        new PageRow("FeatureUsageSecureMessagingGateway", "body", "Integer", false),
        new PageRow("FeatureUsageSecureMessagingPlus", "body", "Integer", false),
        new PageRow("FeatureUsageDataLeakPrevention", "body", "Integer", false),
        new PageRow("FeatureUsageSecureLargeFiles", "body", "Integer", false),
        new PageRow("FeatureUsageSecureForms", "body", "Integer", false),
        new PageRow("TotalMessageCount", "body", "Integer", false),
        new PageRow("TotalAttachmentCount", "body", "Integer", false),
        new PageRow("AttachmentStorageUsage", "body", "Integer", false));

    private static readonly PageTable ServiceUsageContactInfoTable = new("ContactInfo",
        new PageRow("Name", "body", "String", true),
        new PageRow("Email", "body", "String", true),
        new PageRow("PhoneNumber", "body", "String", true));

    // GetServiceUsage's stored copy stops at this table's second row ("Address for..."): the rest is the Company
    // CreateService's page shows, the same type.
    private static readonly PageTable ServiceUsageCompanyTable = new("Company",
        new PageRow("Name", "form", "string", false),
        new PageRow("Address", "form", "string", false),
        new PageRow("City", "form", "string", false),
        new PageRow("StateProvince", "form", "string", false),
        new PageRow("PostalCode", "form", "string", false),
        new PageRow("Country", "form", "string", false),
        new PageRow("Website", "form", "string", false));

    // As GetServiceUserUsage's page shows it in full (GetServiceUsersUsage's stored copies stop at "RegisteredOn").
    private static PageTable UserUsageTable => new("UserUsage",
        new PageRow("UserGuid", "body", "Guid", false),
        new PageRow("EmailAddress", "form", "string", false),
        new PageRow("IsAlias", "body", "Boolean", false),
        new PageRow("FirstName", "form", "string", false),
        new PageRow("LastName", "form", "string", false),
        new PageRow("Status", "form", "ServiceUserStatusEnum?", false, "", ActiveDisabled),
        new PageRow("CreatedOn", "body", "DateTime", false),
        new PageRow("RegisteredOn", "body", "DateTime", false),
        new PageRow("LastLogin", "body", "DateTime", false),
        new PageRow("GroupName", "form", "string", false),
        new PageRow("GroupType", "form", "ServiceUserGroupEnum?", false, "", UserGroupTypes),
        new PageRow("GroupGuid", "body", "Guid", false),
        new PageRow("TotalMessagesSent", "body", "Integer", false),
        new PageRow("TotalMessagesReceived", "body", "Integer", false),
        new PageRow("TotalAttachmentsCount", "body", "Integer", false),
        new PageRow("TotalAttachmentsSize", "body", "Integer", false),
        new PageRow("TotalInvitationsSent", "body", "Integer", false),
        new PageRow("TotalInvitationsAccepted", "body", "Integer", false),
        new PageRow("LastToolbarVersion", "body", "String", false),
        new PageRow("InvitedByEmailAddress", "body", "String", false),
        new PageRow("LastMsgSent", "body", "DateTime", false),
        new PageRow("LastMsgRetrieved", "body", "DateTime", false),
        new PageRow("LastActivity", "body", "DateTime", false));

    // Both user-count report pages, after their request table. Their stored copies stop at the record's PrimaryDomain
    // ("PrimaryDomainfor..."): it is a string like the rows before it, and the two PeriodStat lists after it follow
    // the DTO (per service, the months the response's TotalPeriod... lists sum over every service of the report).
    private static PageTable[] UserCountReportTables =>
    [
        new PageTable("GetServiceUserCountReportPagedResponse",
            new PageRow("StartPeriod", "body", "DateTime", false),
            new PageRow("EndPeriod", "body", "DateTime", false),
            new PageRow("TotalPeriodProUserCounts", "body", "PeriodStat[]", false),
            new PageRow("TotalPeriodGuestUserCounts", "body", "PeriodStat[]", false),
            new PageRow("PageSize", "body", "Integer", false),
            new PageRow("TotalPages", "body", "Integer", false),
            new PageRow("TotalItems", "body", "Integer", false),
            new PageRow("CurrentPage", "body", "Integer", false),
            new PageRow("Results", "body", "PeriodServiceUserCountRecord[]", false)),
        BaseResponse,
        new PageTable("PeriodStat",
            new PageRow("sPeriod", "body", "DateTime", false),
            new PageRow("Total", "body", "Integer", false),
            new PageRow("PercentageChanged", "body", "Double", false)),
        new PageTable("PeriodServiceUserCountRecord",
            new PageRow("ServiceGuid", "body", "Guid", false),
            new PageRow("ServiceCode", "form", "string", false),
            new PageRow("ServiceStatus", "form", "ServiceStatus", false, "", ServiceStatuses),
            new PageRow("CreatedOn", "body", "DateTime", false),
            new PageRow("TrialEndDate", "body", "DateTime", false),
            new PageRow("ReferenceId", "form", "string", false),
            new PageRow("CollectionName", "form", "string", false),
            new PageRow("ResellerName", "form", "string", false),
            new PageRow("CompanyName", "form", "string", false),
            new PageRow("CompanyCity", "form", "string", false),
            new PageRow("CompanyPostalCode", "form", "string", false),
            new PageRow("PrimaryDomain", "form", "string", false),
            new PageRow("ProUserCounts", "body", "PeriodStat[]", false),
            new PageRow("GuestUserCounts", "body", "PeriodStat[]", false)),
    ];

    private static IEnumerable<PageFacts> Usage =>
    [
        // The stored copies stop inside the ServiceUsage table ("Collection..."): it is GetServiceUsage's, the same
        // type, then the ContactInfo and Company tables of the types it reaches.
        new("GetServicesUsage", [$"GET /api/services/usage Gets Service usage report. {ServicesUsageNotes}"],
            new PageTable("GetServicesUsage",
                new PageRow("Page", "query", "Integer", false, PageDefault),
                new PageRow("PageSize", "query", "Integer", false, PageSizeDefault),
                new PageRow("PartnerGuid", "query", "Guid", false),
                new PageRow("ResellerGuid", "query", "Guid", false),
                new PageRow("ServiceGuid", "query", "Guid", false),
                new PageRow("CreatedAfterDateTime", "query", "DateTime", false, CreatedAfter),
                new PageRow("CreatedBeforeDateTime", "query", "DateTime", false, CreatedBefore),
                new PageRow("PeriodType", "query", "PeriodType", false, PeriodScope),
                new PageRow("Period", "query", "DateTime", false, PeriodLimit)),
            Paged("ServiceUsagePagedResponse", "ServiceUsage"),
            BaseResponse,
            ServiceUsageTable,
            ServiceUsageContactInfoTable,
            ServiceUsageCompanyTable),
        // The response is the usage itself, with ResponseStatus as its only table of its own. The stored copies stop
        // inside the Company table (see ServiceUsageCompanyTable).
        new("GetServiceUsage",
            ["GET /api/services/{ServiceGuid}/serviceusage Gets Service usage data for a Service. See GetServicesUsage for aggregated version of this operation. "
                + "The level of daily service usage including number of Users, Messages sent and Features used. "
                + "If the service is in Blocked or Provisioning state, the report fails."],
            new PageTable("GetServiceUsage", new PageRow("ServiceGuid", "path", "Guid", true)),
            new PageTable("ServiceUsageResponse", new PageRow("ResponseStatus", "form", "ResponseStatus", false)),
            ServiceUsageTable,
            ServiceUsageContactInfoTable,
            ServiceUsageCompanyTable),
        // The stored copies stop inside the ServiceUsage table ("UnregisteredUserCount", "FeatureUsageSecureLargeFil..."):
        // completed as GetServicesUsage's, the same response type.
        new("GetResellerServiceUsage",
            [$"GET /api/resellers/{{ResellerGuid}}/serviceusagelist [DEPRECATED - please use GetServicesUsage] Gets Service usage data for a Reseller. {ServicesUsageNotes}"],
            new PageTable("GetResellerServiceUsage",
                new PageRow("ResellerGuid", "path", "Guid", true),
                new PageRow("Page", "query", "Integer", false, PageDefault),
                new PageRow("PageSize", "query", "Integer", false, PageSizeDefault)),
            Paged("ServiceUsagePagedResponse", "ServiceUsage"),
            BaseResponse,
            ServiceUsageTable,
            ServiceUsageContactInfoTable,
            ServiceUsageCompanyTable),
        // UserGroupGuid is "Yes" on the page although described as optional; the page is shown as it is.
        new("GetServiceUsersUsage",
            ["GET /api/services/{ServiceGuid}/users/usage Gets Users usage report. EXPERIMENTAL: A paged list of ServiceUsers and the level of daily usage "
                + "including number of Messages sent and Features used. This API call depends on a technology that is in the process of being deployed. "
                + "Results may not be accurate."],
            new PageTable("GetServiceUsersUsage",
                new PageRow("ServiceGuid", "path", "Guid", true),
                new PageRow("Page", "query", "Integer", false, PageDefault),
                new PageRow("PageSize", "query", "Integer", false, PageSizeDefault),
                new PageRow("PeriodType", "query", "PeriodType", false, PeriodScope),
                new PageRow("Period", "query", "DateTime", false, PeriodLimit + " Defaults to yesterdays Date."),
                new PageRow("UserStatus", "query", "ServiceUserStatusEnum", false, UsersFilter, ActiveDisabled),
                new PageRow("UserGroupType", "query", "ServiceUserGroupEnum", false, UsersFilter, UserGroupTypes),
                new PageRow("UserGroupGuid", "query", "Guid", true, UsersFilter)),
            new PageTable("GetServiceUsersUsagePagedResponse",
                new PageRow("PageSize", "body", "Integer", false),
                new PageRow("TotalPages", "body", "Integer", false),
                new PageRow("TotalItems", "body", "Integer", false),
                new PageRow("CurrentPage", "body", "Integer", false),
                new PageRow("Results", "body", "UserUsage[]", false),
                new PageRow("PeriodType", "form", "PeriodType", false, "", PeriodTypes),
                new PageRow("Period", "body", "DateTime", false),
                new PageRow("ServiceGuid", "body", "Guid", false)),
            BaseResponse,
            UserUsageTable),
        new("GetServiceUserUsage",
            ["GET /api/services/{ServiceGuid}/users/{UserGuid}/usage Get a User usage report. Get a User usage including number of Messages sent and Features used."],
            new PageTable("GetServiceUserUsage",
                new PageRow("ServiceGuid", "path", "Guid", true),
                new PageRow("UserGuid", "path", "Guid", true),
                new PageRow("PeriodType", "query", "PeriodType", false, "Defaults to Daily."),
                new PageRow("Period", "query", "DateTime", false, "Defaults to yesterdays Date.")),
            new PageTable("GetServiceUserUsageResponse",
                new PageRow("ServiceGuid", "form", "Guid", false),
                new PageRow("PeriodType", "form", "PeriodType", false, "", PeriodTypes),
                new PageRow("Period", "body", "DateTime", false),
                new PageRow("Usage", "body", "UserUsage", false)),
            BaseResponse,
            UserUsageTable),
        // The partner's page types PageSize as String (the reseller's as Integer).
        new("GetPartnerServiceUserCountReport", ["GET /api/partners/{PartnerGuid}/serviceusercountreport Gets a Partners ServiceUserCount Report."],
            [
                new PageTable("GetPartnerServiceUserCountReport",
                    new PageRow("PartnerGuid", "path", "Guid", true, "The Guid of the Partner"),
                    new PageRow("StartPeriod", "query", "DateTime", true, StartPeriod),
                    new PageRow("EndPeriod", "query", "DateTime", false, EndPeriod),
                    new PageRow("Page", "query", "Integer", false, PageDefault),
                    new PageRow("PageSize", "query", "String", false, PageSizeDefault)),
                .. UserCountReportTables,
            ]),
        new("GetResellerServiceUserCountReport", ["GET /api/resellers/{ResellerGuid}/serviceusercountreport Gets a Resellers ServiceUserCount Report."],
            [
                new PageTable("GetResellerServiceUserCountReport",
                    new PageRow("ResellerGuid", "path", "Guid", true, "The Guid of the Reseller"),
                    new PageRow("StartPeriod", "query", "DateTime", true, StartPeriod),
                    new PageRow("EndPeriod", "query", "DateTime", false, EndPeriod),
                    new PageRow("Page", "query", "Integer", false, PageDefault),
                    new PageRow("PageSize", "query", "Integer", false, PageSizeDefault)),
                .. UserCountReportTables,
            ]),
    ];
}
