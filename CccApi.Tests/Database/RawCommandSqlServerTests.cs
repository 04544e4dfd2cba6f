using System.Data;
using System.Data.Common;
using CccApi.ServiceInterface.Data;
using CccApi.ServiceInterface.Data.Commands;
using CccApi.ServiceInterface.Data.Entities;
using CccApi.ServiceInterface.Data.Queries;
using Microsoft.Data.SqlClient;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace CccApi.Tests.Database;

/// <summary>
/// SQL Server without a server: the raw ServiceSku INSERT against the one EF's SaveChanges sends for the same row
/// (captured by an interceptor that answers in the server's place), and the raw lookups' SQL text.
/// </summary>
public sealed class RawCommandSqlServerTests
{
    [Test]
    public async Task The_raw_insert_sends_the_columns_and_parameters_SaveChanges_sends()
    {
        var capture = new CapturingServer();
        await using var db = new SqlServerCccDbContext(new DbContextOptionsBuilder<SqlServerCccDbContext>()
            .UseSqlServer("Server=unused.invalid;Database=unused").AddInterceptors(capture).Options);
        var sku = new ServiceSku
        {
            Id = Guid.NewGuid(), ServiceId = Guid.NewGuid(), ServiceSkuBundleId = Guid.NewGuid(), Name = "Pro seats", BillingMetric = "ProUsersCount",
            UnitPrice = 4.5000m, Quantity = 12, Description = null, AssignedDate = DateTime.SpecifyKind(new DateTime(2026, 12, 5, 1, 2, 3), DateTimeKind.Unspecified),
            EndedDate = new DateTime(2027, 1, 31, 0, 0, 0, DateTimeKind.Utc), IsEditable = true,
        };
        db.ServiceSkus.Add(sku);
        await db.SaveChangesAsync();
        var byEf = capture.Commands.Single();

        await using var raw = new SqlConnection().CreateCommand();
        ServiceSkuInsert.PlanFor(db).Bind(raw, sku);
        var rawSql = ServiceSkuInsert.PlanFor(db).Sql;

        Assert.That(Normalize(rawSql), Is.EqualTo(Normalize(byEf.Text.Replace("SET NOCOUNT ON;", "", StringComparison.Ordinal))), "EF's statement, less SET NOCOUNT ON (the raw command reads its row count)");
        Assert.That(raw.Parameters.Cast<SqlParameter>().Select(Describe), Is.EqualTo(byEf.Parameters));
    }

    [Test]
    public void The_page_anchor_query_is_written_for_SQL_Server()
    {
        var shape = new ServiceInterface.Rules.ServiceListShape(Guid.NewGuid(), Guid.NewGuid(), ReportableOnly: true);
        Assert.That(ServicePageAnchorQuery.Statement(SqlDialect.SqlServer, shape, 1000), Is.EqualTo(
            "SELECT [CreatedOn], [Position] FROM (SELECT [CreatedOn], RANK() OVER (ORDER BY [CreatedOn]) - 1 AS [Position], "
            + "ROW_NUMBER() OVER (ORDER BY [CreatedOn], [Id]) - 1 AS [Entry] FROM [Services] "
            + "WHERE [PartnerId] = @p0 AND [ResellerId] = @p1 AND [Status] NOT IN ('Blocked', 'Provisioning')) AS [l] "
            + "WHERE [Entry] > 0 AND [Entry] % 1000 = 0 ORDER BY [Entry]"));
    }

