using Microsoft.AspNetCore.DataProtection;

namespace CccApi.ServiceInterface.Identity;

/// <summary>
/// Encrypts identity providers' secrets and certificates for storage, with the Data Protection key ring every host
/// shares (kept in the database, each key encrypted with the configured certificate).
/// </summary>
public sealed class IdentitySecrets(IDataProtectionProvider provider)
{
    private readonly IDataProtector _protector = provider.CreateProtector("CccApi.IdProviders.Secrets.v1");

    public string? Protect(string? plaintext) => string.IsNullOrEmpty(plaintext) ? null : _protector.Protect(plaintext);

    public string? Unprotect(string? ciphertext) => ciphertext is null ? null : _protector.Unprotect(ciphertext);
}
