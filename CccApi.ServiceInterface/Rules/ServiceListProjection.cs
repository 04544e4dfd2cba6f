using CccApi.ServiceInterface.Data;
using CccApi.ServiceModel;
using ServiceEntity = CccApi.ServiceInterface.Data.Entities.Service;

namespace CccApi.ServiceInterface.Rules;

/// <summary>A Service as lists answer it (SearchServices, SearchServiceUsers), read in the list's own query.</summary>
public static class ServiceListProjection
{
    public static IQueryable<ServiceListRow> ToListRows(this IQueryable<ServiceEntity> services, CccDbContext db) =>
        services.Select(s => new ServiceListRow
        {
            ServicesApiBaseUrl = s.Collection.ServicesApiBaseUrl,
            SiteEndpointUrl = db.SiteEndpoints.Where(e => e.Id == s.Collection.SiteEndpointId).Select(e => e.Url).FirstOrDefault(),
            Service = new Service
            {
                ServiceGuid = s.Id,
                Name = s.ServiceName,
                Status = s.Status,
                ServiceCode = s.ServiceCode,
                ReferenceId = s.ReferenceId,
                PrimaryDomain = s.PrimaryDomain,
                CreatedOn = s.CreatedOn,
                TrialEndDate = s.TrialEndDate,
                EffectiveDate = s.EffectiveDate,
                InitialTerm = s.InitialTerm,
                CollectionGuid = s.CollectionId,
                SiteGuid = s.Collection.SiteId,
                ClientGuid = s.ClientGuid,
                ResellerGuid = s.ResellerId,
                ResellerName = s.Reseller.Name,
                PartnerGuid = s.Reseller.PartnerId,
                PartnerName = s.Reseller.Partner.Name,
            },
        });
}

/// <summary>A Service as read, and the base addresses its Urls are built from.</summary>
public sealed class ServiceListRow
{
    public Service Service { get; init; } = null!;

    public string? ServicesApiBaseUrl { get; init; }

    public string? SiteEndpointUrl { get; init; }

    /// <summary>The Service with its Urls filled in.</summary>
    public Service ToWire(ServiceUrlBuilder urls)
    {
        Service.Urls = urls.Build(ServicesApiBaseUrl, SiteEndpointUrl, Service.ServiceCode!, Service.PrimaryDomain);
        return Service;
    }
}
