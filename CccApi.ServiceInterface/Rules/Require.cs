using CccApi.ServiceInterface.Data;
using CccApi.ServiceInterface.Data.Entities;
using CccApi.ServiceInterface.Data.Queries;
using CccApi.ServiceInterface.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace CccApi.ServiceInterface.Rules;

/// <summary>
/// Loads what a request names, within what the caller may see (<see cref="CallerScope"/>), or answers 404
/// naming the request field that pointed at it: an object outside the caller's scope is as if it did not exist.
/// </summary>
public static class Require
{
    public static async Task<Partner> PartnerAsync(this CccDbContext db, ICallerContext caller, Guid id, string fieldName, CancellationToken ct) =>
        await db.Partners.VisibleTo(caller).SingleOrDefaultAsync(p => p.Id == id, ct)
        ?? throw HttpError.NotFound("Partner not found.", fieldName);

    public static async Task<Reseller> ResellerAsync(this CccDbContext db, ICallerContext caller, Guid id, string fieldName, CancellationToken ct) =>
        await db.Resellers.VisibleTo(caller).SingleOrDefaultAsync(r => r.Id == id, ct)
        ?? throw HttpError.NotFound("Reseller not found.", fieldName);

    /// <summary>Any Site, for SuperUser-only operations and rules that check their own access (collection placement).</summary>
    public static async Task<Site> SiteAsync(this CccDbContext db, Guid id, string fieldName, CancellationToken ct) =>
        await db.Sites.FindAsync([id], ct) ?? throw HttpError.NotFound("Site not found.", fieldName);

    /// <summary>A Site associated with the caller (<see cref="CallerScope"/>).</summary>
    public static async Task<Site> SiteAsync(this CccDbContext db, ICallerContext caller, Guid id, string fieldName, CancellationToken ct) =>
        await db.Sites.VisibleTo(db, caller).SingleOrDefaultAsync(s => s.Id == id, ct)
        ?? throw HttpError.NotFound("Site not found.", fieldName);

    /// <summary>The id of a Reseller the caller may see, for operations that only attach rows to it.</summary>
    internal static async Task<Guid> ResellerIdAsync(this CccDbContext db, ICallerContext caller, Guid id, string fieldName, CancellationToken ct) =>
        await VisibleResellerQueries.IdAsync(db, caller, id, ct)
        ?? throw HttpError.NotFound("Reseller not found.", fieldName);

    /// <summary>A Collection the caller may see, as its id and Site, for operations that only attach rows to it.</summary>
    internal static async Task<CollectionPlace> CollectionPlaceAsync(this CccDbContext db, ICallerContext caller, Guid id, string fieldName, CancellationToken ct) =>
        await VisibleCollectionQueries.PlaceAsync(db, caller, id, ct)
        ?? throw HttpError.NotFound("Collection not found.", fieldName);

    public static async Task<Collection> CollectionAsync(this CccDbContext db, ICallerContext caller, Guid id, string fieldName, CancellationToken ct) =>
        await db.Collections.VisibleTo(db, caller).SingleOrDefaultAsync(c => c.Id == id, ct)
        ?? throw HttpError.NotFound("Collection not found.", fieldName);

    public static async Task<Service> ServiceAsync(this CccDbContext db, ICallerContext caller, Guid id, string fieldName, CancellationToken ct) =>
        await db.Services.VisibleTo(caller).SingleOrDefaultAsync(s => s.Id == id, ct)
        ?? throw HttpError.NotFound("Service not found.", fieldName);

    public static async Task<AdminUser> AdminUserAsync(this CccDbContext db, ICallerContext caller, Guid id, string fieldName, CancellationToken ct) =>
        await db.AdminUsers.VisibleTo(db, caller).SingleOrDefaultAsync(u => u.Id == id, ct)
        ?? throw HttpError.NotFound("Admin user not found.", fieldName);

    /// <summary>
    /// The id of a Service the caller may see, for operations that only attach rows to it: read without
    /// loading or tracking the entity.
    /// </summary>
    public static async Task<Guid> ServiceIdAsync(this CccDbContext db, ICallerContext caller, Guid id, string fieldName, CancellationToken ct) =>
        await VisibleServiceQueries.IdAsync(db, caller, id, ct)
        ?? throw HttpError.NotFound("Service not found.", fieldName);

    /// <summary>A Service the caller may see with its Skus counted up to <paramref name="limit"/>, in one round trip.</summary>
    internal static async Task<ServiceSkuRoom> ServiceSkuRoomAsync(this CccDbContext db, ICallerContext caller, Guid id, int limit, string fieldName, CancellationToken ct) =>
        await ServiceSkuRoomQuery.ReadAsync(db, caller, id, limit, ct)
        ?? throw HttpError.NotFound("Service not found.", fieldName);

    /// <summary>The id of a Partner whose catalogue (SkuBundles, Skus) the caller may read.</summary>
    public static async Task<Guid> CataloguePartnerIdAsync(this CccDbContext db, ICallerContext caller, Guid id, string fieldName, CancellationToken ct) =>
        await db.Partners.CatalogueVisibleTo(db, caller).Where(p => p.Id == id).Select(p => (Guid?)p.Id).SingleOrDefaultAsync(ct)
        ?? throw HttpError.NotFound("Partner not found.", fieldName);

    public static async Task<Sku> SkuAsync(this CccDbContext db, ICallerContext caller, Guid id, string fieldName, CancellationToken ct) =>
        await db.Skus.VisibleTo(db, caller).AsNoTracking().SingleOrDefaultAsync(s => s.Id == id, ct)
        ?? throw HttpError.NotFound("Sku not found.", fieldName);

    public static async Task<SkuBundle> SkuBundleAsync(this CccDbContext db, ICallerContext caller, Guid id, string fieldName, CancellationToken ct) =>
        await db.SkuBundles.VisibleTo(db, caller).SingleOrDefaultAsync(b => b.Id == id, ct)
        ?? throw HttpError.NotFound("SkuBundle not found.", fieldName);
}
