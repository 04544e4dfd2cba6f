namespace CccApi.ServiceInterface.Data.Entities;

/// <summary>A signed-in session, kept in the database so that every host sees it.</summary>
public class AdminSession
{
    public Guid Id { get; set; }

    /// <summary>SHA-256 of the session id the caller holds; the id itself is never stored.</summary>
    public string Digest { get; set; } = "";

    public Guid AdminUserId { get; set; }

    public DateTime CreatedOn { get; set; }

    public DateTime ExpiresOn { get; set; }

    public DateTime? EndedOn { get; set; }
}
