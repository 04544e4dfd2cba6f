using CccApi.ServiceModel;

namespace CccApi.Bench.AdoNet;

/// <summary>An API key's owner as the API-key check needs it.</summary>
public sealed record KeyOwner(Guid UserId, string Type, Guid? ScopeId, DateTime? ExpiresOn);

/// <summary>A new SKU row, as CreateServiceSku writes it.</summary>
public sealed record NewSku(Guid Id, Guid ServiceId, Guid? BundleId, string? Name, string BillingMetric,
    decimal UnitPrice, int Quantity, string? Description, DateTime AssignedDate, DateTime? EndedDate);

/// <summary>A Reseller's access record for a Collection, as the ResellerCollectionAccess PUT reads it.</summary>
public sealed record AccessRecord(Guid Id, Guid SiteId, bool IsDefaultCollectionForSite);

/// <summary>
/// The statements CccApi runs for the bench's operations, written as plain SQL on one provider's ADO.NET
/// driver: what those operations cost without an ORM.
/// </summary>
public interface IBenchStore
{
    /// <summary>The active owner of an unrevoked, unexpired key with this digest; null otherwise.</summary>
    Task<KeyOwner?> FindKeyOwnerAsync(string digest, DateTime now, CancellationToken ct);

    Task<bool> ServiceExistsAsync(Guid serviceId, CancellationToken ct);

    Task<bool> BundleOfServiceExistsAsync(Guid bundleId, Guid serviceId, CancellationToken ct);

    /// <summary>The service's SKUs, counted no further than <paramref name="limit"/> (the quota), as CccApi counts them.</summary>
    Task<int> SkuCountAsync(Guid serviceId, int limit, CancellationToken ct);

    Task InsertSkuAsync(NewSku sku, CancellationToken ct);

    Task<ServiceRead?> ServiceAsync(Guid serviceId, CancellationToken ct);

    Task<bool> ResellerExistsAsync(Guid resellerId, CancellationToken ct);

    Task<bool> CollectionExistsAsync(Guid collectionId, CancellationToken ct);

    Task<AccessRecord?> AccessRecordAsync(Guid resellerId, Guid collectionId, CancellationToken ct);

    /// <summary>
    /// Sets the record's IsDefaultCollectionForSite in one transaction; making it the default clears the
    /// Reseller's other defaults on that Site first, as CccApi does.
    /// </summary>
    Task SetDefaultCollectionForSiteAsync(Guid resellerId, AccessRecord record, bool isDefault, CancellationToken ct);
}
