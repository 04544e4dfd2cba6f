using CccApi.ServiceInterface.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace CccApi.ServiceInterface.Data.Queries;

/// <summary>The access record every ResellerCollectionAccess call reads, compiled (tracked: PUT and DELETE change it).</summary>
internal static class ResellerCollectionAccessQueries
{
    private static readonly CompiledPerModel<Func<CccDbContext, Guid, Guid, CancellationToken, Task<ResellerCollectionAccessRecord?>>> Record = new(() =>
        EF.CompileAsyncQuery((CccDbContext db, Guid resellerId, Guid collectionId, CancellationToken ct) =>
            db.ResellerCollectionAccess.SingleOrDefault(a => a.ResellerId == resellerId && a.CollectionId == collectionId)));

    public static Task<ResellerCollectionAccessRecord?> RecordAsync(CccDbContext db, Guid resellerId, Guid collectionId, CancellationToken ct) =>
        Record.For(db)(db, resellerId, collectionId, ct);
}
