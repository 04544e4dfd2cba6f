using CccApi.ServiceInterface.Data.Entities;

namespace CccApi.ServiceInterface.Rules;

/// <summary>A partner's Sku copied onto a service: the copy keeps the Sku's id and terms, which are the partner's, so it is not editable.</summary>
public static class ServiceSkuCopies
{
    public static ServiceSku CopyOf(Sku sku, Guid serviceId, Guid? serviceSkuBundleId, DateTime assignedDate, DateTime? endedDate) => new()
    {
        Id = Guid.NewGuid(),
        ServiceId = serviceId,
        ServiceSkuBundleId = serviceSkuBundleId,
        SkuId = sku.Id,
        Name = sku.Name,
        BillingMetric = sku.BillingMetric,
        UnitPrice = sku.UnitPrice,
        Quantity = sku.Quantity,
        Description = sku.Description,
        IsEditable = false,
        AssignedDate = assignedDate,
        EndedDate = endedDate,
    };
}
