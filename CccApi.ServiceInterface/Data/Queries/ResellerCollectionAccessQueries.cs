using CccApi.ServiceInterface.Data.Commands;
using CccApi.ServiceInterface.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace CccApi.ServiceInterface.Data.Queries;

/// <summary>
/// The access record every ResellerCollectionAccess call reads, by its reseller and collection (a unique
/// index, so at most one), as a raw command (<see cref="RawCommands"/>). The record comes back untracked: a
/// caller that changes or removes it attaches it first, and SaveChanges then writes what a tracked query's
/// record would have written.
/// </summary>
internal static class ResellerCollectionAccessQueries
{
    private static readonly PerModel<Plan> Plans = new(Plan.Build);

    public static Task<ResellerCollectionAccessRecord?> RecordAsync(CccDbContext db, Guid resellerId, Guid collectionId, CancellationToken ct) =>
        RawCommands.ExecuteAsync(db, (resellerId, collectionId), static async (context, key, ct) =>
        {
            var plan = Plans.For(context);
            await using var command = RawCommands.Create(context, plan.Sql);
            RawCommands.AddParameter(command, plan.Id, plan.Names[0], key.resellerId);
            RawCommands.AddParameter(command, plan.Id, plan.Names[1], key.collectionId);
            await using var reader = await RawCommands.ExecuteReaderAsync(command, ct);
            if (!await reader.ReadAsync(ct))
                return null;
            return new ResellerCollectionAccessRecord
            {
                Id = reader.GetGuid(0),
                CollectionId = reader.GetGuid(1),
                // As the model's UtcDateTimeConverter reads it.
                CreatedOn = DateTime.SpecifyKind(reader.GetDateTime(2), DateTimeKind.Utc),
                IsDefaultCollectionForSite = reader.GetBoolean(3),
                ResellerId = reader.GetGuid(4),
                SiteId = reader.GetGuid(5),
            };
        }, ct);

    internal sealed class Plan(string sql, RelationalTypeMapping id, string[] names)
    {
        public string Sql { get; } = sql;

        public RelationalTypeMapping Id { get; } = id;

        public string[] Names { get; } = names;

        public static Plan Build(DbContext db)
        {
            var dialect = RawCommands.DialectOf(db);
            var (reseller, collection) = (RawCommands.Parameter(dialect, 0), RawCommands.Parameter(dialect, 1));
            var sql = dialect == SqlDialect.SqlServer
                ? "SELECT [a].[Id], [a].[CollectionId], [a].[CreatedOn], [a].[IsDefaultCollectionForSite], [a].[ResellerId], [a].[SiteId] "
                  + $"FROM [ResellerCollectionAccess] AS [a] WHERE [a].[ResellerId] = {reseller.Placeholder} AND [a].[CollectionId] = {collection.Placeholder}"
                : "SELECT a.\"Id\", a.\"CollectionId\", a.\"CreatedOn\", a.\"IsDefaultCollectionForSite\", a.\"ResellerId\", a.\"SiteId\" "
                  + $"FROM \"ResellerCollectionAccess\" AS a WHERE a.\"ResellerId\" = {reseller.Placeholder} AND a.\"CollectionId\" = {collection.Placeholder}";
            var key = db.Model.FindEntityType(typeof(ResellerCollectionAccessRecord))!.FindProperty(nameof(ResellerCollectionAccessRecord.ResellerId))!;
            return new Plan(sql, (RelationalTypeMapping)key.GetRelationalTypeMapping(), [reseller.Name, collection.Name]);
        }
    }
}