    [Test]
    public void The_raw_lookups_are_written_for_SQL_Server()
    {
        using var db = new SqlServerCccDbContext(new DbContextOptionsBuilder<SqlServerCccDbContext>().UseSqlServer("Server=unused.invalid").Options);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(ServiceSkuRoomQuery.Plan.Statement(SqlDialect.SqlServer, ServiceInterface.Rules.CallerScope.ServiceRule.OfPartner, "@p0", "@p1", "@p2"),
                Is.EqualTo("SELECT [s].[Id], (SELECT COUNT(*) FROM (SELECT TOP(@p1) 1 AS empty FROM [ServiceSkus] AS [k] WHERE [k].[ServiceId] = [s].[Id]) AS [c]) "
                    + "FROM [Services] AS [s] WHERE [s].[Id] = @p0 AND [s].[PartnerId] = @p2"));
            Assert.That(ServiceResponseQuery.Statement(SqlDialect.SqlServer, ServiceInterface.Rules.CallerScope.ServiceRule.OfReseller, "@p0", "@p1"),
                Does.StartWith("SELECT s.[Id], s.[ServiceName], s.[Status],").And.Contain("FROM [Services] AS s INNER JOIN [Collections] AS c ON s.[CollectionId] = c.[Id] ")
                    .And.EndWith("LEFT JOIN [SiteEndpoints] AS e ON c.[SiteEndpointId] = e.[Id] WHERE s.[Id] = @p0 AND s.[ResellerId] = @p1"));
            Assert.That(ResellerCollectionAccessQueries.Plan.Build(db).Sql, Does.StartWith("SELECT [a].[Id]").And.EndWith("WHERE [a].[ResellerId] = @p0 AND [a].[CollectionId] = @p1"));
            Assert.That(VisibleResellerQueries.StatementsFor(db).Sql(ServiceInterface.Rules.CallerScope.ResellerRule.OfPartner),
                Is.EqualTo("SELECT r.[Id] FROM [Resellers] AS r WHERE r.[Id] = @p0 AND r.[PartnerId] = @p1"));
            Assert.That(VisibleCollectionQueries.StatementsFor(db).Sql(ServiceInterface.Rules.CallerScope.CollectionRule.OfReseller),
                Is.EqualTo("SELECT c.[Id], c.[SiteId] FROM [Collections] AS c WHERE c.[Id] = @p0 AND (c.[OwnerResellerId] = @p1"
                    + " OR EXISTS (SELECT 1 FROM [ResellerCollectionAccess] AS a WHERE a.[CollectionId] = c.[Id] AND a.[ResellerId] = @p1)"
                    + " OR EXISTS (SELECT 1 FROM [PartnerCollectionAccess] AS pa WHERE pa.[CollectionId] = c.[Id]"
                    + " AND EXISTS (SELECT 1 FROM [Resellers] AS r WHERE r.[Id] = @p1 AND r.[PartnerId] = pa.[PartnerId])))"));
        }
    }

    [Test]
    public void The_usage_upserts_are_MERGE_statements_within_the_parameter_limit()
    {
        using var db = new SqlServerCccDbContext(new DbContextOptionsBuilder<SqlServerCccDbContext>().UseSqlServer("Server=unused.invalid").Options);
        var figures = "[MessagesSent], [MessagesReceived], [AttachmentsCount], [AttachmentsSize], [InvitationsSent], [InvitationsAccepted], "
            + "[SecureMessagingGateway], [SecureMessagingPlus], [DataLeakPrevention], [SecureLargeFiles], [SecureForms]";
        var added = string.Join(", ", figures.Split(", ").Select(c => $"[t].{c} = [t].{c} + [s].{c}"));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(UsageUpserts.Days.SqlFor(db, 2), Is.EqualTo(
                $"MERGE INTO [ServiceUsageDays] WITH (HOLDLOCK) AS [t] USING (VALUES ({string.Join(", ", Enumerable.Range(0, 13).Select(i => "@p" + i))}), "
                + $"({string.Join(", ", Enumerable.Range(13, 13).Select(i => "@p" + i))})) AS [s] ([ServiceId], [Day], {figures}) "
                + "ON [t].[ServiceId] = [s].[ServiceId] AND [t].[Day] = [s].[Day] "
                + $"WHEN MATCHED THEN UPDATE SET {added} "
                + $"WHEN NOT MATCHED THEN INSERT ([ServiceId], [Day], {figures}) VALUES ([s].[ServiceId], [s].[Day], {string.Join(", ", figures.Split(", ").Select(c => "[s]." + c))});"));
            var records = UsageUpserts.Records.SqlFor(db, 95);
            Assert.That(records, Does.Contain("WHEN MATCHED THEN UPDATE SET [t].[MessagesSent] = [s].[MessagesSent],").And.Not.Contain("[t].[Id] ="),
                "a replaced record keeps its Id");
            Assert.That(records, Does.Contain("@p1994)").And.Not.Contain("@p1995"), "95 rows of 21 columns: under SQL Server's 2,100 parameters");
        }
    }

    private static string Normalize(string sql) => string.Join(" ", sql.Split((char[])[' ', '\n', '\r', '\t'], StringSplitOptions.RemoveEmptyEntries));

    private static string Describe(SqlParameter p) =>
        $"{p.ParameterName} {p.SqlDbType} size {p.Size} precision {p.Precision} scale {p.Scale} nullable {p.IsNullable} "
        + $"{(p.Value is DateTime d ? d.ToString("O") + "/" + d.Kind : p.Value is DBNull ? "NULL" : Convert.ToString(p.Value, System.Globalization.CultureInfo.InvariantCulture))}";

    /// <summary>Stands in for the server: the connection "opens", and each command is recorded and answers an empty result.</summary>
    private sealed class CapturingServer : IDbConnectionInterceptor, IDbCommandInterceptor
    {
        public List<(string Text, List<string> Parameters)> Commands { get; } = [];

        public ValueTask<InterceptionResult> ConnectionOpeningAsync(DbConnection connection, ConnectionEventData eventData, InterceptionResult result, CancellationToken cancellationToken = default) =>
            ValueTask.FromResult(InterceptionResult.Suppress());

        public ValueTask<InterceptionResult> ConnectionClosingAsync(DbConnection connection, ConnectionEventData eventData, InterceptionResult result) =>
            ValueTask.FromResult(InterceptionResult.Suppress());

        public ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
        {
            Record(command);
            return ValueTask.FromResult(InterceptionResult<DbDataReader>.SuppressWithResult(new DataTable().CreateDataReader()));
        }

        public ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
        {
            Record(command);
            return ValueTask.FromResult(InterceptionResult<int>.SuppressWithResult(1));
        }

        private void Record(DbCommand command) => Commands.Add((command.CommandText, command.Parameters.Cast<SqlParameter>().Select(Describe).ToList()));
    }
}
