using CccApi.Host;
using CccApi.ServiceInterface;
using CccApi.ServiceInterface.Data;
using CccApi.ServiceInterface.Data.Entities;
using CccApi.Tests.Infrastructure;
using Microsoft.AspNetCore.Builder;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.Extensions.DependencyInjection;
using Service = CccApi.ServiceInterface.Data.Entities.Service;
using ServiceStatus = CccApi.ServiceModel.ServiceStatus;

namespace CccApi.Tests.Database;

/// <summary>
/// The migration AddServiceDomains on a database holding services: each service's PrimaryDomain becomes its first
/// domain, and making PrimaryDomain nullable (on SQLite a rebuild of the Services table, which many tables reference)
/// loses no row and leaves every foreign key intact.
/// </summary>
[Parallelizable(ParallelScope.Self)] // databases of its own
public sealed class ServiceDomainsMigrationTests
{
    /// <summary>The migration before AddServiceDomains: the schema these rows were written under.</summary>
    private const string SchemaBeforeDomains = "AddSecureCloudConnection";

    [Test]
    public async Task Each_services_primary_domain_becomes_its_first_domain_and_no_row_or_foreign_key_is_lost()
    {
        using var database = TestDatabase.CreateDefault();
        await using var app = Build(database);
        var services = new List<Service>();
        Dictionary<string, long> before;
        await using (var db = await OldSchemaAsync(app))
        {
            services.Add(await AddServiceAsync(db, "first.example.com"));
            services.Add(await AddServiceAsync(db, "xn--bcher-kva.example.com"));
            before = await RowCountsAsync(db);
            if (database.Provider == "Sqlite")
                Assert.That(await ForeignKeyProblemsAsync(db), Is.Empty, "the written rows are consistent to begin with");
        }

        // Rows counted right after AddServiceDomains: later migrations may seed rows of their own (setting keys).
        Dictionary<string, long> afterDomains;
        await using (var migrating = Context(app))
        {
            var target = migrating.Database.GetMigrations().Single(id => id.EndsWith("_AddServiceDomains", StringComparison.Ordinal));
            await migrating.GetService<IMigrator>().MigrateAsync(target);
            afterDomains = await RowCountsAsync(migrating);
        }
        await app.Services.MigrateCccDatabaseAsync();

        await using var after = Context(app);
        var domains = await after.ServiceDomains.AsNoTracking().OrderBy(d => d.Domain).ToListAsync();
        // As stored (PostgreSQL keeps microseconds, not the 100 ns ticks written).
        var stored = await after.Services.AsNoTracking().OrderBy(s => s.PrimaryDomain).ToListAsync();
        using (Assert.EnterMultipleScope())
        {
            Assert.That(domains.Select(d => (d.ServiceId, d.Domain, d.CreatedOn)), Is.EqualTo(stored.Select(s => (s.Id, s.PrimaryDomain!, s.CreatedOn))));
            Assert.That(stored.Select(s => (s.Id, s.PrimaryDomain)), Is.EqualTo(services.OrderBy(s => s.PrimaryDomain).Select(s => (s.Id, s.PrimaryDomain))),
                "PrimaryDomain stays the primary domain's name");
            Assert.That(afterDomains, Is.EqualTo(before), "every other table keeps its rows");
            Assert.That(await after.Database.GetPendingMigrationsAsync(), Is.Empty);
        }
        if (database.Provider == "Sqlite")
        {
            Assert.That(await ForeignKeyProblemsAsync(after), Is.Empty, "PRAGMA foreign_key_check");
            Assert.That(await after.Database.SqlQuery<long>($"SELECT foreign_keys AS \"Value\" FROM pragma_foreign_keys").SingleAsync(), Is.EqualTo(1),
                "foreign keys are enforced again after the rebuild");
        }

        // The references to the rebuilt table still hold: a company for a service that does not exist is refused.
        after.ServiceCompanies.Add(new ServiceCompany { ServiceId = Guid.NewGuid(), Name = "Nobody" });
        Assert.ThrowsAsync<DbUpdateException>(() => after.SaveChangesAsync());
    }

