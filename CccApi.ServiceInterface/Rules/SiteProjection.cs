using System.Linq.Expressions;
using SiteEntity = CccApi.ServiceInterface.Data.Entities.Site;

namespace CccApi.ServiceInterface.Rules;

/// <summary>A stored Site as the wire's Site (or SiteResponse), as one expression for every list and lookup.</summary>
public static class SiteProjection<T> where T : ServiceModel.Site, new()
{
    public static Expression<Func<SiteEntity, T>> ToDto { get; } = s => new T
    {
        SiteGuid = s.Id,
        CreatedOn = s.CreatedOn,
        Name = s.Name,
        ProviderName = s.ProviderName,
        Jurisdiction = s.Jurisdiction,
        Status = s.Status,
        Endpoint = s.Endpoint,
        OwnerPartnerGuid = s.OwnerPartnerId,
        AvailableServerVersion = s.AvailableServerVersion,
        AvailableServicePack = s.AvailableServicePack,
    };
}
