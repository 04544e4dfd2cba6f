using System.Security.Cryptography.X509Certificates;
using System.Xml.Linq;
using CccApi.ServiceInterface.Configuration;
using CccApi.ServiceInterface.Data;
using CccApi.ServiceInterface.Data.Sqlite;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.AspNetCore.DataProtection.XmlEncryption;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace CccApi.ServiceInterface.Identity;

public static class CccDataProtectionServiceCollectionExtensions
{
    /// <summary>
    /// ASP.NET Core Data Protection with one key ring for every host: kept in the database (DataProtectionKeys), each
    /// key encrypted with the certificate of <see cref="DataProtectionSettings"/>, under one application name; and
    /// <see cref="IdentitySecrets"/>, which uses it. A missing or unreadable certificate fails the host's start.
    /// </summary>
    /// <param name="services">The host's service collection.</param>
    /// <param name="configuration">The host's configuration (section DataProtection, and Database for SQLite's default).</param>
    /// <param name="contentRootPath">Base directory for a relative CertificatePath or SQLite Data Source.</param>
    /// <param name="databaseProvider">Database:Provider: on SQLite alone a certificate is generated when none is configured.</param>
    public static IServiceCollection AddCccDataProtection(this IServiceCollection services, IConfiguration configuration, string contentRootPath, string databaseProvider)
    {
        var section = configuration.GetSection(DataProtectionSettings.SectionName);
        var settings = section.Get<DataProtectionSettings>() ?? new DataProtectionSettings();
        var certificate = Certificate(settings, configuration, contentRootPath, databaseProvider, out var problem);

        var builder = services.AddDataProtection()
            .SetApplicationName(string.IsNullOrWhiteSpace(settings.ApplicationName) ? new DataProtectionSettings().ApplicationName : settings.ApplicationName)
            .PersistKeysToDbContext<CccDbContext>();
        if (certificate is not null)
            builder.ProtectKeysWithCertificate(certificate).UnprotectKeysWithAnyCertificate(certificate);
        else
            // The host does not start (below); should anything reach the key ring before that (a command), no key
            // is ever written to the database unencrypted.
            services.Configure<KeyManagementOptions>(o => o.XmlEncryptor = new RefusingXmlEncryptor(problem!));

        services.AddOptions<DataProtectionSettings>().Bind(section)
            .Validate(_ => problem is null, problem ?? "")
            .ValidateOnStart();
        services.TryAddSingleton<IdentitySecrets>();
        return services;
    }

    private static X509Certificate2? Certificate(DataProtectionSettings settings, IConfiguration configuration, string contentRootPath, string databaseProvider, out string? problem)
    {
        problem = null;
        var password = string.IsNullOrEmpty(settings.CertificatePassword) ? null : settings.CertificatePassword;
        if (!string.IsNullOrWhiteSpace(settings.CertificatePath))
        {
            var path = Path.GetFullPath(settings.CertificatePath, contentRootPath);
            try
            {
                return DataProtectionCertificates.Load(path, password);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or System.Security.Cryptography.CryptographicException)
            {
                problem = $"{DataProtectionSettings.CertificatePathKey} '{path}' could not be loaded: {ex.Message} It must be a PFX file with the certificate's RSA private key (and {DataProtectionSettings.SectionName}:CertificatePassword its password, if it has one).";
                return null;
            }
        }

        if (!string.Equals(databaseProvider, DatabaseProviders.Sqlite, StringComparison.OrdinalIgnoreCase))
        {
            problem = $"{DataProtectionSettings.CertificatePathKey} is not set: with Database:Provider {databaseProvider} it must name a PFX file with the certificate " +
                "that protects the Data Protection key ring kept in the database, the same file on every host that shares the database.";
            return null;
        }

        var defaultPath = Path.Combine(SqliteFolder(configuration, contentRootPath), DataProtectionSettings.DefaultCertificateFileName);
        try
        {
            return DataProtectionCertificates.LoadOrCreate(defaultPath, password);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or System.Security.Cryptography.CryptographicException)
        {
            problem = $"The Data Protection certificate beside the SQLite database, '{defaultPath}', could not be made or loaded: {ex.Message} " +
                $"Set {DataProtectionSettings.CertificatePathKey} to a PFX file.";
            return null;
        }
    }

    /// <summary>The folder of the SQLite database file; App_Data under the content root for an in-memory database.</summary>
    private static string SqliteFolder(IConfiguration configuration, string contentRootPath)
    {
        var database = configuration.GetSection(DatabaseOptions.SectionName).Get<DatabaseOptions>() ?? new DatabaseOptions();
        var resolved = new SqliteConnectionStringBuilder(SqliteConnectionStrings.Resolve(database.ConnectionString, contentRootPath));
        return Path.IsPathRooted(resolved.DataSource) && resolved.Mode != SqliteOpenMode.Memory
            ? Path.GetDirectoryName(resolved.DataSource)!
            : Path.Combine(contentRootPath, "App_Data");
    }

    /// <summary>In place of the certificate that could not be had: refuses to write a key rather than store it in clear.</summary>
    private sealed class RefusingXmlEncryptor(string problem) : IXmlEncryptor
    {
        public EncryptedXmlInfo Encrypt(XElement plaintextElement) => throw new InvalidOperationException(problem);
    }
}
