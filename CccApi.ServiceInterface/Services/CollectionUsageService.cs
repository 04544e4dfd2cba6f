using CccApi.ServiceInterface.Data;
using CccApi.ServiceInterface.Infrastructure;
using CccApi.ServiceInterface.Usage;
using CccApi.ServiceModel;

namespace CccApi.ServiceInterface.Services;

/// <summary>
/// The usage intake: a collection, by its own key (the host admits no other caller: [RequiredRole("Collection")]),
/// reports the daily usage of the services installed in it.
/// </summary>
public sealed class CollectionUsageService(CccDbContext db, ICallerContext caller, TimeProvider time)
{
    /// <summary>
    /// Only into the key's own collection: another collection's Guid is 404, whether or not it exists. The batch is
    /// stored whole or not at all (<see cref="CollectionUsageIntake"/>).
    /// </summary>
    public async Task<ReportCollectionUsageResponse> Post(ReportCollectionUsage request, CancellationToken ct)
    {
        if (caller.CollectionId is not { } collectionId || collectionId != request.CollectionGuid)
            throw HttpError.NotFound("Collection not found.", nameof(request.CollectionGuid));
        var (added, replaced) = await CollectionUsageIntake.StoreAsync(db, collectionId, request.Records!, time.GetUtcNow().UtcDateTime, ct);
        return new ReportCollectionUsageResponse { RecordsAdded = added, RecordsReplaced = replaced };
    }
}
