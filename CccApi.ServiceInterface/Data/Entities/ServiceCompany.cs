namespace CccApi.ServiceInterface.Data.Entities;

/// <summary>The customer's company information; one row per service, keyed by the service.</summary>
public class ServiceCompany
{
    public Guid ServiceId { get; set; }

    public string Name { get; set; } = "";

    public string? Address { get; set; }

    public string? City { get; set; }

    public string? StateProvince { get; set; }

    public string? PostalCode { get; set; }

    public string? Country { get; set; }

    public string? Website { get; set; }
}
