namespace CccApi.ServiceInterface.Data.Entities;

/// <summary>A user of a service. The SystemUser of CreateService is the first one, marked IsSystemUser.</summary>
public class ServiceUser
{
    public Guid Id { get; set; }

    public Guid ServiceId { get; set; }

    public string? Email { get; set; }

    public string? FirstName { get; set; }

    public string? LastName { get; set; }

    /// <summary>ASP.NET Core Identity's PBKDF2 format; the plain password is never stored.</summary>
    public string? PasswordHash { get; set; }

    public bool IsSystemUser { get; set; }

    public DateTime CreatedOn { get; set; }
}
