using CccApi.ServiceInterface.Data;
using CccApi.ServiceInterface.Infrastructure;
using CccApi.ServiceInterface.Rules;
using CccApi.ServiceInterface.Usage;
using CccApi.ServiceModel;
using Microsoft.EntityFrameworkCore;

namespace CccApi.ServiceInterface.Services;

/// <summary>
/// A partner's or reseller's services, oldest first, each with its Professional and Guest users at the end of each
/// month from StartPeriod to EndPeriod, and the same totals over all of them. Every status is counted: the pages
/// leave none out. The list is a <see cref="ServiceListShape"/>: TotalItems and where a page starts come from the kept
/// per-reseller counts (<see cref="KeptServiceList"/>). A partner's report: SuperUser and its Partner admins; a
/// reseller's: also the Reseller's admins.
/// </summary>
public sealed class UserCountReportService(CccDbContext db, ICallerContext caller, TimeProvider time, ServicePageAnchors anchors)
{
    public async Task<GetServiceUserCountReportPagedResponse> Get(GetPartnerServiceUserCountReport request, CancellationToken ct)
    {
        var partner = await db.PartnerAsync(caller, request.PartnerGuid, nameof(request.PartnerGuid), ct);
        var paging = new PageRequest { Page = request.Page, PageSize = Paging.WholeNumber(request.PageSize) };
        return await ReportAsync(new ServiceListShape(partner.Id, null, ReportableOnly: false), partner.Id, request, paging, ct);
    }

    public async Task<GetServiceUserCountReportPagedResponse> Get(GetResellerServiceUserCountReport request, CancellationToken ct)
    {
        var resellerId = await db.ResellerIdAsync(caller, request.ResellerGuid, nameof(request.ResellerGuid), ct);
        return await ReportAsync(new ServiceListShape(null, resellerId, ReportableOnly: false), resellerId, request, request, ct);
    }

    private async Task<GetServiceUserCountReportPagedResponse> ReportAsync(
        ServiceListShape shape, Guid scopeId, IUserCountReportRequest request, IPagedRequest paging, CancellationToken ct)
    {
        var report = UserCountReport.For(request, time.GetUtcNow().UtcDateTime);
        var page = await shape.ServicesIn(db.Services).OrderBy(s => s.CreatedOn).ThenBy(s => s.Id)
            .ToPageAsync(paging, new GetServiceUserCountReportPagedResponse(), rows => rows.ReadById(db).OrderBy(s => s.CreatedOn).ThenBy(s => s.Id)
                .Select(s => new PeriodServiceUserCountRecord
                {
                    ServiceGuid = s.Id,
                    ServiceCode = s.ServiceCode,
                    ServiceStatus = s.Status,
                    CreatedOn = s.CreatedOn,
                    TrialEndDate = s.TrialEndDate,
                    ReferenceId = s.ReferenceId,
                    CollectionName = s.Collection.Name,
                    ResellerName = s.Reseller.Name,
                    CompanyName = s.Company == null ? null : s.Company.Name,
                    CompanyCity = s.Company == null ? null : s.Company.City,
                    CompanyPostalCode = s.Company == null ? null : s.Company.PostalCode,
                    PrimaryDomain = s.PrimaryDomain,
                }), ct, new KeptServiceList(shape, db, anchors));

        var counts = await report.PerServiceAsync(db, page.Results.Select(r => r.ServiceGuid).ToList(), ct);
        foreach (var record in page.Results)
            (record.ProUserCounts, record.GuestUserCounts) = counts[record.ServiceGuid];
        (page.TotalPeriodProUserCounts, page.TotalPeriodGuestUserCounts) = await report.TotalsAsync(db, scopeId, ct);
        page.StartPeriod = report.FirstMonth;
        page.EndPeriod = report.LastMonth;
        return page;
    }

    private sealed class PageRequest : IPagedRequest
    {
        public int? Page { get; set; }

        public int? PageSize { get; set; }
    }
}
