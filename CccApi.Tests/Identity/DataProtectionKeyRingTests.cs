using System.Security.Cryptography;
using CccApi.ServiceInterface.Data;
using CccApi.ServiceInterface.Identity;
using CccApi.Tests.Infrastructure;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace CccApi.Tests.Identity;

/// <summary>
/// The Data Protection key ring that encrypts identity providers' secrets: kept in the database for every host, each
/// key encrypted with the configured certificate, so hosts with the certificate share the secrets and a copy of the
/// database alone reveals none.
/// </summary>
[Parallelizable(ParallelScope.Self)] // hosts and databases of its own
public sealed class DataProtectionKeyRingTests
{
    /// <summary>Takes the run's certificate away from a host, as a configuration without the section would.</summary>
    private static readonly Dictionary<string, string> NoCertificate = new()
    {
        [DataProtectionSettings.CertificatePathKey] = "",
        [$"{DataProtectionSettings.SectionName}:{nameof(DataProtectionSettings.CertificatePassword)}"] = "",
    };

    [Test]
    public async Task A_protected_secret_leaves_in_the_database_only_keys_encrypted_with_the_certificate()
    {
        await using var host = new TestHost();
        var secrets = host.Services.GetRequiredService<IdentitySecrets>();
        var secret = "client-secret-" + Guid.NewGuid().ToString("N");

        var stored = secrets.Protect(secret);

        Assert.That(stored, Does.Not.Contain(secret));
        Assert.That(secrets.Unprotect(stored), Is.EqualTo(secret));
        var rows = await KeyRowsAsync(host);
        var masterKeys = MasterKeys(host);
        Assert.That(rows, Is.Not.Empty);
        Assert.That(masterKeys, Is.Not.Empty);
        using (Assert.EnterMultipleScope())
        {
            foreach (var xml in rows)
            {
                Assert.That(xml, Does.Contain("EncryptedData"), "the key is encrypted");
                Assert.That(xml, Does.Not.Contain("<masterKey"), "no key material in clear");
                foreach (var masterKey in masterKeys) Assert.That(xml, Does.Not.Contain(masterKey));
            }
            Assert.That(host.Logs.AllText, Does.Not.Contain(TestCertificate.Password).And.Not.Contain(secret));
        }
    }

