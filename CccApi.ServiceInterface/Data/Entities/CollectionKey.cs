namespace CccApi.ServiceInterface.Data.Entities;

/// <summary>A collection's usage-reporting key, found by the SHA-256 digest of the key; the key itself is never stored.</summary>
public class CollectionKey : IIssuedKey
{
    public Guid Id { get; set; }

    public Guid CollectionId { get; set; }

    public string Digest { get; set; } = "";

    public string Prefix { get; set; } = "";

    public string? Name { get; set; }

    public Guid? CreatedByUserId { get; set; }

    public DateTime CreatedOn { get; set; }

    public DateTime? RevokedOn { get; set; }
}
