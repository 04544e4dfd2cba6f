namespace CccApi.ServiceInterface.Data.Entities;

/// <summary>A gateway's credential, found by the SHA-256 digest of the key; the key itself is never stored.</summary>
public class GatewayKey : IIssuedKey
{
    public Guid Id { get; set; }

    public Guid GatewayId { get; set; }

    public string Digest { get; set; } = "";

    public string Prefix { get; set; } = "";

    public string? Name { get; set; }

    public Guid? CreatedByUserId { get; set; }

    public DateTime CreatedOn { get; set; }

    public DateTime? RevokedOn { get; set; }
}
