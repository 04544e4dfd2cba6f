using CccApi.ServiceInterface;
using CccApi.ServiceInterface.Data;
using CccApi.ServiceInterface.Data.Entities;
using CccApi.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static CccApi.Tests.Database.ServiceDomainsMigrationTests;
using Service = CccApi.ServiceInterface.Data.Entities.Service;
using ServiceStatus = CccApi.ServiceModel.ServiceStatus;

namespace CccApi.Tests.Database;

/// <summary>
/// The migration AddUsageReporting on a database holding services and users: each service gets user-count rows with
/// its counts at the upgrade, dated the day and month it was created, and its reseller and partner the monthly totals.
/// </summary>
[Parallelizable(ParallelScope.Self)] // databases of its own
public sealed class UserCountBackfillMigrationTests
{
    private const string SchemaBeforeUsage = "AddIdentityProviders";

    [Test]
    public async Task Existing_services_get_their_user_counts_dated_at_their_creation()
    {
        using var database = TestDatabase.CreateDefault();
        await using var app = Build(database);
        var created = new DateTime(2025, 11, 20, 17, 45, 12, DateTimeKind.Utc);
        Service service, empty;
        await using (var db = await OldSchemaAsync(app, SchemaBeforeUsage))
        {
            (service, var partnerId) = await AddServiceWithUsersAsync(db, created);
            empty = await AddServiceAsync(db, created.AddMonths(1), partnerId, service.ResellerId, service.CollectionId);
        }

        await app.Services.MigrateCccDatabaseAsync();

        await using var after = Context(app);
        var days = await after.ServiceUserCountDays.AsNoTracking().Where(d => d.ServiceId == service.Id || d.ServiceId == empty.Id).ToListAsync();
        var months = await after.ServiceUserCountMonths.AsNoTracking().Where(m => m.ServiceId == service.Id || m.ServiceId == empty.Id).ToListAsync();
        var reseller = await after.Resellers.AsNoTracking().SingleAsync(r => r.Id == service.ResellerId);
        var totals = await after.UserCountMonthChanges.AsNoTracking()
            .Where(c => c.ScopeId == reseller.Id || c.ScopeId == reseller.PartnerId).ToListAsync();
        using (Assert.EnterMultipleScope())
        {
            Assert.That(days.Where(d => d.ServiceId == service.Id).Select(d => (d.Day, d.Total, d.Professional, d.Guest, d.Disabled, d.Unregistered)),
                Is.EqualTo(new[] { (new DateTime(2025, 11, 20, 0, 0, 0, DateTimeKind.Utc), 4, 2, 1, 1, 1) }));
            Assert.That(months.Where(m => m.ServiceId == service.Id).Select(m => (m.Month, m.Total, m.Professional, m.Guest, m.Disabled, m.Unregistered)),
                Is.EqualTo(new[] { (new DateTime(2025, 11, 1, 0, 0, 0, DateTimeKind.Utc), 4, 2, 1, 1, 1) }));
            Assert.That(days.Where(d => d.ServiceId == empty.Id).Select(d => (d.Day, d.Total)),
                Is.EqualTo(new[] { (new DateTime(2025, 12, 20, 0, 0, 0, DateTimeKind.Utc), 0) }), "a service without users counts none");
            Assert.That(totals.OrderBy(t => t.ScopeId == reseller.Id).Select(t => (t.ScopeId, t.Month, t.Professional, t.Guest)), Is.EquivalentTo(new[]
            {
                (reseller.PartnerId, new DateTime(2025, 11, 1, 0, 0, 0, DateTimeKind.Utc), 2, 1),
                (reseller.Id, new DateTime(2025, 11, 1, 0, 0, 0, DateTimeKind.Utc), 2, 1),
                (reseller.PartnerId, new DateTime(2025, 12, 1, 0, 0, 0, DateTimeKind.Utc), 0, 0),
                (reseller.Id, new DateTime(2025, 12, 1, 0, 0, 0, DateTimeKind.Utc), 0, 0),
            }));
            Assert.That(await after.Database.GetPendingMigrationsAsync(), Is.Empty);
        }
    }

    /// <summary>A service with two active Professionals (one not registered), an active Guest and a disabled Professional.</summary>
    private static async Task<(Service Service, Guid PartnerId)> AddServiceWithUsersAsync(CccDbContext db, DateTime created)
    {
        var partner = new Partner { Id = Guid.NewGuid(), Name = $"Partner {Guid.NewGuid():N}", CreatedOn = created };
        var site = new Site { Id = Guid.NewGuid(), Name = $"Site {Guid.NewGuid():N}", CreatedOn = created };
        var reseller = new Reseller { Id = Guid.NewGuid(), PartnerId = partner.Id, Name = "Reseller", CompanyName = "Co", CreatedOn = created };
        var collection = new Collection
        {
            Id = Guid.NewGuid(), SiteId = site.Id, OwnerResellerId = reseller.Id, Name = "Collection", CollectionCode = $"c{Guid.NewGuid():N}", CreatedOn = created,
        };
        db.AddRange(partner, site, reseller, collection);
        await db.SaveChangesAsync();
        var service = await AddServiceAsync(db, created, partner.Id, reseller.Id, collection.Id);
        var professional = new ServiceUserGroup { Id = Guid.NewGuid(), ServiceId = service.Id, Name = "Professional", Type = ServiceUserGroupType.Professional, IsDefault = true, CreatedOn = created };
        var guest = new ServiceUserGroup { Id = Guid.NewGuid(), ServiceId = service.Id, Name = "Guest", Type = ServiceUserGroupType.Guest, IsDefault = true, CreatedOn = created };
        db.ServiceUserGroups.AddRange(professional, guest);
        db.ServiceUsers.AddRange(
            User(service, professional, RecordStatus.Active, registered: true),
            User(service, professional, RecordStatus.Active, registered: false),
            User(service, guest, RecordStatus.Active, registered: true),
            User(service, professional, RecordStatus.Disabled, registered: true));
        await db.SaveChangesAsync();
        return (service, partner.Id);
    }

    private static async Task<Service> AddServiceAsync(CccDbContext db, DateTime created, Guid partnerId, Guid resellerId, Guid collectionId)
    {
        var domain = Scenario.UniqueDomain();
        var service = new Service
        {
            Id = Guid.NewGuid(), PrimaryDomain = domain, ServiceName = $"Service {Guid.NewGuid():N}", ServiceCode = $"s{Guid.NewGuid():N}",
            Status = ServiceStatus.TrialActive, AdminUsername = $"admin@{domain}", ResellerId = resellerId, CollectionId = collectionId, CreatedOn = created,
        };
        db.Services.Add(service);
        await db.SaveChangesAsync();
        return service;
    }

    private static ServiceUser User(Service service, ServiceUserGroup group, RecordStatus status, bool registered) => new()
    {
        Id = Guid.NewGuid(),
        ServiceId = service.Id,
        Email = $"user-{Guid.NewGuid():N}@tests.invalid",
        GroupId = group.Id,
        Status = status,
        RegisteredOn = registered ? service.CreatedOn : null,
        CreatedOn = service.CreatedOn,
    };
}
