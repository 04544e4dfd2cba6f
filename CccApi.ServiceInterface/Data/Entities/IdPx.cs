namespace CccApi.ServiceInterface.Data.Entities;

/// <summary>
/// A service's identity proxy: which of its users (Pattern) sign in through which provider, and what a user it
/// provisions gets (Parameters). Both are stored as the canonical JSON the validator produced.
/// </summary>
public class IdPx
{
    public Guid Id { get; set; }

    public Guid ServiceId { get; set; }

    public Guid IdProviderId { get; set; }

    public IdProvider IdProvider { get; set; } = null!;

    public Guid TypeId { get; set; }

    public IdPxType Type { get; set; } = null!;

    public string? Name { get; set; }

    public string? Description { get; set; }

    public string? Pattern { get; set; }

    public string? Parameters { get; set; }

    /// <summary>Proxies are tried in the order they were created: the first whose pattern matches a user is the user's.</summary>
    public DateTime CreatedOn { get; set; }
}
