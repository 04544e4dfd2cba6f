namespace CccApi.ServiceInterface.Data.Entities;

/// <summary>
/// A partner's priced Sku, optionally in one of its SkuBundles. AssignServiceSku copies it onto a service and
/// AssignServiceSkuBundle copies a bundle's Active Skus; the copies (ServiceSkus) keep its id as SkuGuid.
/// </summary>
public class Sku
{
    public Guid Id { get; set; }
    public Guid PartnerId { get; set; }
    public Partner Partner { get; set; } = null!;
    public Guid? SkuBundleId { get; set; }
    public SkuBundle? SkuBundle { get; set; }
    public string? Name { get; set; }
    /// <summary>One of <see cref="Rules.BillingMetrics.Names"/>, spelled as the seed spells it.</summary>
    public string BillingMetric { get; set; } = "";
    public decimal UnitPrice { get; set; }
    public int Quantity { get; set; }
    public string? Description { get; set; }
    public RecordStatus Status { get; set; }
    public DateTime CreatedOn { get; set; }
}
