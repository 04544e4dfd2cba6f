namespace CccApi.ServiceInterface.Data.Entities;

/// <summary>A SkuBundle assigned to a service; ServiceSkus may belong to it.</summary>
public class ServiceSkuBundle
{
    public Guid Id { get; set; }

    public Guid ServiceId { get; set; }

    public Service Service { get; set; } = null!;

    public Guid SkuBundleId { get; set; }

    public SkuBundle SkuBundle { get; set; } = null!;

    public string Name { get; set; } = "";

    public DateTime AssignedDate { get; set; }

    public DateTime? EndedDate { get; set; }
}
