using Microsoft.EntityFrameworkCore;

namespace CccApi.ServiceInterface.Data.Queries;

/// <summary>The Sku queries CreateServiceSku makes on every call, compiled (see the README's "Hot paths").</summary>
internal static class ServiceSkuQueries
{
    private static readonly CompiledPerModel<Func<CccDbContext, Guid, int, CancellationToken, Task<int>>> CountUpTo = new(() =>
        EF.CompileAsyncQuery((CccDbContext db, Guid serviceId, int limit, CancellationToken ct) =>
            db.ServiceSkus.Where(s => s.ServiceId == serviceId).Take(limit).Count()));

    /// <summary>How many Skus the Service has, counting no further than <paramref name="limit"/>.</summary>
    public static Task<int> CountUpToAsync(CccDbContext db, Guid serviceId, int limit, CancellationToken ct) =>
        CountUpTo.For(db)(db, serviceId, limit, ct);
}
