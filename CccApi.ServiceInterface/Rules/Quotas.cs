using CccApi.ServiceInterface.Configuration;
using CccApi.ServiceInterface.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CccApi.ServiceInterface.Rules;

/// <summary>
/// Checks a tenant's count against its quota before a create: <c>409 QuotaExceeded</c> naming the field
/// whose tenant is full. Two creates racing at the limit may both pass; the quota bounds growth, it is not
/// an exact count.
/// </summary>
public sealed class Quotas(IOptions<QuotaSettings> options)
{
    public QuotaSettings Settings => options.Value;

    /// <summary>Counts no further than the limit, so the check costs at most that many index entries however many rows exist.</summary>
    public async Task EnsureRoomAsync<T>(IQueryable<T> existing, int limit, string what, string fieldName, CancellationToken ct) =>
        EnsureRoom(await existing.Take(limit).CountAsync(ct), limit, what, fieldName);

    /// <summary>The check on a count made by a compiled query (counted up to <paramref name="limit"/>), for hot paths.</summary>
    public static void EnsureRoom(int countUpToLimit, int limit, string what, string fieldName) =>
        EnsureRoom(countUpToLimit, 1, limit, what, fieldName);

    /// <summary>As above for a create that adds <paramref name="adding"/> rows at once (a bundle's copies).</summary>
    public static void EnsureRoom(int countUpToLimit, int adding, int limit, string what, string fieldName)
    {
        if (countUpToLimit + adding > limit)
            throw new HttpError(409, "QuotaExceeded", $"The limit of {limit} {what} is reached.", fieldName);
    }
}
