using CccApi.ServiceInterface;
using CccApi.ServiceInterface.Data.Entities;
using CccApi.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static CccApi.Tests.Database.ServiceDomainsMigrationTests;
using Service = CccApi.ServiceInterface.Data.Entities.Service;

namespace CccApi.Tests.Database;

/// <summary>
/// AddServiceUserAccounts on a database written before it: every service gets its two default groups, and each
/// existing (system) user joins the Professional one, gets its admin's address when it had none, is linked to its
/// Service admin, and starts its history (an open group period, its first status).
/// </summary>
[Parallelizable(ParallelScope.Self)] // databases of its own
public sealed class ServiceUserAccountsMigrationTests
{
    private const string SchemaBeforeUsers = "AddEmailOutbox";

    [Test]
    public async Task Existing_services_get_default_groups_and_their_system_users_are_linked_grouped_and_recorded()
    {
        using var database = TestDatabase.CreateDefault();
        await using var app = Build(database);
        Service withoutEmail, withEmail;
        await using (var db = await OldSchemaAsync(app, SchemaBeforeUsers))
        {
            withoutEmail = await AddServiceAsync(db, "no-email.example.com");
            withEmail = await AddServiceAsync(db, "with-email.example.com");
            // CreateService wrote no email for a SystemUser given without one, and the admin's otherwise.
            await db.Database.ExecuteSqlAsync($"UPDATE \"ServiceUsers\" SET \"Email\" = NULL WHERE \"Email\" = {"it@no-email.example.com"}");
            await db.Database.ExecuteSqlAsync($"UPDATE \"ServiceUsers\" SET \"Email\" = {"admin@with-email.example.com"} WHERE \"Email\" = {"it@with-email.example.com"}");
        }
        await app.Services.MigrateCccDatabaseAsync();

        await using var after = Context(app);
        foreach (var service in new[] { withoutEmail, withEmail })
        {
            var groups = await after.ServiceUserGroups.AsNoTracking().Where(g => g.ServiceId == service.Id).OrderBy(g => g.Name).ToListAsync();
            var user = await after.ServiceUsers.AsNoTracking().SingleAsync(u => u.ServiceId == service.Id);
            var admin = await after.AdminUsers.AsNoTracking().SingleAsync(a => a.ScopeId == service.Id);
            var periods = await after.ServiceUserGroupPeriods.AsNoTracking().Where(p => p.ServiceUserId == user.Id).ToListAsync();
            var changes = await after.ServiceUserStatusChanges.AsNoTracking().Where(c => c.ServiceUserId == user.Id).ToListAsync();
            var professional = groups.Single(g => g.Type == ServiceUserGroupType.Professional);
            using (Assert.EnterMultipleScope())
            {
                Assert.That(groups.Select(g => (g.Name, g.Type, g.IsDefault)),
                    Is.EqualTo(new[] { ("Guest", ServiceUserGroupType.Guest, true), ("Professional", ServiceUserGroupType.Professional, true) }));
                Assert.That(user.GroupId, Is.EqualTo(professional.Id));
                Assert.That(user.Email, Is.EqualTo(admin.Email), "the system user has its admin's address");
                Assert.That(user.AdminUserId, Is.EqualTo(admin.Id));
                Assert.That((user.Status, user.Language, user.RegisteredOn), Is.EqualTo((RecordStatus.Active, "en", (DateTime?)user.CreatedOn)));
                Assert.That(periods.Select(p => (p.GroupId, p.GroupType, p.StartedOn, p.EndedOn)),
                    Is.EqualTo(new[] { (professional.Id, ServiceUserGroupType.Professional, user.CreatedOn, (DateTime?)null) }));
                Assert.That(changes.Select(c => (c.FromStatus, c.ToStatus, c.ChangedOn)),
                    Is.EqualTo(new[] { ((RecordStatus?)null, RecordStatus.Active, user.CreatedOn) }));
            }
        }
        Assert.That(await after.Database.GetPendingMigrationsAsync(), Is.Empty);
        if (database.Provider == "Sqlite")
            Assert.That(await ForeignKeyProblemsAsync(after), Is.Empty, "PRAGMA foreign_key_check");
    }
}
