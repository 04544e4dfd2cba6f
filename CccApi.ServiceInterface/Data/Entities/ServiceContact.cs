namespace CccApi.ServiceInterface.Data.Entities;

/// <summary>The customer's contact; one row per service, keyed by the service.</summary>
public class ServiceContact
{
    public Guid ServiceId { get; set; }

    public string Name { get; set; } = "";

    public string Email { get; set; } = "";

    public string PhoneNumber { get; set; } = "";
}
