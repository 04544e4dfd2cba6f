namespace CccApi.ServiceInterface.Data.Entities;

public class Partner
{
    public Guid Id { get; set; }

    public string Name { get; set; } = "";

    public DateTime CreatedOn { get; set; }
}
