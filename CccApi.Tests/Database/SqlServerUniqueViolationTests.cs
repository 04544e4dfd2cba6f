using CccApi.ServiceInterface.Data;
using CccApi.ServiceInterface.Data.SqlServer;
using CccApi.ServiceInterface.Rules;
using Microsoft.EntityFrameworkCore;

namespace CccApi.Tests.Database;

/// <summary>SQL Server's duplicate-key errors (2601, 2627) map to the model's unique indexes and each rule's 409 through the SQL Server model; no server needed.</summary>
public sealed class SqlServerUniqueViolationTests
{
    private static readonly (string Index, string Table, Func<ServiceInterface.Infrastructure.HttpError> Conflict)[] Rules =
    [
        ("IX_Partners_NameKey", "Partners", Conflicts.PartnerName),
        ("IX_Sites_NameKey", "Sites", Conflicts.SiteName),
        ("IX_Collections_CollectionCode", "Collections", Conflicts.CollectionCode),
        ("IX_ServiceDomains_Domain", "ServiceDomains", Conflicts.PrimaryDomain),
        ("IX_Services_ServiceCode", "Services", Conflicts.ServiceCode),
        ("IX_Services_ServiceNameKey", "Services", Conflicts.ServiceName),
        ("IX_ResellerCollectionAccess_ResellerId_CollectionId", "ResellerCollectionAccess", Conflicts.AccessRecord),
        ("IX_ResellerCollectionAccess_DefaultPerSite", "ResellerCollectionAccess", Conflicts.DefaultForSite),
    ];

    [Test]
    public void Error_2601_resolves_to_every_unique_index_of_the_model()
    {
        using var db = new SqlServerCccDbContextFactory().CreateDbContext([]);
        foreach (var (index, table, _) in ModelUniqueIndexes.Of(db))
        {
            var message = $"Cannot insert duplicate key row in object 'dbo.{table}' with unique index '{index}'. The duplicate key value is (x).";
            var violation = SqlServerUniqueViolations.Parse(SqlServerUniqueViolations.DuplicateKeyInUniqueIndex, message);

            Assert.That(violation, Is.Not.Null, index);
            Assert.That(UniqueIndexResolver.Find(db.Model, violation!)?.GetDatabaseName(), Is.EqualTo(index));
        }
    }

    [Test]
    public void Error_2601_names_the_unique_index_whose_rule_answers()
    {
        using var db = new SqlServerCccDbContextFactory().CreateDbContext([]);
        foreach (var (index, table, conflict) in Rules)
        {
            var message = $"Cannot insert duplicate key row in object 'dbo.{table}' with unique index '{index}'. The duplicate key value is (x).";
            var violation = SqlServerUniqueViolations.Parse(SqlServerUniqueViolations.DuplicateKeyInUniqueIndex, message);

            Assert.That(violation, Is.Not.Null, index);
            Assert.That(violation!.TableName, Is.EqualTo(table));
            Assert.That(Conflicts.ForIndex(UniqueIndexResolver.Find(db.Model, violation)).Message, Is.EqualTo(conflict().Message), index);
        }
    }

    [Test]
    public void Error_2627_names_the_constraint()
    {
        var violation = SqlServerUniqueViolations.Parse(SqlServerUniqueViolations.UniqueConstraintViolation,
            "Violation of PRIMARY KEY constraint 'PK_Partners'. Cannot insert duplicate key in object 'dbo.Partners'. The duplicate key value is (1).");

        Assert.That(violation, Is.EqualTo(new UniqueViolation("Partners", [], "PK_Partners")).Using<UniqueViolation>((a, b) =>
            a.TableName == b.TableName && a.IndexName == b.IndexName));
    }

    [Test]
    public void Other_errors_are_not_unique_violations() =>
        Assert.That(SqlServerUniqueViolations.Parse(547, "The INSERT statement conflicted with the FOREIGN KEY constraint 'FK_X'."), Is.Null);
}
