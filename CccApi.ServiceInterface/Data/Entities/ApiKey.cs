namespace CccApi.ServiceInterface.Data.Entities;

/// <summary>A machine caller's key, found by the SHA-256 digest of the key; the key itself is never stored.</summary>
public class ApiKey
{
    public Guid Id { get; set; }

    public string Digest { get; set; } = "";

    /// <summary>The key's first characters, enough to recognise it in a list.</summary>
    public string Prefix { get; set; } = "";

    public string? Name { get; set; }

    public Guid AdminUserId { get; set; }

    public DateTime CreatedOn { get; set; }

    public DateTime? ExpiresOn { get; set; }

    public DateTime? RevokedOn { get; set; }
}
