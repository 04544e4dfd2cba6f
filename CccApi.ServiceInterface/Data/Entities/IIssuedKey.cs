namespace CccApi.ServiceInterface.Data.Entities;

/// <summary>A key issued to a caller that is no admin user (a collection, a gateway): found by the SHA-256 digest of the key, never stored itself.</summary>
public interface IIssuedKey
{
    Guid Id { get; set; }

    string Digest { get; set; }

    /// <summary>The key's first characters, enough to recognise it in a list.</summary>
    string Prefix { get; set; }

    string? Name { get; set; }

    /// <summary>The admin user who issued it.</summary>
    Guid? CreatedByUserId { get; set; }

    DateTime CreatedOn { get; set; }

    DateTime? RevokedOn { get; set; }
}
