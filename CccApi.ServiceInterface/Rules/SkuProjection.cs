using System.Linq.Expressions;
using SkuEntity = CccApi.ServiceInterface.Data.Entities.Sku;

namespace CccApi.ServiceInterface.Rules;

/// <summary>A stored Sku as the wire's Sku (or SkuResponse), as one expression for every list and lookup.</summary>
public static class SkuProjection<T> where T : ServiceModel.Sku, new()
{
    public static Expression<Func<SkuEntity, T>> ToDto { get; } = s => new T
    {
        SkuGuid = s.Id,
        Name = s.Name,
        BillingMetric = s.BillingMetric,
        Quantity = s.Quantity,
        UnitPrice = s.UnitPrice,
        Description = s.Description,
        Status = s.Status.ToString(),
    };
}
