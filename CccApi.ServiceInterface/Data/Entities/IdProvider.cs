namespace CccApi.ServiceInterface.Data.Entities;

/// <summary>
/// An identity provider configuration (an organisation's SAML or OpenID Connect issuer) that services' identity proxies
/// sign users in through. The secret and the certificates are stored only as Data Protection ciphertext.
/// </summary>
public class IdProvider
{
    public Guid Id { get; set; }

    public Guid TypeId { get; set; }

    public IdProviderType Type { get; set; } = null!;

    public string Name { get; set; } = "";

    public string? Description { get; set; }

    public string? LoginUrl { get; set; }

    public string? TokenUrl { get; set; }

    public string? LogoutUrl { get; set; }

    public string? ClientId { get; set; }

    public string? ProtectedSecretId { get; set; }

    public string? ProtectedCertificateId { get; set; }

    public string? ProtectedCertificate2Id { get; set; }

    public DateTime CreatedOn { get; set; }

    /// <summary>The admin user who created it.</summary>
    public Guid? CreatedBy { get; set; }
}
