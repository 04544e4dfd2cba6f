using CccApi.ServiceInterface.Data;
using CccApi.ServiceInterface.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace CccApi.ServiceInterface.Rules;

/// <summary>
/// "If ServiceGuid, CollectionGuid and SiteGuid are specified, they need to match" (SearchServiceUsers, PublicGetSSOUser,
/// PublicDiscoveryServiceUser): the service in the collection, the collection on the Site. A pair that does not is a 400
/// NotEqual naming the second.
/// </summary>
public static class PlacementAgreement
{
    public static async Task EnsureAsync(CccDbContext db, Guid? serviceGuid, Guid? collectionGuid, Guid? siteGuid, CancellationToken ct)
    {
        if (serviceGuid is { } service && collectionGuid is { } collection
            && !await db.Services.AnyAsync(s => s.Id == service && s.CollectionId == collection, ct))
            throw HttpError.BadRequest("NotEqual", "The Service is not in the Collection given.", "CollectionGuid");
        if (collectionGuid is { } inCollection && siteGuid is { } site
            && !await db.Collections.AnyAsync(c => c.Id == inCollection && c.SiteId == site, ct))
            throw HttpError.BadRequest("NotEqual", "The Collection is not on the Site given.", "SiteGuid");
        if (serviceGuid is { } onService && collectionGuid is null && siteGuid is { } onSite
            && !await db.Services.AnyAsync(s => s.Id == onService && s.Collection.SiteId == onSite, ct))
            throw HttpError.BadRequest("NotEqual", "The Service is not on the Site given.", "SiteGuid");
    }
}
