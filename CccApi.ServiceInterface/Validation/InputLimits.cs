namespace CccApi.ServiceInterface.Validation;

/// <summary>
/// The longest text each kind of request field may hold, where the original's pages state no limit (where
/// they do, as "54 char Max.", the page's limit is used). Listed in the README's "Input limits" table.
/// </summary>
public static class InputLimits
{
    /// <summary>Names of partners, resellers, companies, sites, collections, SKUs, bundles, services and people.</summary>
    public const int Name = 100;

    /// <summary>Short codes and words: service and collection codes, billing metrics, statuses, sign-in providers.</summary>
    public const int Code = 64;

    /// <summary>A free-text description (a SKU's).</summary>
    public const int Description = 1000;

    /// <summary>A postal address, several lines.</summary>
    public const int Address = 500;

    public const int PostalCode = 20;

    public const int PhoneNumber = 32;

    /// <summary>RFC 5321's longest address (and the AdminUsers.Email column's length).</summary>
    public const int Email = 254;

    /// <summary>A bound on what each password check has to hash.</summary>
    public const int Password = 128;

    /// <summary>URLs: site endpoints, services API base URLs, websites.</summary>
    public const int Url = 2048;

    /// <summary>A messaging platform's session token (AuthenticateServiceAdminUser's Token), sent on in a header.</summary>
    public const int Token = 4096;

    /// <summary>An identity provider's OAuth client id.</summary>
    public const int ClientId = 256;

    /// <summary>An identity provider's client secret (SecretId).</summary>
    public const int Secret = 1024;

    /// <summary>An identity provider's certificate: a thumbprint, or the PEM or base64 of a certificate with its chain.</summary>
    public const int Certificate = 16384;

    /// <summary>An identity proxy's Pattern or Parameters JSON document.</summary>
    public const int IdentityDocument = 2000;

    /// <summary>Page and PageSize written as text.</summary>
    public const int PageNumberText = 20;
}
