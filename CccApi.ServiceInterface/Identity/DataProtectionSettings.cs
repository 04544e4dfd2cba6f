namespace CccApi.ServiceInterface.Identity;

/// <summary>
/// The "DataProtection" section: the certificate that encrypts the ASP.NET Core Data Protection key ring every host
/// keeps in the database (table DataProtectionKeys). The keys encrypt identity providers' secrets at rest, so a copy
/// of the database alone does not reveal them.
/// </summary>
public sealed class DataProtectionSettings
{
    public const string SectionName = "DataProtection";

    /// <summary>The name of <see cref="CertificatePath"/> in configuration, for start-up errors.</summary>
    public const string CertificatePathKey = SectionName + ":" + nameof(CertificatePath);

    /// <summary>The file SQLite's default certificate is kept in, beside the database, when <see cref="CertificatePath"/> is not set.</summary>
    public const string DefaultCertificateFileName = "data-protection-certificate.pfx";

    /// <summary>
    /// A PFX (PKCS #12) file with the certificate and its RSA private key; a relative path is resolved against the
    /// content root. Required on PostgreSQL and SQL Server, where several hosts share the database and must share the
    /// certificate; on SQLite a certificate is generated once beside the database when it is not set.
    /// </summary>
    public string? CertificatePath { get; set; }

    /// <summary>The PFX file's password, if it has one (also the password of SQLite's generated file).</summary>
    public string? CertificatePassword { get; set; }

    /// <summary>The Data Protection application name: the same on every host, so that they share the keys.</summary>
    public string ApplicationName { get; set; } = "CccApi";
}
