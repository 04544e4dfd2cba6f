using CccApi.ServiceModel;
using Microsoft.EntityFrameworkCore;

namespace CccApi.ServiceInterface.Rules;

/// <summary>The original's paging: Page 1 and PageSize 25 unless asked otherwise.</summary>
public static class Paging
{
    public const int DefaultPage = 1;
    public const int DefaultPageSize = 25;
    public const int MaxPageSize = 100;

    /// <summary>Fills <paramref name="response"/> with one page of <paramref name="query"/>, which must already be ordered.</summary>
    public static async Task<TResponse> ToPageAsync<TResponse, TItem>(
        this IQueryable<TItem> query, IPagedRequest request, TResponse response, CancellationToken ct)
        where TResponse : IPagedResponse<TItem>
    {
        var page = request.Page ?? DefaultPage;
        var pageSize = request.PageSize ?? DefaultPageSize;
        var total = await query.CountAsync(ct);

        response.CurrentPage = page;
        response.PageSize = pageSize;
        response.TotalItems = total;
        response.TotalPages = (total + pageSize - 1) / pageSize;
        // long: a huge Page times PageSize would overflow int; past the end is simply an empty page.
        var skip = (long)(page - 1) * pageSize;
        response.Results = skip >= total ? [] : await query.Skip((int)skip).Take(pageSize).ToListAsync(ct);
        return response;
    }
}
