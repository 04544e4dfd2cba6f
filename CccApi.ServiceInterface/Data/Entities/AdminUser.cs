namespace CccApi.ServiceInterface.Data.Entities;

/// <summary>Someone who may call the API: a SuperUser, or an admin of one partner, reseller or service.</summary>
public class AdminUser
{
    public Guid Id { get; set; }

    /// <summary>The sign-in name, stored lower-case.</summary>
    public string Email { get; set; } = "";

    public string? DisplayName { get; set; }

    /// <summary>ASP.NET Core Identity's PBKDF2 format; null when the user signs in with API keys only.</summary>
    public string? PasswordHash { get; set; }

    public AdminUserType Type { get; set; }

    /// <summary>The partner, reseller or service the user administers; null for a SuperUser.</summary>
    public Guid? ScopeId { get; set; }

    /// <summary>A Disabled user can neither sign in nor use a session or API key.</summary>
    public RecordStatus Status { get; set; }

    public DateTime CreatedOn { get; set; }
}
