using System.Globalization;
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
    public static Task<TResponse> ToPageAsync<TResponse, TItem>(
        this IQueryable<TItem> query, IPagedRequest request, TResponse response, CancellationToken ct)
        where TResponse : IPagedResponse<TItem> =>
        query.ToPageAsync(request.Page, request.PageSize, response, ct);

    /// <summary>As above for a request typed String on the wire, whose validator has checked the numbers.</summary>
    public static Task<TResponse> ToPageAsync<TResponse, TItem>(
        this IQueryable<TItem> query, IPagedTextRequest request, TResponse response, CancellationToken ct)
        where TResponse : IPagedResponse<TItem> =>
        query.ToPageAsync(WholeNumber(request.Page), WholeNumber(request.PageSize), response, ct);

    /// <summary>
    /// As above, counting and paging the ordered <paramref name="rows"/> and only then turning the page's rows into
    /// items with <paramref name="projectPage"/> (which must order them again): joins for the items' fields then
    /// touch one page of rows, not every row that matched. <paramref name="kept"/>, when given, answers the total and
    /// where the page starts from what is kept about the list, instead of counting and skipping its rows.
    /// </summary>
    public static async Task<TResponse> ToPageAsync<TResponse, TRow, TItem>(
        this IQueryable<TRow> rows, IPagedRequest request, TResponse response, Func<IQueryable<TRow>, IQueryable<TItem>> projectPage, CancellationToken ct,
        IKeptPaging<TRow>? kept = null)
        where TResponse : IPagedResponse<TItem>
    {
        var (page, pageSize) = (request.Page ?? DefaultPage, request.PageSize ?? DefaultPageSize);
        var total = kept is null ? await rows.CountAsync(ct) : await kept.TotalAsync(ct);
        Fill(response, page, pageSize, total);
        var skip = (long)(page - 1) * pageSize;
        if (skip >= total)
        {
            response.Results = [];
            return response;
        }
        var (from, skipFrom) = kept is null ? (rows, (int)skip) : await kept.StartAsync(rows, (int)skip, ct);
        response.Results = await projectPage(from.Skip(skipFrom).Take(pageSize)).ToListAsync(ct);
        return response;
    }

    /// <summary>The whole number a paging field holds: digits only, no sign; null when empty or not such a number.</summary>
    public static int? WholeNumber(string? text) =>
        int.TryParse(text?.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var value) ? value : null;

    private static async Task<TResponse> ToPageAsync<TResponse, TItem>(
        this IQueryable<TItem> query, int? requestedPage, int? requestedPageSize, TResponse response, CancellationToken ct)
        where TResponse : IPagedResponse<TItem>
    {
        var page = requestedPage ?? DefaultPage;
        var pageSize = requestedPageSize ?? DefaultPageSize;
        var total = await query.CountAsync(ct);

        Fill(response, page, pageSize, total);
        // long: a huge Page times PageSize would overflow int; past the end is simply an empty page.
        var skip = (long)(page - 1) * pageSize;
        response.Results = skip >= total ? [] : await query.Skip((int)skip).Take(pageSize).ToListAsync(ct);
        return response;
    }

    private static void Fill<TItem>(IPagedResponse<TItem> response, int page, int pageSize, int total)
    {
        response.CurrentPage = page;
        response.PageSize = pageSize;
        response.TotalItems = total;
        response.TotalPages = (total + pageSize - 1) / pageSize;
    }
}
