using CccApi.ServiceInterface;
using CccApi.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static CccApi.Tests.Database.ServiceDomainsMigrationTests;
using Service = CccApi.ServiceInterface.Data.Entities.Service;
using ServiceStatus = CccApi.ServiceModel.ServiceStatus;

namespace CccApi.Tests.Database;

/// <summary>The migration AddServiceStatusCounts on a database holding services: each reseller's services are counted by status.</summary>
[Parallelizable(ParallelScope.Self)] // databases of its own
public sealed class ServiceStatusCountsMigrationTests
{
    private const string SchemaBeforeCounts = "AddServicePartnerId";

    [Test]
    public async Task Existing_services_are_counted_per_reseller_and_status()
    {
        using var database = TestDatabase.CreateDefault();
        await using var app = Build(database);
        Service trial, blocked;
        await using (var db = await OldSchemaAsync(app, SchemaBeforeCounts))
        {
            trial = await AddServiceAsync(db, Scenario.UniqueDomain(), withSystemUser: false);
            blocked = await AddServiceAsync(db, Scenario.UniqueDomain(), withSystemUser: false);
            await db.Services.Where(s => s.Id == blocked.Id).ExecuteUpdateAsync(set => set.SetProperty(s => s.Status, ServiceStatus.Blocked));
        }

        await app.Services.MigrateCccDatabaseAsync();

        await using var after = Context(app);
        var partnerOf = await after.Resellers.AsNoTracking().ToDictionaryAsync(r => r.Id, r => r.PartnerId);
        var counts = await after.ServiceStatusCounts.AsNoTracking().ToListAsync();
        Assert.That(counts.Select(c => (c.ResellerId, c.PartnerId, c.Status, c.Count)), Is.EquivalentTo(new[]
        {
            (trial.ResellerId, partnerOf[trial.ResellerId], ServiceStatus.TrialActive, 1),
            (blocked.ResellerId, partnerOf[blocked.ResellerId], ServiceStatus.Blocked, 1),
        }));
    }
}
