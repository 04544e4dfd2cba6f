namespace CccApi.ServiceInterface.Data.Entities;

/// <summary>
/// An activation link's token, stored as its digest only. It is used once (UsedOn) and expires; sending a new
/// activation message ends the user's earlier tokens.
/// </summary>
public class ServiceUserActivationToken
{
    public Guid Id { get; set; }

    public Guid ServiceUserId { get; set; }

    public string Digest { get; set; } = "";

    public DateTime CreatedOn { get; set; }

    public DateTime ExpiresOn { get; set; }

    /// <summary>When the token was used or superseded; null while it may still be used.</summary>
    public DateTime? EndedOn { get; set; }
}
