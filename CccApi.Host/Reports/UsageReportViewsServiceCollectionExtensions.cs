using CccApi.ServiceModel;
using ServiceStackCompat;

namespace CccApi.Host.Reports;

internal static class UsageReportViewsServiceCollectionExtensions
{
    /// <summary>
    /// The usage and user-count reports' CSV rows (<see cref="UsageReportRows"/>) and the user-count reports' chart on
    /// their HTML page (<see cref="UserCountChart"/>), through the layer's response views.
    /// </summary>
    public static IServiceCollection AddUsageReportViews(this IServiceCollection services) => services
        .AddCsvRows<GetServiceUserCountReportPagedResponse, ServiceUserCountMonthRow>(UsageReportRows.ServiceMonths)
        .AddHtmlView<GetServiceUserCountReportPagedResponse>(UserCountChart.Render)
        .AddCsvRows<ServiceUsagePagedResponse, ServiceUsageRow>(page => page.Results.Select(UsageReportRows.Service))
        .AddCsvRows<ServiceUsageResponse, ServiceUsageRow>(usage => [UsageReportRows.Service(usage)])
        .AddCsvRows<GetServiceUsersUsagePagedResponse, UserUsageRow>(page =>
            page.Results.Select(user => UsageReportRows.User(page.ServiceGuid, page.PeriodType, page.Period, user)))
        .AddCsvRows<GetServiceUserUsageResponse, UserUsageRow>(answer =>
            answer.Usage is { } user ? [UsageReportRows.User(answer.ServiceGuid, answer.PeriodType, answer.Period, user)] : []);
}
