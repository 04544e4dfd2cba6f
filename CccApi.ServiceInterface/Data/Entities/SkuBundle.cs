namespace CccApi.ServiceInterface.Data.Entities;

public class SkuBundle
{
    public Guid Id { get; set; }

    public Guid PartnerId { get; set; }

    public Partner Partner { get; set; } = null!;

    public string Name { get; set; } = "";

    public RecordStatus Status { get; set; }

    public DateTime CreatedOn { get; set; }
}
