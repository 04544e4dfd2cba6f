using System.Linq.Expressions;
using CccApi.ServiceInterface.Data;
using CollectionEntity = CccApi.ServiceInterface.Data.Entities.Collection;

namespace CccApi.ServiceInterface.Rules;

/// <summary>A stored Collection as the wire's Collection (or CollectionResponse), with its Site endpoint, as one expression for every list and lookup.</summary>
public static class CollectionProjection<T> where T : ServiceModel.Collection, new()
{
    /// <summary>The endpoint is read by id (a plain column, see <see cref="CollectionEntity.SiteEndpointId"/>), hence the context.</summary>
    public static Expression<Func<CollectionEntity, T>> ToDto(CccDbContext db) => c => new T
    {
        CollectionGuid = c.Id,
        Name = c.Name,
        CollectionCode = c.CollectionCode,
        Status = c.Status.ToString(),
        CreatedOn = c.CreatedOn,
        ServicesApiBaseUrl = c.ServicesApiBaseUrl,
        SiteGuid = c.SiteId,
        SiteEndpoint = db.SiteEndpoints.Where(e => e.Id == c.SiteEndpointId)
            .Select(e => new ServiceModel.SiteEndpoint
            {
                SiteGuid = e.SiteId,
                Guid = e.Id,
                Name = e.Name,
                SiteVersion = e.SiteVersion,
                Description = e.Description,
                Url = e.Url,
                CreatedOn = e.CreatedOn,
            })
            .FirstOrDefault(),
    };
}
