using CccApi.ServiceInterface.Data;
using CccApi.ServiceInterface.Rules;
using CccApi.ServiceModel;
using Microsoft.EntityFrameworkCore;

namespace CccApi.ServiceInterface.Identity;

/// <summary>
/// Where a service's identity proxies are reached: the service's IdProxy and IdProxyLogout URLs (ServiceUrls templates),
/// naming the proxy in an "idpx" query parameter.
/// </summary>
public static class IdPxLinks
{
    public static string? LoginUrl(Dictionary<ServiceUrlType, string>? urls, Guid idPxId) => Link(urls, ServiceUrlType.IdProxy, idPxId);

    public static string? LogoutUrl(Dictionary<ServiceUrlType, string>? urls, Guid idPxId) => Link(urls, ServiceUrlType.IdProxyLogout, idPxId);

    /// <summary>The Urls of the services named, as GetService builds them.</summary>
    public static async Task<Dictionary<Guid, Dictionary<ServiceUrlType, string>?>> ServiceUrlsAsync(
        this CccDbContext db, ServiceUrlBuilder urls, IReadOnlyCollection<Guid> serviceIds, CancellationToken ct)
    {
        var rows = await db.Services.AsNoTracking().Where(s => serviceIds.Contains(s.Id)).Select(s => new
        {
            s.Id,
            s.Collection.ServicesApiBaseUrl,
            SiteEndpointUrl = db.SiteEndpoints.Where(e => e.Id == s.Collection.SiteEndpointId).Select(e => e.Url).FirstOrDefault(),
            s.ServiceCode,
            s.PrimaryDomain,
        }).ToListAsync(ct);
        return rows.ToDictionary(r => r.Id, r => urls.Build(r.ServicesApiBaseUrl, r.SiteEndpointUrl, r.ServiceCode, r.PrimaryDomain));
    }

    private static string? Link(Dictionary<ServiceUrlType, string>? urls, ServiceUrlType type, Guid idPxId) =>
        urls is not null && urls.TryGetValue(type, out var url) ? $"{url}?idpx={idPxId:N}" : null;
}
