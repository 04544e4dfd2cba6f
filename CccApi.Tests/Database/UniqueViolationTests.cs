using System.Net;
using CccApi.ServiceInterface.Data;
using CccApi.ServiceInterface.Data.Entities;
using CccApi.ServiceInterface.Infrastructure;
using CccApi.ServiceInterface.Rules;
using CccApi.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Service = CccApi.ServiceInterface.Data.Entities.Service;

namespace CccApi.Tests.Database;

/// <summary>
/// Every uniqueness rule holds in the database itself: with the services' pre-checks out of the way,
/// the provider's own unique-violation error (SQLite 2067, PostgreSQL 23505) becomes the rule's 409.
/// Runs on whichever provider the run targets.
/// </summary>
public sealed class UniqueViolationTests
{
    [Test]
    public async Task A_conflicting_row_written_after_the_pre_check_makes_the_operation_answer_409()
    {
        var name = Scenario.Unique("Raced Partner ");
        var sneaker = new ConflictingPartnerWriter(name.ToUpperInvariant());
        await using var host = new TestHost(new TestHostOptions
        {
            ConfigureServices = services => services.AddSingleton<IInterceptor>(sneaker),
        });
        using var client = host.CreateClient();

        var result = await client.PostAsync("/api/partners", new { name });

        Assert.That(sneaker.Wrote, Is.True, "the conflicting row was written between the pre-check and the save");
        ApiAssert.IsError(result, HttpStatusCode.Conflict, "Conflict", "Name");
        ApiAssert.HasMessage(result, "A Partner with this Name already exists.");
    }

    [Test]
    public async Task An_admin_user_email_taken_after_the_pre_check_makes_CreatePartnerAdminUser_answer_409_naming_EmailAddress()
    {
        var email = $"raced-{Guid.NewGuid():N}@tests.invalid";
        var sneaker = new ConflictingAdminUserWriter(email);
        await using var host = new TestHost(new TestHostOptions
        {
            ConfigureServices = services => services.AddSingleton<IInterceptor>(sneaker),
        });
        using var client = host.CreateClient();
        var partner = await new Scenario(client).PartnerAsync();

        var result = await client.PostAsync($"/api/partners/{partner:N}/users", new { emailAddress = email.ToUpperInvariant(), password = "raced password" });

        Assert.That(sneaker.Wrote, Is.True, "the conflicting row was written between the pre-check and the save");
        ApiAssert.IsError(result, HttpStatusCode.Conflict, "Conflict", "EmailAddress");
        ApiAssert.HasMessage(result, "An admin user with this email already exists.");
    }

    [Test]
    public async Task Each_unique_index_violation_becomes_its_rules_409()
    {
        var host = SharedHost.Host;
        using var client = host.CreateClient();
        var given = new Scenario(client);
        var setup = await given.ResellerWithCollectionAsync();
        await given.ServiceAsync(setup.Reseller);
        var grantee = await given.ResellerAsync();
        await given.GrantAccessAsync(grantee, setup.Collection);

        await using var scope = host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CccDbContext>();
        var service = await db.Services.AsNoTracking().SingleAsync(s => s.ResellerId == setup.Reseller);
        var site = await db.Sites.AsNoTracking().SingleAsync(s => s.Id == setup.Site);
        var collection = await db.Collections.AsNoTracking().SingleAsync(c => c.Id == setup.Collection);
        var partner = await db.Partners.AsNoTracking().SingleAsync(p => p.Id == db.Resellers.Single(r => r.Id == setup.Reseller).PartnerId);
        var access = await db.ResellerCollectionAccess.AsNoTracking().SingleAsync(a => a.ResellerId == grantee);
        Assert.That(access.IsDefaultCollectionForSite, Is.True);

        await ExpectConflict(scope, Conflicts.PartnerName(), new Partner { Id = Guid.NewGuid(), Name = partner.Name.ToUpperInvariant(), CreatedOn = DateTime.UtcNow });
        await ExpectConflict(scope, Conflicts.SiteName(), new Site { Id = Guid.NewGuid(), Name = site.Name.ToLowerInvariant(), CreatedOn = DateTime.UtcNow });
        await ExpectConflict(scope, Conflicts.CollectionCode(), Copy(collection, c => c.CollectionCode = c.CollectionCode.ToLowerInvariant()));
        await ExpectConflict(scope, Conflicts.PrimaryDomain(), new ServiceDomain { Id = Guid.NewGuid(), ServiceId = service.Id, Domain = service.PrimaryDomain!, CreatedOn = DateTime.UtcNow });
        await ExpectConflict(scope, Conflicts.ServiceCode(), Copy(service, s => { s.PrimaryDomain = Scenario.UniqueDomain(); s.ServiceName = Scenario.Unique("N"); s.ServiceCode = s.ServiceCode.ToUpperInvariant(); }));
        await ExpectConflict(scope, Conflicts.ServiceName(), Copy(service, s => { s.PrimaryDomain = Scenario.UniqueDomain(); s.ServiceCode = Scenario.Unique("c"); s.ServiceName = s.ServiceName.ToUpperInvariant(); }));
        await ExpectConflict(scope, Conflicts.AccessRecord(), Copy(access, a => a.IsDefaultCollectionForSite = false));

        var otherCollection = await given.CollectionAsync(await given.ResellerAsync(), setup.Site);
        await ExpectConflict(scope, Conflicts.DefaultForSite(), Copy(access, a => a.CollectionId = otherCollection));
    }

