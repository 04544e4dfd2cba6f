namespace CccApi.ServiceModel;

/// <summary>
/// The paging envelope the original's *PagedResponse types share. An interface rather than a base
/// class, so each response keeps its own flat field list as on the original's pages.
/// </summary>
public interface IPagedResponse<T>
{
    int PageSize { get; set; }

    int TotalPages { get; set; }

    int TotalItems { get; set; }

    int CurrentPage { get; set; }

    List<T> Results { get; set; }
}

/// <summary>A request for one page of a list: Page defaults to 1, PageSize to 25.</summary>
public interface IPagedRequest
{
    int? Page { get; set; }

    int? PageSize { get; set; }
}

/// <summary>
/// A paged request whose Page and PageSize the original types String on the wire; the service reads them
/// as whole numbers, with the same defaults and ranges as <see cref="IPagedRequest"/>.
/// </summary>
public interface IPagedTextRequest
{
    string? Page { get; set; }

    string? PageSize { get; set; }
}
