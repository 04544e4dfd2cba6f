using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace CccApi.ServiceInterface.Identity;

/// <summary>Loads the certificate that protects the Data Protection key ring, or makes SQLite's default one.</summary>
internal static class DataProtectionCertificates
{
    public const string DefaultSubject = "CN=CccApi Data Protection";

    /// <summary>A self-signed certificate with a 2048-bit RSA key, valid for ten years from yesterday.</summary>
    public static X509Certificate2 CreateSelfSigned(string subject = DefaultSubject)
    {
        using var rsa = RSA.Create(2048);
        var request = new CertificateRequest(subject, rsa, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        request.CertificateExtensions.Add(new X509BasicConstraintsExtension(false, false, 0, true));
        request.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.KeyEncipherment | X509KeyUsageFlags.DataEncipherment, true));
        var now = DateTimeOffset.UtcNow;
        return request.CreateSelfSigned(now.AddDays(-1), now.AddYears(10));
    }

    /// <summary>Writes <paramref name="certificate"/> with its private key to a new PFX file readable by its owner alone (on Unix).</summary>
    public static void WritePfx(X509Certificate2 certificate, string path, string? password)
    {
        var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write, Share = FileShare.None };
        if (!OperatingSystem.IsWindows())
            options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        var pfx = certificate.Export(X509ContentType.Pfx, password);
        try
        {
            using var file = new FileStream(path, options);
            file.Write(pfx);
        }
        finally
        {
            CryptographicOperations.ZeroMemory(pfx);
        }
    }

    /// <summary>The certificate in the PFX file at <paramref name="path"/>, which must hold its RSA private key.</summary>
    public static X509Certificate2 Load(string path, string? password)
    {
        var flags = OperatingSystem.IsMacOS() ? X509KeyStorageFlags.DefaultKeySet : X509KeyStorageFlags.EphemeralKeySet;
        var certificate = X509CertificateLoader.LoadPkcs12FromFile(path, password, flags);
        using var key = certificate.GetRSAPrivateKey();
        if (key is null)
        {
            certificate.Dispose();
            throw new CryptographicException("the certificate has no RSA private key");
        }
        return certificate;
    }

    /// <summary>
    /// The certificate at <paramref name="path"/>, made and saved there first if the file does not exist. Safe when
    /// several processes start at once: each writes a file of its own, one renames it into place, the others read it.
    /// </summary>
    public static X509Certificate2 LoadOrCreate(string path, string? password)
    {
        if (File.Exists(path)) return Load(path, password);

        var folder = Path.GetDirectoryName(path)!;
        Directory.CreateDirectory(folder);
        var temporary = Path.Combine(folder, $".{Path.GetFileName(path)}.{Guid.NewGuid():N}.tmp");
        try
        {
            using (var created = CreateSelfSigned())
                WritePfx(created, temporary, password);
            try
            {
                File.Move(temporary, path, overwrite: false);
            }
            catch (IOException) when (File.Exists(path))
            {
                // Another process saved its certificate first: that one is every process's.
            }
        }
        finally
        {
            File.Delete(temporary);
        }
        return Load(path, password);
    }
}
