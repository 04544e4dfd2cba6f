using System.Security.Cryptography;
using CccApi.ServiceInterface.Identity;

namespace CccApi.Tests.Infrastructure;

/// <summary>
/// The Data Protection certificate of the test run: one self-signed PFX, made once in a temporary folder and given
/// to every host (<see cref="TestDatabase.Settings"/>), so that hosts sharing a database share it, as production's
/// hosts on PostgreSQL must; SQLite hosts then need not make one each.
/// </summary>
public static class TestCertificate
{
    private static readonly string Folder = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "cccapi-tests", "certificates-" + Guid.NewGuid().ToString("N"));

    private static readonly Lazy<(string Path, string Password)> Shared = new(() => Create("shared"));

    static TestCertificate() => AppDomain.CurrentDomain.ProcessExit += (_, _) =>
    {
        try { Directory.Delete(Folder, recursive: true); }
        catch (IOException) { /* left to the OS temp cleaner */ }
    };

    public static string Path => Shared.Value.Path;

    public static string Password => Shared.Value.Password;

    /// <summary>The settings that give a host the run's certificate.</summary>
    public static IEnumerable<KeyValuePair<string, string>> Settings =>
    [
        new($"{DataProtectionSettings.SectionName}:{nameof(DataProtectionSettings.CertificatePath)}", Path),
        new($"{DataProtectionSettings.SectionName}:{nameof(DataProtectionSettings.CertificatePassword)}", Password),
    ];

    /// <summary>Another certificate, not the run's: a new self-signed PFX in the run's folder, and its password.</summary>
    public static (string Path, string Password) Create(string name)
    {
        Directory.CreateDirectory(Folder);
        var path = System.IO.Path.Combine(Folder, $"{name}-{Guid.NewGuid():N}.pfx");
        var password = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));
        using var certificate = DataProtectionCertificates.CreateSelfSigned("CN=CccApi Tests Data Protection");
        DataProtectionCertificates.WritePfx(certificate, path, password);
        return (path, password);
    }
}
