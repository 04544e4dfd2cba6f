using System.Linq.Expressions;
using ServiceSkuEntity = CccApi.ServiceInterface.Data.Entities.ServiceSku;

namespace CccApi.ServiceInterface.Rules;

/// <summary>
/// A stored ServiceSku as the wire's ServiceSku (or ServiceSkuResponse), as one expression so that every list
/// and lookup selects only these columns and none forgets a field.
/// </summary>
public static class ServiceSkuProjection<T> where T : ServiceModel.ServiceSku, new()
{
    public static Expression<Func<ServiceSkuEntity, T>> ToDto { get; } = s => new T
    {
        ServiceSkuGuid = s.Id,
        ServiceSkuBundleGuid = s.ServiceSkuBundleId,
        SkuGuid = s.SkuId,
        Name = s.Name,
        AssignedDate = s.AssignedDate,
        EndedDate = s.EndedDate,
        BillingMetric = s.BillingMetric,
        Quantity = s.Quantity,
        UnitPrice = s.UnitPrice,
        Description = s.Description,
        IsEditable = s.IsEditable,
    };
}
