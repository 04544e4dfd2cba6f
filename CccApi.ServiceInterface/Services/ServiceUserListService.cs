using CccApi.ServiceInterface.Data;
using CccApi.ServiceInterface.Infrastructure;
using CccApi.ServiceInterface.Rules;
using CccApi.ServiceModel;
using Microsoft.EntityFrameworkCore;
using ServiceUserEntity = CccApi.ServiceInterface.Data.Entities.ServiceUser;

namespace CccApi.ServiceInterface.Services;

/// <summary>
/// GetServiceUsers and SearchServiceUsers. Token matches the start of a user's first name, last name or email address,
/// without regard to case (names compared as names are, by their case-folded keys): each is one range on an index.
/// A substring anywhere would need trigram indexes on every provider, so it is not offered.
/// </summary>
public sealed class ServiceUserListService(CccDbContext db, ICallerContext caller, ServiceUrlBuilder urls)
{
    /// <summary>SearchServiceUsers has no paging on the original's page: it answers at most this many, by email.</summary>
    public const int MaxSearchResults = 100;

    /// <summary>
    /// The users of one service, by email, in the group the pair names when one is given (a type alone: that type's
    /// default group); with neither, all of them.
    /// </summary>
    public async Task<GetServiceUsersResponse> Get(GetServiceUsers request, CancellationToken ct)
    {
        var serviceId = await ServiceIdAsync(request, ct);
        var users = db.ServiceUsers.Where(u => u.ServiceId == serviceId);
        if (request.ServiceUserGroupGuid is not null || !string.IsNullOrEmpty(request.ServiceUserGroupType))
        {
            var group = await ServiceUserGroupChoice.ResolveAsync(db, serviceId, request.ServiceUserGroupGuid, request.ServiceUserGroupType, ct);
            users = users.Where(u => u.GroupId == group.Id);
        }
        if (Given(request.Token) is { } token)
            users = MatchingToken(users, token);

        var page = await users.OrderBy(u => u.Email).ThenBy(u => u.Id)
            .ToPageAsync(request, new RowPage(), rows => rows.AsNoTracking().ToRows(db).OrderBy(r => r.Email).ThenBy(r => r.Id), ct);
        return new GetServiceUsersResponse
        {
            PageSize = page.PageSize,
            TotalPages = page.TotalPages,
            TotalItems = page.TotalItems,
            CurrentPage = page.CurrentPage,
            Results = page.Results.Select(r => r.ToWire<ServiceUser>()).ToList(),
        };
    }

    /// <summary>
    /// Users of the services the caller sees whose names or email start with Token, limited to the service, collection
    /// and Site given; given together they must agree (the service in the collection, the collection on the Site).
    /// </summary>
    public async Task<SearchServiceUsersResponse> Get(SearchServiceUsers request, CancellationToken ct)
    {
        var services = db.Services.VisibleTo(caller);
        if (request.ServiceGuid is { } serviceGuid)
        {
            var serviceId = await db.ServiceIdAsync(caller, serviceGuid, nameof(request.ServiceGuid), ct);
            services = services.Where(s => s.Id == serviceId);
        }
        if (request.CollectionGuid is { } collectionGuid)
            services = services.Where(s => s.CollectionId == collectionGuid);
        if (request.SiteGuid is { } siteGuid)
            services = services.Where(s => s.Collection.SiteId == siteGuid);
        await PlacementAgreement.EnsureAsync(db, request.ServiceGuid, request.CollectionGuid, request.SiteGuid, ct);

        var serviceIds = services.Select(s => s.Id);
        var matches = MatchingToken(db.ServiceUsers.Where(u => serviceIds.Contains(u.ServiceId)), Given(request.Token)!);
        var rows = await matches.OrderBy(u => u.Email).ThenBy(u => u.Id).Take(MaxSearchResults)
            .AsNoTracking().ToRows(db).ToListAsync(ct);
        var ids = rows.Select(r => r.ServiceId).Distinct().ToList();
        var serviceRows = await db.Services.AsNoTracking().Where(s => ids.Contains(s.Id)).ToListRows(db).ToListAsync(ct);
        var byId = serviceRows.ToDictionary(r => r.Service.ServiceGuid, r => r.ToWire(urls));
        return new SearchServiceUsersResponse
        {
            Results = rows.OrderBy(r => r.Email, StringComparer.Ordinal).ThenBy(r => r.Id)
                .Select(r => new SearchServiceUserResult { ServiceUser = r.ToWire<ServiceUser>(), Service = byId[r.ServiceId] }).ToList(),
        };
    }

    private static IQueryable<ServiceUserEntity> MatchingToken(IQueryable<ServiceUserEntity> users, string token)
    {
        var nameKey = NameKeys.For(token);
        var email = token.ToLowerInvariant();
        return users.Where(u => u.FirstNameKey!.StartsWith(nameKey) || u.LastNameKey!.StartsWith(nameKey) || u.Email!.StartsWith(email));
    }

    /// <summary>The service by ServiceGuid or, without one, by ServiceCode, as the caller sees it.</summary>
    private async Task<Guid> ServiceIdAsync(GetServiceUsers request, CancellationToken ct)
    {
        if (request.ServiceGuid is { } serviceGuid)
            return await db.ServiceIdAsync(caller, serviceGuid, nameof(request.ServiceGuid), ct);
        var code = Identifiers.Normalize(request.ServiceCode!);
        return await db.Services.VisibleTo(caller).Where(s => s.ServiceCode == code).Select(s => (Guid?)s.Id).SingleOrDefaultAsync(ct)
            ?? throw HttpError.NotFound("Service not found.", nameof(request.ServiceCode));
    }

    private static string? Given(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    private sealed class RowPage : IPagedResponse<ServiceUserRow>
    {
        public int PageSize { get; set; }

        public int TotalPages { get; set; }

        public int TotalItems { get; set; }

        public int CurrentPage { get; set; }

        public List<ServiceUserRow> Results { get; set; } = [];
    }
}
