using CccApi.ServiceInterface.Data;
using CccApi.ServiceInterface.Infrastructure;
using CccApi.ServiceInterface.Rules;
using CccApi.ServiceModel;
using Microsoft.EntityFrameworkCore;
using ServiceEntity = CccApi.ServiceInterface.Data.Entities.Service;

namespace CccApi.ServiceInterface.Services;

public sealed class ServiceSearchService(CccDbContext db, ICallerContext caller, ServiceUrlBuilder urls)
{
    /// <summary>
    /// The services the caller sees that match any of Domain, Name and Code (the page's OR logic; none given: all of
    /// them), created within the date bounds given, oldest first. Each text matches whole, as its unique index compares
    /// it: Domain as any of a service's domains (any case, international names in either form), Name as names are compared (any case,
    /// look-alike forms), Code without regard to case. Each match is one seek on its index.
    /// </summary>
    public async Task<ServicesPagedResponse> Get(SearchServices request, CancellationToken ct)
    {
        var visible = db.Services.VisibleTo(caller);
        var matches = Matches(db, visible, request);
        if (request.CreatedAfterDateTime is { } after)
        {
            var from = after.ToUniversalTime();
            matches = matches.Where(s => s.CreatedOn >= from);
        }
        if (request.CreatedBeforeDateTime is { } before)
        {
            var to = before.ToUniversalTime();
            matches = matches.Where(s => s.CreatedOn <= to);
        }

        return await PageAsync(matches, request, ct);
    }

    /// <summary>The reseller's services, oldest first; a reseller the caller does not see is 404, as a missing one.</summary>
    public async Task<ServicesPagedResponse> Get(GetResellerServices request, CancellationToken ct)
    {
        if (!await db.Resellers.VisibleTo(caller).AnyAsync(r => r.Id == request.ResellerGuid, ct))
            throw HttpError.NotFound("Reseller not found.", nameof(request.ResellerGuid));
        return await PageAsync(db.Services.VisibleTo(caller).Where(s => s.ResellerId == request.ResellerGuid), request, ct);
    }

    private async Task<ServicesPagedResponse> PageAsync(IQueryable<ServiceEntity> matches, IPagedRequest request, CancellationToken ct)
    {
        var page = await matches.OrderBy(s => s.CreatedOn).ThenBy(s => s.Id).ToListRows(db).ToPageAsync(request, new ServiceListPage(), ct);
        return new ServicesPagedResponse
        {
            PageSize = page.PageSize,
            TotalPages = page.TotalPages,
            TotalItems = page.TotalItems,
            CurrentPage = page.CurrentPage,
            Results = page.Results.Select(r => r.ToWire(urls)).ToList(),
        };
    }

    /// <summary>The union of one index seek per text given, so that OR never costs a scan; all visible services when none is given.</summary>
    private static IQueryable<ServiceEntity> Matches(CccDbContext db, IQueryable<ServiceEntity> visible, SearchServices request)
    {
        IQueryable<ServiceEntity>? matches = null;
        if (Given(request.Domain) is { } domain)
        {
            // Any of a service's domains: the one service the domains' unique index names, compared as a scalar subquery
            // (Id = (SELECT ...)) so that the planner seeks it by its key; as IN (...) SQLite may scan the caller's scope instead.
            var stored = DomainNames.Normalize(domain);
            matches = visible.Where(s => s.Id == db.ServiceDomains.Where(d => d.Domain == stored).Select(d => d.ServiceId).FirstOrDefault());
        }
        if (Given(request.Name) is { } name)
        {
            var key = NameKeys.For(name);
            matches = Or(matches, visible.Where(s => s.ServiceNameKey == key));
        }
        if (Given(request.Code) is { } code)
        {
            var stored = Identifiers.Normalize(code);
            matches = Or(matches, visible.Where(s => s.ServiceCode == stored));
        }
        return matches ?? visible;
    }

    private static IQueryable<ServiceEntity> Or(IQueryable<ServiceEntity>? left, IQueryable<ServiceEntity> right) => left is null ? right : left.Union(right);

    private static string? Given(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    private sealed class ServiceListPage : IPagedResponse<ServiceListRow>
    {
        public int PageSize { get; set; }

        public int TotalPages { get; set; }

        public int TotalItems { get; set; }

        public int CurrentPage { get; set; }

        public List<ServiceListRow> Results { get; set; } = [];
    }
}
