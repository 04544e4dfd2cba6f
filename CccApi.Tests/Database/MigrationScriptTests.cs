using System.Text.RegularExpressions;
using CccApi.ServiceInterface.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.Extensions.DependencyInjection;

namespace CccApi.Tests.Database;

/// <summary>
/// The checked-in migrations of every provider, scripted without a server (the design-time factories
/// never connect): every unique index of the model is created, the one-default rule's filtered, the
/// typed names compare without regard to case, no table is dropped but in SQLite's rebuild, and no model change lacks its migration.
/// </summary>
public sealed class MigrationScriptTests
{
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

        var uniqueIndexes = ModelUniqueIndexes.Of(db);
        Assert.That(uniqueIndexes.Select(i => i.Name), Is.SupersetOf(new[] { "IX_Partners_NameKey", "IX_AdminUsers_Email", "IX_ApiKeys_Digest", "IX_AdminSessions_Digest" }));
        using (Assert.EnterMultipleScope())
        {
            foreach (var (name, _, _) in uniqueIndexes)
                Assert.That(script, Does.Contain(string.Format(uniqueIndex, name)), name);
            var defaultIndex = script.Split('\n').Single(line => line.Contains(string.Format(uniqueIndex, "IX_ResellerCollectionAccess_DefaultPerSite")));
            Assert.That(defaultIndex, Does.Contain(defaultFilter));
            Assert.That(script.Split(caseInsensitive).Length - 1, Is.GreaterThanOrEqualTo(5), "Partner and Site names, CollectionCode, ServiceCode, ServiceName");
            Assert.That(DroppedTablesNotRebuilt(script), Is.Empty, "an upgrade never drops data");
        }
    }

    /// <summary>
    /// Tables the script drops other than in SQLite's rebuild (a column's nullability cannot change in place there): EF
    /// copies every row into ef_temp_X, drops X with foreign keys off, and renames the copy to X. ServiceDomainsMigrationTests
    /// runs one on a populated database.
    /// </summary>
    private static List<string> DroppedTablesNotRebuilt(string script)
    {
        var notRebuilt = new List<string>();
        foreach (Match drop in Regex.Matches(script, @"DROP TABLE ""?\[?(\w+)"))
        {
            var table = drop.Groups[1].Value;
            var copied = script.LastIndexOf($"INSERT INTO \"ef_temp_{table}\"", drop.Index, StringComparison.Ordinal);
            var renamed = script.IndexOf($"ALTER TABLE \"ef_temp_{table}\" RENAME TO \"{table}\";", drop.Index, StringComparison.Ordinal);
            var foreignKeysOff = script.LastIndexOf("PRAGMA foreign_keys = 0;", drop.Index, StringComparison.Ordinal);
            if (copied < 0 || renamed < 0 || foreignKeysOff < copied)
                notRebuilt.Add(table);
        }
        return notRebuilt;
    }

    [TestCaseSource(nameof(Providers))]
    public void The_model_has_no_change_without_a_migration(Func<DbContext> create, string uniqueIndex, string defaultFilter, string caseInsensitive)
    {
        using var db = create();

        Assert.That(db.Database.HasPendingModelChanges(), Is.False,
            $"the {db.GetType().Name} model differs from its last migration's snapshot: add a migration for this provider");
    }
}
