using System.Globalization;
using CccApi.ServiceInterface.Data;
using CccApi.ServiceInterface.Data.Commands;
using CccApi.ServiceInterface.Data.Entities;
using CccApi.ServiceInterface.Data.Queries;
using CccApi.ServiceInterface.Rules;
using CccApi.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static CccApi.ServiceInterface.Rules.CallerScope;

namespace CccApi.Tests.Database;

/// <summary>
/// The hot paths' raw commands (Data/Commands) against what EF does for the same work, on whichever provider
/// the run targets: the ServiceSku INSERT stores what SaveChanges stores, column by column, as the database
/// holds it; the Service-and-Sku-count lookup answers what the LINQ query with <see cref="CallerScope"/>'s rule
/// answers, for every rule; the access record reads back as EF reads it.
/// </summary>
public sealed class RawCommandTests
{
    [Test]
    public void The_raw_insert_writes_every_property_of_ServiceSku()
    {
        using var scope = SharedHost.Host.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<CccDbContext>();
        var mapped = db.Model.FindEntityType(typeof(ServiceSku))!.GetProperties().Select(p => p.Name);

        Assert.That(ServiceSkuInsert.Properties, Is.EquivalentTo(mapped), "a column SaveChanges writes and the raw INSERT would not");
    }

    [Test]
    public void The_usage_upserts_write_every_property_of_their_entities()
    {
        using var scope = SharedHost.Host.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<CccDbContext>();
        IEnumerable<string> Mapped<T>() => db.Model.FindEntityType(typeof(T))!.GetProperties().Select(p => p.Name);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(UsageUpserts.Records.Properties, Is.EquivalentTo(Mapped<CollectionUsageRecord>()), "a record's column the intake would not write");
            Assert.That(UsageUpserts.Days.Properties, Is.EquivalentTo(Mapped<ServiceUsageDay>()));
            Assert.That(UsageUpserts.Months.Properties, Is.EquivalentTo(Mapped<ServiceUsageMonth>()));
        }
    }

    private static IEnumerable<TestCaseData> Rows()
    {
        var assigned = new DateTime(2026, 12, 5, 13, 14, 15, DateTimeKind.Utc).AddTicks(1234567);
        yield return new TestCaseData(assigned, (DateTime?)null, 0m, 0, null, null, false).SetArgDisplayNames("defaults");
        yield return new TestCaseData(assigned, (DateTime?)DateTime.SpecifyKind(new DateTime(2027, 1, 31), DateTimeKind.Unspecified),
            4.5000m, 12, "Pro seats \u00e9\u4e2d", "Pro users", true).SetArgDisplayNames("unspecified end, trailing zeros, bundle");
        yield return new TestCaseData(DateTime.SpecifyKind(assigned, DateTimeKind.Unspecified), (DateTime?)new DateTime(2027, 6, 30, 23, 59, 59, 999, DateTimeKind.Utc),
            12345678901234.5678m, int.MaxValue, "", "", false).SetArgDisplayNames("unspecified assigned, largest price");
        yield return new TestCaseData(assigned, (DateTime?)assigned.ToLocalTime(), -0.0001m, -1, "x", null, true).SetArgDisplayNames("local end, negative");
    }

    [TestCaseSource(nameof(Rows))]
    public async Task The_raw_insert_stores_what_SaveChanges_stores(DateTime assignedDate, DateTime? endedDate, decimal unitPrice, int quantity,
        string? name, string? description, bool inBundle)
    {
        var host = SharedHost.Host;
        using var client = host.CreateSuperUserClient();
        var given = new Scenario(client);
        var setup = await given.ServiceUnderPartnerAsync();
        Guid? bundle = inBundle ? await given.AssignBundleAsync(setup.Service, await given.SkuBundleAsync(setup.Partner)) : null;
        ServiceSku Row() => new()
        {
            Id = Guid.NewGuid(), ServiceId = setup.Service, ServiceSkuBundleId = bundle, Name = name, BillingMetric = "ProUsersCount",
            UnitPrice = unitPrice, Quantity = quantity, Description = description, AssignedDate = assignedDate, EndedDate = endedDate,
            IsEditable = !inBundle,
        };

        await using var scope = host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CccDbContext>();
        var byEf = Row();
        db.ServiceSkus.Add(byEf);
        await db.SaveChangesAsync();
        db.ChangeTracker.Clear();
        var raw = Row();
        await ServiceSkuInsert.InsertAsync(db, raw, CancellationToken.None);

        var stored = await StoredColumnsAsync(db, "ServiceSkus", byEf.Id, raw.Id);
        Assert.That(stored[raw.Id], Is.EqualTo(stored[byEf.Id]), "each column as the database holds it");
        var readBack = await db.ServiceSkus.AsNoTracking().Where(s => s.Id == byEf.Id || s.Id == raw.Id).ToDictionaryAsync(s => s.Id);
        Assert.That(Describe(readBack[raw.Id]), Is.EqualTo(Describe(readBack[byEf.Id])), "as EF reads it back");
    }

    [Test]
    public async Task The_raw_insert_joins_the_contexts_transaction()
    {
        var host = SharedHost.Host;
        using var client = host.CreateSuperUserClient();
        var setup = await new Scenario(client).ServiceUnderPartnerAsync();
        await using var scope = host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CccDbContext>();
        var sku = new ServiceSku { Id = Guid.NewGuid(), ServiceId = setup.Service, Name = "Rolled back", BillingMetric = "NoMetric", AssignedDate = DateTime.UtcNow };

        await using (var transaction = await db.Database.BeginTransactionAsync())
        {
            await ServiceSkuInsert.InsertAsync(db, sku, CancellationToken.None);
            Assert.That(await db.ServiceSkus.CountAsync(s => s.Id == sku.Id), Is.EqualTo(1), "seen inside the transaction");
            await transaction.RollbackAsync();
        }

        Assert.That(await db.ServiceSkus.CountAsync(s => s.Id == sku.Id), Is.Zero, "gone with the rollback");
    }

    [Test]
    public async Task The_raw_service_lookup_answers_as_the_LINQ_rule_for_every_rule_scope_and_limit()
    {
        var host = SharedHost.Host;
        using var client = host.CreateSuperUserClient();
        var given = new Scenario(client);
        var (first, _, cousin, services, scopes) = await given.VisibilityWorldAsync();
        for (var i = 0; i < 3; i++) await given.ServiceSkuAsync(first.Service);
        await given.ServiceSkuAsync(cousin.Service);

        await using var scope = host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CccDbContext>();
        var seen = 0;
        foreach (var rule in Enum.GetValues<ServiceRule>())
            foreach (var id in services)
                foreach (var scopeId in scopes)
                    foreach (var limit in new[] { 1, 2, 3, 100 })
                    {
                        var expected = await db.Services.Where(ServiceRuleExpression(rule).For(scopeId)).Where(s => s.Id == id)
                            .Select(s => new { s.Id, Skus = db.ServiceSkus.Where(k => k.ServiceId == s.Id).Take(limit).Count() })
                            .SingleOrDefaultAsync();
                        var raw = await ServiceSkuRoomQuery.ReadAsync(db, rule, scopeId, id, limit, CancellationToken.None);

                        var context = $"rule {rule}, service {Array.IndexOf(services, id)}, scope {Array.IndexOf(scopes, scopeId)}, limit {limit}";
                        Assert.That(raw is null ? null : $"{raw.ServiceId} {raw.SkusUpToLimit}", Is.EqualTo(expected is null ? null : $"{expected.Id} {expected.Skus}"), context);
                        if (expected is not null) seen++;
                    }
        Assert.That(seen, Is.GreaterThan(0), "some lookups found their Service");
    }

    [Test]
    public async Task The_raw_service_read_answers_as_the_LINQ_query_for_every_rule_and_scope()
    {
        var host = SharedHost.Host;
        using var client = host.CreateSuperUserClient();
        var (first, sibling, _, services, scopes) = await new Scenario(client).VisibilityWorldAsync(
            siblingFields: new { referenceId = "Ref \u00e9 1", serviceName = Scenario.Unique("Named "), serviceCode = Scenario.Unique("code") });
        // The first service's collection gets a Site endpoint (its Urls are built from it); the others have none.
        var shown = (await client.GetAsync($"/api/services/{first.Service:N}")).Json;
        var endpoint = await client.PostAsync($"/api/sites/{shown.Str("siteGuid")}/endpoints",
            new { name = "Portal", siteVersion = "8.4.2", url = "https://portal.example.com" });
        ApiAssert.IsOk(await client.PutAsync($"/api/collections/{shown.Str("collectionGuid")}", new { siteEndpointGuid = endpoint.Guid("siteEndpointGuid") }));

        await using var scope = host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CccDbContext>();
        var seen = 0;
        foreach (var rule in Enum.GetValues<ServiceRule>())
            foreach (var id in services)
                foreach (var scopeId in scopes)
                {
                    var expected = await db.Services.Where(ServiceRuleExpression(rule).For(scopeId)).Where(s => s.Id == id).Select(s => new
                    {
                        Response = new ServiceModel.ServiceResponse
                        {
                            ServiceGuid = s.Id, Name = s.ServiceName, Status = s.Status, ServiceCode = s.ServiceCode, ReferenceId = s.ReferenceId,
                            PrimaryDomain = s.PrimaryDomain, CreatedOn = s.CreatedOn, TrialEndDate = s.TrialEndDate, EffectiveDate = s.EffectiveDate,
                            InitialTerm = s.InitialTerm, CollectionGuid = s.CollectionId, SiteGuid = s.Collection.SiteId, ClientGuid = s.ClientGuid,
                            ResellerGuid = s.ResellerId, ResellerName = s.Reseller.Name, PartnerGuid = s.Reseller.PartnerId, PartnerName = s.Reseller.Partner.Name,
                        },
                        s.Collection.ServicesApiBaseUrl,
                        SiteEndpointUrl = db.SiteEndpoints.Where(e => e.Id == s.Collection.SiteEndpointId).Select(e => e.Url).FirstOrDefault(),
                    }).SingleOrDefaultAsync();
                    var raw = await ServiceResponseQuery.ReadAsync(db, rule, scopeId, id, CancellationToken.None);

                    var context = $"rule {rule}, service {Array.IndexOf(services, id)}, scope {Array.IndexOf(scopes, scopeId)}";
                    Assert.That(raw is null ? null : $"{Describe(raw.Response)}; {raw.ServicesApiBaseUrl}; {raw.SiteEndpointUrl}",
                        Is.EqualTo(expected is null ? null : $"{Describe(expected.Response)}; {expected.ServicesApiBaseUrl}; {expected.SiteEndpointUrl}"), context);
                    if (expected is not null) seen++;
                }
        Assert.That(seen, Is.GreaterThan(0), "some reads found their Service");
        var read = await ServiceResponseQuery.ReadAsync(db, ServiceRule.All, Guid.Empty, first.Service, CancellationToken.None);
        Assert.That(read!.SiteEndpointUrl, Is.EqualTo("https://portal.example.com"), "the Site endpoint joined");
        Assert.That((await ServiceResponseQuery.ReadAsync(db, ServiceRule.All, Guid.Empty, sibling, CancellationToken.None))!.Response.ReferenceId, Is.EqualTo("Ref \u00e9 1"));
    }

    [Test]
    public async Task The_raw_reseller_lookup_answers_as_the_LINQ_rule_for_every_rule_and_scope()
    {
        var host = SharedHost.Host;
        using var client = host.CreateSuperUserClient();
        var world = await new Scenario(client).VisibilityWorldAsync();

        await using var scope = host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CccDbContext>();
        var seen = 0;
        // The world's scopes are its partners, resellers, services and two that name nothing: looked up as resellers too.
        foreach (var rule in Enum.GetValues<ResellerRule>())
            foreach (var id in world.Scopes)
                foreach (var scopeId in world.Scopes)
                {
                    var expected = await db.Resellers.Where(ResellerRuleExpression(rule).For(scopeId)).Where(r => r.Id == id)
                        .Select(r => (Guid?)r.Id).SingleOrDefaultAsync();
                    var raw = await VisibleResellerQueries.IdAsync(db, rule, scopeId, id, CancellationToken.None);

                    Assert.That(raw, Is.EqualTo(expected), $"rule {rule}, id {Array.IndexOf(world.Scopes, id)}, scope {Array.IndexOf(world.Scopes, scopeId)}");
                    if (expected is not null) seen++;
                }
        Assert.That(seen, Is.GreaterThan(0), "some lookups found their Reseller");
    }

    [Test]
    public async Task The_raw_collection_lookup_answers_as_the_LINQ_rule_for_every_rule_and_scope()
    {
        var host = SharedHost.Host;
        using var client = host.CreateSuperUserClient();
        var given = new Scenario(client);
        var world = await given.VisibilityWorldAsync();
        var site = await given.SiteAsync();
        // Owned by the first reseller, by its cousin; another partner's, granted to the first reseller; another
        // partner's, granted to the world's partner; another partner's, held by nobody in the world.
        var owned = await given.CollectionAsync(world.First.Reseller, site);
        var cousins = await given.CollectionAsync(world.Cousin.Reseller, site);
        var grantedToReseller = await given.ResellerWithCollectionAsync();
        await given.GrantAccessAsync(world.First.Reseller, grantedToReseller.Collection);
        var grantedToPartner = await given.ResellerWithCollectionAsync();
        ApiAssert.IsOk(await client.PostAsync($"/api/partners/{world.First.Partner:N}/siteaccess/{grantedToPartner.Site:N}"));
        ApiAssert.IsOk(await client.PostAsync($"/api/partners/{world.First.Partner:N}/collectionaccess/{grantedToPartner.Collection:N}"));
        var unrelated = await given.ResellerWithCollectionAsync();
        Guid[] collections = [owned, cousins, grantedToReseller.Collection, grantedToPartner.Collection, unrelated.Collection, Guid.NewGuid()];
        Guid[] scopes = [.. world.Scopes, grantedToReseller.Reseller, grantedToPartner.Reseller];

        await using var scope = host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CccDbContext>();
        var seen = new HashSet<string>();
        foreach (var rule in Enum.GetValues<CollectionRule>())
            foreach (var id in collections)
                foreach (var scopeId in scopes)
                {
                    var expected = await db.Collections.Where(CollectionRuleExpression(rule).For(db, scopeId)).Where(c => c.Id == id)
                        .Select(c => new { c.Id, c.SiteId }).SingleOrDefaultAsync();
                    var raw = await VisibleCollectionQueries.PlaceAsync(db, rule, scopeId, id, CancellationToken.None);

                    var context = $"rule {rule}, collection {Array.IndexOf(collections, id)}, scope {Array.IndexOf(scopes, scopeId)}";
                    Assert.That(raw is null ? null : $"{raw.CollectionId} {raw.SiteId}", Is.EqualTo(expected is null ? null : $"{expected.Id} {expected.SiteId}"), context);
                    if (expected is not null) seen.Add($"{rule} {Array.IndexOf(collections, id)}");
                }
        // Each way of seeing a collection was exercised: owned, granted to the reseller, granted to its partner.
        Assert.That(seen, Is.SupersetOf(new[] { "OfReseller 0", "OfReseller 2", "OfReseller 3", "OfPartner 0", "OfPartner 1", "OfPartner 2", "OfPartner 3" }));
    }

    [Test]
    public async Task The_raw_access_record_reads_as_EF_reads_it_and_a_missing_one_is_null()
    {
        var host = SharedHost.Host;
        using var client = host.CreateSuperUserClient();
        var given = new Scenario(client);
        var setup = await given.ResellerWithCollectionAsync();
        var grantee = await given.ResellerAsync();
        await given.GrantAccessAsync(grantee, setup.Collection);

        await using var scope = host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CccDbContext>();
        var raw = await ResellerCollectionAccessQueries.RecordAsync(db, grantee, setup.Collection, CancellationToken.None);
        var byEf = await db.ResellerCollectionAccess.AsNoTracking().SingleAsync(a => a.ResellerId == grantee && a.CollectionId == setup.Collection);

        Assert.That(raw, Is.Not.Null);
        Assert.That(Describe(raw!), Is.EqualTo(Describe(byEf)));
        Assert.That(db.ChangeTracker.Entries().Count(), Is.Zero, "untracked");
        Assert.That(await ResellerCollectionAccessQueries.RecordAsync(db, grantee, Guid.NewGuid(), CancellationToken.None), Is.Null);
        Assert.That(await ResellerCollectionAccessQueries.RecordAsync(db, setup.Reseller, setup.Collection, CancellationToken.None), Is.Null);
    }

    [Test]
    public async Task A_PUT_changes_only_the_records_flag()
    {
        var host = SharedHost.Host;
        using var client = host.CreateSuperUserClient();
        var given = new Scenario(client);
        var setup = await given.ResellerWithCollectionAsync();
        var grantee = await given.ResellerAsync();
        var other = await given.CollectionAsync(await given.ResellerAsync(), setup.Site);
        await given.GrantAccessAsync(grantee, other);
        await given.GrantAccessAsync(grantee, setup.Collection);
        await using var scope = host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CccDbContext>();
        var id = (await db.ResellerCollectionAccess.AsNoTracking().SingleAsync(a => a.ResellerId == grantee && a.CollectionId == setup.Collection)).Id;
        var before = (await StoredColumnsAsync(db, "ResellerCollectionAccess", id))[id];

        ApiAssert.IsOk(await client.PutAsync($"/api/resellers/{grantee:N}/collectionaccess/{setup.Collection:N}", new { isDefaultCollectionForSite = true }));

        var after = (await StoredColumnsAsync(db, "ResellerCollectionAccess", id))[id];
        var flag = nameof(ResellerCollectionAccessRecord.IsDefaultCollectionForSite);
        Assert.That(after.Where(c => c.Key != flag), Is.EqualTo(before.Where(c => c.Key != flag)));
        Assert.That(after[flag], Is.Not.EqualTo(before[flag]));
    }

    /// <summary>
    /// The rows' columns as the database holds them: SQLite's quote() (which shows a value's storage class:
    /// 'TEXT', X'BLOB', numbers bare), PostgreSQL's text form of the typed value.
    /// </summary>
    private static async Task<Dictionary<Guid, Dictionary<string, string?>>> StoredColumnsAsync(CccDbContext db, string table, params Guid[] ids)
    {
        var entityType = db.Model.GetEntityTypes().Single(e => e.GetTableName() == table);
        var columns = entityType.GetProperties().Select(p => p.GetColumnName()).ToList();
        var sqlite = db.Database.IsSqlite();
        var select = string.Join(", ", columns.Select(c => sqlite ? $"quote(\"{c}\")" : $"\"{c}\"::text"));
        var found = new Dictionary<Guid, Dictionary<string, string?>>();
        var connection = db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync();
        try
        {
            foreach (var id in ids)
            {
                await using var command = connection.CreateCommand();
                command.CommandText = $"SELECT {select} FROM \"{table}\" WHERE \"Id\" = {(sqlite ? "@id" : "@id::uuid")}";
                var parameter = command.CreateParameter();
                parameter.ParameterName = "@id";
                parameter.Value = sqlite ? id.ToString().ToUpperInvariant() : id.ToString();
                command.Parameters.Add(parameter);
                await using var reader = await command.ExecuteReaderAsync();
                Assert.That(await reader.ReadAsync(), Is.True, $"row {id} in {table}");
                found[id] = columns.Select((c, i) => (c, v: reader.IsDBNull(i) ? null : reader.GetString(i)))
                    .Where(c => c.c != "Id").ToDictionary(c => c.c, c => c.v);
            }
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
        return found;
    }

    /// <summary>Every property but the id, with a date's Kind and a decimal's scale, for comparing two rows.</summary>
    private static string Describe(object entity) => string.Join("; ", entity.GetType().GetProperties()
        .Where(p => p.Name != "Id" && (p.PropertyType.IsValueType || p.PropertyType == typeof(string)))
        .Select(p => $"{p.Name}={Show(p.GetValue(entity))}"));

    private static string Show(object? value) => value switch
    {
        null => "null",
        DateTime d => d.ToString("O", CultureInfo.InvariantCulture) + "/" + d.Kind,
        decimal m => m.ToString(CultureInfo.InvariantCulture),
        _ => Convert.ToString(value, CultureInfo.InvariantCulture) ?? "",
    };
}
