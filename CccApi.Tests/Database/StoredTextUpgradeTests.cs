using CccApi.Host;
using CccApi.ServiceInterface;
using CccApi.ServiceInterface.Data;
using CccApi.ServiceInterface.Data.Entities;
using CccApi.ServiceInterface.Data.Upgrades;
using CccApi.Tests.Infrastructure;
using Microsoft.AspNetCore.Builder;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.Extensions.DependencyInjection;

namespace CccApi.Tests.Database;

/// <summary>
/// A database written before the normal forms (names NFKC with a case-folded key column, codes, domains
/// and emails in their ASCII lower-case form) is brought into them by `migrate`; rows that are one value
/// once normalised stop the upgrade, named, with nothing changed.
/// </summary>
[Parallelizable(ParallelScope.Self)] // databases of its own
public sealed class StoredTextUpgradeTests
{
    /// <summary>The last migration before the key columns: the schema these rows were written under.</summary>
    private const string SchemaBeforeKeys = "AddAdminUserStatus";

    [Test]
    public async Task Migrating_brings_rows_written_before_the_normal_forms_into_them()
    {
        using var database = TestDatabase.CreateDefault();
        await using var app = Build(database);
        var partner = Guid.NewGuid();
        var site = Guid.NewGuid();
        var admin = Guid.NewGuid();
        await using (var db = await OldSchemaAsync(app))
        {
            await InsertPartnerAsync(db, partner, "  Ａｃｍｅ\u200B   Ltd ");
            await InsertSiteAsync(db, site, "\u212Aelvin  Site");
            await InsertAdminUserAsync(db, admin, "Admin@BÜCHER.example");
        }

        await app.Services.MigrateCccDatabaseAsync();

        await using var after = Context(app);
        var stored = await after.Partners.AsNoTracking().SingleAsync(p => p.Id == partner);
        var storedSite = await after.Sites.AsNoTracking().SingleAsync(s => s.Id == site);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(stored.Name, Is.EqualTo("Acme Ltd"));
            Assert.That(stored.NameKey, Is.EqualTo("acme ltd"));
            Assert.That(storedSite.Name, Is.EqualTo("Kelvin Site"));
            Assert.That(storedSite.NameKey, Is.EqualTo("kelvin site"));
            Assert.That((await after.AdminUsers.AsNoTracking().SingleAsync(u => u.Id == admin)).Email, Is.EqualTo("admin@xn--bcher-kva.example"));
            Assert.That(await after.Database.GetPendingMigrationsAsync(), Is.Empty);
        }
    }

    [Test]
    public async Task Look_alike_rows_stop_the_upgrade_naming_them_and_it_completes_once_one_is_renamed()
    {
        using var database = TestDatabase.CreateDefault();
        await using var app = Build(database);
        var plain = Guid.NewGuid();
        var fullWidth = Guid.NewGuid();
        await using (var db = await OldSchemaAsync(app))
        {
            // Distinct to NOCASE and citext alike; one name in NFKC.
            await InsertPartnerAsync(db, plain, "Acme");
            await InsertPartnerAsync(db, fullWidth, "Ａcme");
        }

        var refused = Assert.ThrowsAsync<StoredTextCollisionException>(() => app.Services.MigrateCccDatabaseAsync());

        Assert.That(refused!.Collisions, Has.Count.EqualTo(1));
        Assert.That(refused.Collisions[0], Does.Contain("Partners.Name").And.Contain($"'Acme' ({plain:N})").And.Contain($"'Ａcme' ({fullWidth:N})").And.Contain("'acme'"));
        await using (var db = Context(app))
        {
            Assert.That(await db.Database.GetPendingMigrationsAsync(), Has.Some.EndsWith("_" + StoredTextNormalizer.BeforeMigration), "the unique indexes wait");
            Assert.That(await db.Database.SqlQuery<string>($"SELECT \"Name\" AS \"Value\" FROM \"Partners\" WHERE \"Id\" = {fullWidth}").SingleAsync(),
                Is.EqualTo("Ａcme"), "nothing was normalised");
            await db.Database.ExecuteSqlAsync($"UPDATE \"Partners\" SET \"Name\" = {"Acme Two"} WHERE \"Id\" = {fullWidth}");
        }

        await app.Services.MigrateCccDatabaseAsync();

        await using var after = Context(app);
        Assert.That(await after.Partners.AsNoTracking().OrderBy(p => p.NameKey).Select(p => p.NameKey).ToListAsync(), Is.EqualTo(new[] { "acme", "acme two" }));
    }

    [Test]
    public async Task The_migrate_command_prints_the_collisions_and_exits_1()
    {
        using var database = TestDatabase.CreateDefault();
        await using (var app = Build(database))
        await using (var db = await OldSchemaAsync(app))
        {
            await InsertPartnerAsync(db, Guid.NewGuid(), "ﬁne Partner");
            await InsertPartnerAsync(db, Guid.NewGuid(), "fine Partner");
        }

        var migrate = await ChildHost.RunToExitAsync(database, TimeSpan.FromSeconds(120), "migrate");

        Assert.That(migrate.ExitCode, Is.EqualTo(1), migrate.Output);
        Assert.That(migrate.StandardError, Does.Contain("Rename all but one of each group").And.Contain("Partners.Name: 'ﬁne Partner'"));
        Assert.That(migrate.Output, Does.Not.Contain("   at "), "no stack trace");
    }

    [Test]
    public async Task The_database_refuses_a_name_differing_only_in_a_case_SQLite_NOCASE_does_not_fold()
    {
        using var database = TestDatabase.CreateDefault();
        await using var app = Build(database);
        await app.Services.MigrateCccDatabaseAsync();
        await using var db = Context(app);
        db.Partners.Add(new Partner { Id = Guid.NewGuid(), Name = "Äpfel Σοφία", CreatedOn = DateTime.UtcNow });
        await db.SaveChangesAsync();

        // Past the services' pre-checks, as a race would be: the unique index alone decides.
        db.Partners.Add(new Partner { Id = Guid.NewGuid(), Name = "äPFEL ΣΟΦΊΑ", CreatedOn = DateTime.UtcNow });

        Assert.ThrowsAsync<DbUpdateException>(() => db.SaveChangesAsync());
    }

    private static WebApplication Build(TestDatabase database) =>
        CccApiApplication.CreateBuilder(
        [
            .. database.Settings.Select(s => $"--{s.Key}={s.Value}"),
            "--Database:MigrateOnStartup=false",
        ]).Build();

    private static CccDbContext Context(WebApplication app) =>
        app.Services.CreateScope().ServiceProvider.GetRequiredService<CccDbContext>();

    private static async Task<CccDbContext> OldSchemaAsync(WebApplication app)
    {
        var db = Context(app);
        // As `migrate` does first: creates the SQLite file (in WAL mode), or PostgreSQL's history table.
        if (app.Services.GetService<IDatabaseInitializer>() is { } initializer)
            await initializer.PrepareAsync(db, CancellationToken.None);
        var target = db.Database.GetMigrations().Single(id => id.EndsWith("_" + SchemaBeforeKeys, StringComparison.Ordinal));
        await db.GetService<IMigrator>().MigrateAsync(target);
        return db;
    }

    private static Task InsertPartnerAsync(CccDbContext db, Guid id, string name) =>
        db.Database.ExecuteSqlAsync($"INSERT INTO \"Partners\" (\"Id\", \"Name\", \"CreatedOn\") VALUES ({id}, {name}, {DateTime.UtcNow})");

    private static Task InsertSiteAsync(CccDbContext db, Guid id, string name) =>
        db.Database.ExecuteSqlAsync($"INSERT INTO \"Sites\" (\"Id\", \"Name\", \"Status\", \"CreatedOn\") VALUES ({id}, {name}, {"Active"}, {DateTime.UtcNow})");

    private static Task InsertAdminUserAsync(CccDbContext db, Guid id, string email) =>
        db.Database.ExecuteSqlAsync($"INSERT INTO \"AdminUsers\" (\"Id\", \"Email\", \"Type\", \"CreatedOn\") VALUES ({id}, {email}, {"SuperUser"}, {DateTime.UtcNow})");
}
