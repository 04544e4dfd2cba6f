namespace CccApi.ServiceInterface.Data.Entities;

public class ServiceSku
{
    public Guid Id { get; set; }

    public Guid ServiceId { get; set; }

    public Service Service { get; set; } = null!;

    public Guid? ServiceSkuBundleId { get; set; }

    public ServiceSkuBundle? ServiceSkuBundle { get; set; }
    /// <summary>The partner's Sku this one was copied from (AssignServiceSku, AssignServiceSkuBundle); null when created on the service.</summary>
    public Guid? SkuId { get; set; }
    public Sku? Sku { get; set; }
    /// <summary>False for a copy of a partner's Sku, whose terms are the partner's; true for one created on the service.</summary>
    public bool IsEditable { get; set; } = true;

    public string? Name { get; set; }

    /// <summary>One of <see cref="Rules.BillingMetrics.Names"/>, spelled as the seed spells it.</summary>
    public string BillingMetric { get; set; } = "";

    public decimal UnitPrice { get; set; }

    public int Quantity { get; set; }

    public string? Description { get; set; }

    public DateTime AssignedDate { get; set; }

    public DateTime? EndedDate { get; set; }
}