    private static T Copy<T>(T entity, Action<T> change) where T : class
    {
        var copy = (T)typeof(T).GetMethod("MemberwiseClone", System.Reflection.BindingFlags.Instance | System.Reflection.BindingFlags.NonPublic)!.Invoke(entity, null)!;
        typeof(T).GetProperty("Id")!.SetValue(copy, Guid.NewGuid());
        change(copy);
        return copy;
    }

    private static async Task ExpectConflict(AsyncServiceScope scope, HttpError expected, object entity)
    {
        var db = scope.ServiceProvider.GetRequiredService<CccDbContext>();
        var guard = scope.ServiceProvider.GetRequiredService<UniqueIndexGuard>();
        db.ChangeTracker.Clear();
        db.Add(entity);
        var error = Assert.ThrowsAsync<HttpError>(() => guard.SaveChangesAsync(CancellationToken.None), entity.GetType().Name);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(error!.StatusCode, Is.EqualTo(409));
            Assert.That(error.Message, Is.EqualTo(expected.Message), entity.GetType().Name);
            Assert.That(error.FieldName, Is.EqualTo(expected.FieldName), entity.GetType().Name);
        }
        db.ChangeTracker.Clear();
    }

    /// <summary>Writes an admin user with the given (lower-case) email on the same connection just before SaveChanges sends the request's own.</summary>
    private sealed class ConflictingAdminUserWriter(string email) : SaveChangesInterceptor
    {
        public bool Wrote { get; private set; }

        public override async ValueTask<InterceptionResult<int>> SavingChangesAsync(
            DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
        {
            var context = eventData.Context!;
            var adding = context.ChangeTracker.Entries<AdminUser>().Any(e => e.State == EntityState.Added && e.Entity.Email == email);
            if (adding && !Wrote)
            {
                Wrote = true;
                var id = Guid.NewGuid();
                var now = DateTime.UtcNow;
                var type = nameof(AdminUserType.Partner);
                await context.Database.ExecuteSqlAsync(
                    $"INSERT INTO \"AdminUsers\" (\"Id\", \"Email\", \"Type\", \"CreatedOn\") VALUES ({id}, {email}, {type}, {now})", cancellationToken);
            }
            return result;
        }
    }

    /// <summary>Writes a Partner with the given name on the same connection just before SaveChanges sends the request's own.</summary>
    private sealed class ConflictingPartnerWriter(string name) : SaveChangesInterceptor
    {
        public bool Wrote { get; private set; }

        public override async ValueTask<InterceptionResult<int>> SavingChangesAsync(
            DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
        {
            var context = eventData.Context!;
            var adding = context.ChangeTracker.Entries<Partner>()
                .Any(e => e.State == EntityState.Added && string.Equals(e.Entity.Name, name, StringComparison.OrdinalIgnoreCase));
            if (adding && !Wrote)
            {
                Wrote = true;
                var id = Guid.NewGuid();
                var now = DateTime.UtcNow;
                var key = NameKeys.For(name);
                await context.Database.ExecuteSqlAsync(
                    $"INSERT INTO \"Partners\" (\"Id\", \"Name\", \"NameKey\", \"CreatedOn\") VALUES ({id}, {name}, {key}, {now})", cancellationToken);
            }
            return result;
        }
    }
}
