namespace CccApi.ServiceInterface.Rules;

/// <summary>
/// What is kept about a list so that a page of it costs the same however long the list is: its total, read instead
/// of counting its rows, and where a page starts, found instead of skipping every earlier row (OFFSET).
/// </summary>
public interface IKeptPaging<TRow>
{
    /// <summary>How many rows the list has; read before <see cref="StartAsync"/>.</summary>
    Task<int> TotalAsync(CancellationToken ct);

    /// <summary>
    /// The <paramref name="ordered"/> list narrowed to begin at or before its row <paramref name="skip"/>, with how many
    /// of the narrowed rows come before that one.
    /// </summary>
    Task<(IQueryable<TRow> Rows, int Skip)> StartAsync(IQueryable<TRow> ordered, int skip, CancellationToken ct);
}
