using CccApi.ServiceInterface.Data;
using CccApi.ServiceInterface.Data.Entities;
using CccApi.ServiceInterface.Infrastructure;

namespace CccApi.ServiceInterface.Rules;

/// <summary>Loads what a request names, or answers 404 naming the request field that pointed at it.</summary>
public static class Require
{
    public static async Task<Partner> PartnerAsync(this CccDbContext db, Guid id, string fieldName, CancellationToken ct) =>
        await db.Partners.FindAsync([id], ct) ?? throw HttpError.NotFound("Partner not found.", fieldName);

    public static async Task<Reseller> ResellerAsync(this CccDbContext db, Guid id, string fieldName, CancellationToken ct) =>
        await db.Resellers.FindAsync([id], ct) ?? throw HttpError.NotFound("Reseller not found.", fieldName);

    public static async Task<Site> SiteAsync(this CccDbContext db, Guid id, string fieldName, CancellationToken ct) =>
        await db.Sites.FindAsync([id], ct) ?? throw HttpError.NotFound("Site not found.", fieldName);

    public static async Task<Collection> CollectionAsync(this CccDbContext db, Guid id, string fieldName, CancellationToken ct) =>
        await db.Collections.FindAsync([id], ct) ?? throw HttpError.NotFound("Collection not found.", fieldName);

    public static async Task<Service> ServiceAsync(this CccDbContext db, Guid id, string fieldName, CancellationToken ct) =>
        await db.Services.FindAsync([id], ct) ?? throw HttpError.NotFound("Service not found.", fieldName);

    public static async Task<SkuBundle> SkuBundleAsync(this CccDbContext db, Guid id, string fieldName, CancellationToken ct) =>
        await db.SkuBundles.FindAsync([id], ct) ?? throw HttpError.NotFound("SkuBundle not found.", fieldName);
}