    /// <summary><paramref name="withSystemUser"/>: false for schemas whose ServiceUsers columns this SQL does not fill.</summary>
    internal static async Task<Service> AddServiceAsync(CccDbContext db, string domain, bool withSystemUser = true)
    {
        var now = DateTime.UtcNow;
        var partner = new Partner { Id = Guid.NewGuid(), Name = $"Partner {Guid.NewGuid():N}", CreatedOn = now };
        var site = new Site { Id = Guid.NewGuid(), Name = $"Site {Guid.NewGuid():N}", CreatedOn = now };
        var reseller = new Reseller { Id = Guid.NewGuid(), PartnerId = partner.Id, Name = "Reseller", CompanyName = "Co", CreatedOn = now };
        var collection = new Collection
        {
            Id = Guid.NewGuid(), SiteId = site.Id, OwnerResellerId = reseller.Id, Name = "Collection", CollectionCode = $"c{Guid.NewGuid():N}", CreatedOn = now,
        };
        var service = new Service
        {
            Id = Guid.NewGuid(), PrimaryDomain = domain, ServiceName = $"Service {Guid.NewGuid():N}", ServiceCode = $"s{Guid.NewGuid():N}",
            Status = ServiceStatus.TrialActive, AdminUsername = $"admin@{domain}", ResellerId = reseller.Id, CollectionId = collection.Id,
            CreatedOn = now.AddMinutes(-db.Services.Local.Count - 1),
        };
        service.Company = new ServiceCompany { ServiceId = service.Id, Name = "Company" };
        service.Contact = new ServiceContact { ServiceId = service.Id, Name = "Pat", Email = $"pat@{domain}", PhoneNumber = "+1 555 0100" };
        db.AddRange(partner, site, reseller, collection, service);
        db.AdminUsers.Add(new AdminUser { Id = Guid.NewGuid(), Email = $"admin@{domain}", Type = AdminUserType.Service, ScopeId = service.Id, CreatedOn = now });
        db.ServiceSkus.Add(new ServiceSku { Id = Guid.NewGuid(), ServiceId = service.Id, Name = "Sku", BillingMetric = "NoMetric", AssignedDate = now });
        db.ServiceStatusChanges.Add(new ServiceStatusChangeRecord
        {
            Id = Guid.NewGuid(), ServiceId = service.Id, ResellerId = reseller.Id, PartnerId = partner.Id, ToStatus = ServiceStatus.TrialActive,
            ChangedOn = now, OperationId = Guid.NewGuid(),
        });
        await db.SaveChangesAsync();
        // Written in SQL: later migrations add ServiceUsers columns the entity now maps.
        if (withSystemUser)
            await InsertSystemUserAsync(db, service.Id, $"it@{domain}", now);
        return service;
    }

    private static Task InsertSystemUserAsync(CccDbContext db, Guid serviceId, string email, DateTime now)
    {
        var id = Guid.NewGuid();
        return db.Database.IsSqlite()
            ? db.Database.ExecuteSqlAsync($"INSERT INTO \"ServiceUsers\" (\"Id\", \"ServiceId\", \"Email\", \"IsSystemUser\", \"CreatedOn\") VALUES ({id.ToString().ToUpperInvariant()}, {serviceId.ToString().ToUpperInvariant()}, {email}, 1, {now.ToString("yyyy-MM-dd HH:mm:ss.FFFFFFF", System.Globalization.CultureInfo.InvariantCulture)})")
            : db.Database.ExecuteSqlAsync($"INSERT INTO \"ServiceUsers\" (\"Id\", \"ServiceId\", \"Email\", \"IsSystemUser\", \"CreatedOn\") VALUES ({id}, {serviceId}, {email}, TRUE, {now})");
    }

    /// <summary>The rows of every table the model maps but the new one.</summary>
    internal static async Task<Dictionary<string, long>> RowCountsAsync(CccDbContext db)
    {
        var counts = new Dictionary<string, long>();
        foreach (var table in db.Model.GetEntityTypes().Select(e => e.GetTableName()).OfType<string>().Distinct().Where(t => t != "ServiceDomains"))
        {
            // Tables of later migrations are not there yet.
            var present = db.Database.IsSqlite()
                ? db.Database.SqlQuery<long>($"SELECT COUNT(*) AS \"Value\" FROM sqlite_master WHERE type = 'table' AND name = {table}")
                : db.Database.SqlQuery<long>($"SELECT COUNT(*) AS \"Value\" FROM information_schema.tables WHERE table_schema = current_schema() AND table_name = {table}");
            if (await present.SingleAsync() == 0) continue;
            // The table names are the model's own, never input.
            var sql = "SELECT COUNT(*) AS \"Value\" FROM \"" + table + "\"";
            counts[table] = await db.Database.SqlQueryRaw<long>(sql).SingleAsync();
        }
        return counts;
    }

    internal static Task<List<string>> ForeignKeyProblemsAsync(CccDbContext db) =>
        db.Database.SqlQuery<string>($"SELECT \"table\" || ' ' || \"parent\" AS \"Value\" FROM pragma_foreign_key_check").ToListAsync();

    internal static WebApplication Build(TestDatabase database) =>
        CccApiApplication.CreateBuilder(
        [
            .. database.Settings.Select(s => $"--{s.Key}={s.Value}"),
            "--Database:MigrateOnStartup=false",
        ]).Build();

    internal static CccDbContext Context(WebApplication app) =>
        app.Services.CreateScope().ServiceProvider.GetRequiredService<CccDbContext>();

    internal static async Task<CccDbContext> OldSchemaAsync(WebApplication app, string schema = SchemaBeforeDomains)
    {
        var db = Context(app);
        // As `migrate` does first: creates the SQLite file (in WAL mode), or PostgreSQL's history table.
        if (app.Services.GetService<IDatabaseInitializer>() is { } initializer)
            await initializer.PrepareAsync(db, CancellationToken.None);
        var target = db.Database.GetMigrations().Single(id => id.EndsWith("_" + schema, StringComparison.Ordinal));
        await db.GetService<IMigrator>().MigrateAsync(target);
        await db.DisposeAsync();
        return OldSchemaModel.For(Context(app));
    }
}
