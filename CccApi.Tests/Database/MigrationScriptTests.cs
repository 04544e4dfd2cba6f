using CccApi.ServiceInterface.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.Extensions.DependencyInjection;

namespace CccApi.Tests.Database;

/// <summary>
/// The checked-in migrations of every provider, scripted without a server (the design-time factories
/// never connect): each uniqueness rule is a unique index, the one-default rule a filtered one, and the
/// typed names compare without regard to case.
/// </summary>
public sealed class MigrationScriptTests
{
    private static readonly string[] UniqueIndexes =
    [
        "IX_Partners_Name",
        "IX_Sites_Name",
        "IX_Collections_CollectionCode",
        "IX_Services_PrimaryDomain",
        "IX_Services_ServiceCode",
        "IX_Services_ServiceName",
        "IX_ResellerCollectionAccess_ResellerId_CollectionId",
        "IX_ResellerCollectionAccess_DefaultPerSite",
    ];

    public static IEnumerable<TestCaseData> Providers()
    {
        yield return new TestCaseData(
            (Func<DbContext>)(() => new SqlServerCccDbContextFactory().CreateDbContext([])),
            "CREATE UNIQUE INDEX [{0}]",
            "WHERE [IsDefaultCollectionForSite] = CAST(1 AS bit)",
            "COLLATE Latin1_General_100_CI_AS").SetArgDisplayNames("SqlServer");
        yield return new TestCaseData(
            (Func<DbContext>)(() => new PostgreSqlCccDbContextFactory().CreateDbContext([])),
            "CREATE UNIQUE INDEX \"{0}\"",
            "WHERE \"IsDefaultCollectionForSite\" = TRUE",
            "citext").SetArgDisplayNames("PostgreSql");
        yield return new TestCaseData(
            (Func<DbContext>)(() => new SqliteCccDbContextFactory().CreateDbContext([])),
            "CREATE UNIQUE INDEX \"{0}\"",
            "WHERE \"IsDefaultCollectionForSite\" = 1",
            "COLLATE NOCASE").SetArgDisplayNames("Sqlite");
    }

    [TestCaseSource(nameof(Providers))]
    public void The_migration_script_has_every_unique_constraint(Func<DbContext> create, string uniqueIndex, string defaultFilter, string caseInsensitive)
    {
        using var db = create();
        var script = db.GetInfrastructure().GetRequiredService<IMigrator>().GenerateScript();

        using (Assert.EnterMultipleScope())
        {
            foreach (var index in UniqueIndexes)
                Assert.That(script, Does.Contain(string.Format(uniqueIndex, index)), index);
            var defaultIndex = script.Split('\n').Single(line => line.Contains(string.Format(uniqueIndex, "IX_ResellerCollectionAccess_DefaultPerSite")));
            Assert.That(defaultIndex, Does.Contain(defaultFilter));
            Assert.That(script.Split(caseInsensitive).Length - 1, Is.GreaterThanOrEqualTo(5), "Partner and Site names, CollectionCode, ServiceCode, ServiceName");
            Assert.That(script, Does.Not.Contain("DROP TABLE"), "an upgrade never drops data");
        }
    }
}