    [Test]
    public async Task A_second_host_on_the_database_with_the_same_certificate_unprotects_what_the_first_protected()
    {
        using var database = TestDatabase.CreateDefault();
        await using var first = new TestHost(new TestHostOptions { Database = database });
        var fromFirst = first.Services.GetRequiredService<IdentitySecrets>().Protect("first's secret");
        await using var second = new TestHost(new TestHostOptions { Database = database });
        var fromSecond = second.Services.GetRequiredService<IdentitySecrets>().Protect("second's secret");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(second.Services.GetRequiredService<IdentitySecrets>().Unprotect(fromFirst), Is.EqualTo("first's secret"));
            Assert.That(first.Services.GetRequiredService<IdentitySecrets>().Unprotect(fromSecond), Is.EqualTo("second's secret"));
        }
    }

    [Test]
    public async Task A_host_with_another_certificate_on_the_same_database_cannot_unprotect()
    {
        using var database = TestDatabase.CreateDefault();
        await using var first = new TestHost(new TestHostOptions { Database = database });
        var stored = first.Services.GetRequiredService<IdentitySecrets>().Protect("not for a copy of the database");
        var (otherPath, otherPassword) = TestCertificate.Create("other");
        await using var other = new TestHost(new TestHostOptions
        {
            Database = database,
            Settings = new()
            {
                [DataProtectionSettings.CertificatePathKey] = otherPath,
                [$"{DataProtectionSettings.SectionName}:{nameof(DataProtectionSettings.CertificatePassword)}"] = otherPassword,
            },
        });

        var secrets = other.Services.GetRequiredService<IdentitySecrets>();

        Assert.That(() => secrets.Unprotect(stored), Throws.InstanceOf<CryptographicException>());
    }

    [Test]
    public async Task On_SQLite_without_a_certificate_one_is_made_beside_the_database_and_kept_for_the_next_start()
    {
        using var database = TestDatabase.CreateSqlite();
        var folder = Path.GetDirectoryName(new SqliteConnectionStringBuilder(database.ConnectionString).DataSource)!;
        var file = Path.Combine(folder, DataProtectionSettings.DefaultCertificateFileName);
        string stored;
        byte[] made;
        await using (var first = new TestHost(new TestHostOptions { Database = database, Settings = new(NoCertificate) }))
        {
            stored = first.Services.GetRequiredService<IdentitySecrets>().Protect("kept across restarts")!;
            Assert.That(File.Exists(file), file);
            made = await File.ReadAllBytesAsync(file);
            if (!OperatingSystem.IsWindows())
                Assert.That(File.GetUnixFileMode(file), Is.EqualTo(UnixFileMode.UserRead | UnixFileMode.UserWrite), "readable by its owner alone");
            Assert.That(await KeyRowsAsync(first), Has.All.Contain("EncryptedData"));
        }

        await using var restarted = new TestHost(new TestHostOptions { Database = database, Settings = new(NoCertificate) });

        Assert.That(restarted.Services.GetRequiredService<IdentitySecrets>().Unprotect(stored), Is.EqualTo("kept across restarts"));
        Assert.That(await File.ReadAllBytesAsync(file), Is.EqualTo(made), "the same certificate, not a new one");
        Assert.That(Directory.GetFiles(folder, "*.tmp"), Is.Empty);
    }

    [Test]
    public async Task Processes_that_make_the_default_certificate_at_once_all_end_with_the_same_one()
    {
        var folder = Path.Combine(Path.GetTempPath(), "cccapi-tests", Guid.NewGuid().ToString("N"));
        var file = Path.Combine(folder, DataProtectionSettings.DefaultCertificateFileName);
        try
        {
            var thumbprints = await Task.WhenAll(Enumerable.Range(0, 6).Select(_ => Task.Run(() =>
            {
                using var certificate = DataProtectionCertificates.LoadOrCreate(file, null);
                return certificate.Thumbprint;
            })));

            Assert.That(thumbprints.Distinct(), Has.Exactly(1).Items);
            Assert.That(Directory.GetFiles(folder), Is.EqualTo(new[] { file }), "no temporary file is left behind");
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [TestCase("PostgreSql")]
    [TestCase("SqlServer")]
    public void A_shared_database_without_a_certificate_stops_the_start_naming_the_setting(string provider)
    {
        var builder = Microsoft.Extensions.Hosting.Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.Services.AddCccDataProtection(builder.Configuration, Path.GetTempPath(), provider);
        using var host = builder.Build();

        var failure = Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());

        Assert.That(failure!.Message, Does.Contain(DataProtectionSettings.CertificatePathKey).And.Contain(provider));
    }

    [Test]
    [Category(PostgreSqlOnly.Category)]
    public void A_PostgreSql_host_without_a_certificate_does_not_start()
    {
        PostgreSqlOnly.Require();
        using var database = TestDatabase.CreateDefault();
        var host = new TestHost(new TestHostOptions { Database = database, Settings = new(NoCertificate) });

        var failure = Assert.Catch(() => host.CreateSuperUserClient().Dispose());

        Assert.That(failure!.ToString(), Does.Contain(DataProtectionSettings.CertificatePathKey));
    }

    [Test]
    public void A_certificate_that_cannot_be_read_stops_the_start_naming_the_setting()
    {
        var missing = Path.Combine(Path.GetTempPath(), "cccapi-tests", Guid.NewGuid().ToString("N"), "missing.pfx");
        using var database = TestDatabase.CreateDefault();
        var host = new TestHost(new TestHostOptions { Database = database, Settings = new() { [DataProtectionSettings.CertificatePathKey] = missing } });

        var failure = Assert.Catch(() => host.CreateSuperUserClient().Dispose());

        Assert.That(failure!.ToString(), Does.Contain(DataProtectionSettings.CertificatePathKey).And.Contain(missing));
        Assert.That(failure.ToString(), Does.Not.Contain(TestCertificate.Password), "the password is never reported");
    }

    private static async Task<List<string>> KeyRowsAsync(TestHost host)
    {
        await using var scope = host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CccDbContext>();
        return await db.DataProtectionKeys.Select(k => k.Xml ?? "").ToListAsync();
    }

    /// <summary>Each key's master key in clear, as the host with the certificate decrypts it.</summary>
    private static List<string> MasterKeys(TestHost host) =>
        host.Services.GetRequiredService<IKeyManager>().GetAllKeys()
            .SelectMany(key => key.Descriptor.ExportToXml().SerializedDescriptorElement.Descendants())
            .Where(e => e.Name.LocalName == "value")
            .Select(e => e.Value)
            .ToList();
}
