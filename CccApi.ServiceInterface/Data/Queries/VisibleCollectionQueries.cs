using CccApi.ServiceInterface.Data.Commands;
using CccApi.ServiceInterface.Data.Entities;
using CccApi.ServiceInterface.Infrastructure;
using static CccApi.ServiceInterface.Rules.CallerScope;

namespace CccApi.ServiceInterface.Data.Queries;

/// <summary>
/// The lookup of one Collection by id within the caller's scope, with its Site, as a raw command
/// (<see cref="RawCommands"/>): every operation on a collection's access records, keys or services starts with it.
/// One statement per <see cref="CollectionRule"/> (<see cref="CollectionRuleExpression"/> in SQL: owned, granted to the
/// reseller, granted to its partner); <c>RawCommandTests</c> holds it to the LINQ rule's answers.
/// </summary>
internal static class VisibleCollectionQueries
{
    private static readonly PerModel<RuleStatements<CollectionRule>> Statements = new(db => RuleStatements<CollectionRule>.Build(db, typeof(Collection),
        (dialect, rule, id, scope) =>
        {
            var q = ServiceRuleSql.Quote(dialect);
            var grantedToReseller = $"EXISTS (SELECT 1 FROM {q("ResellerCollectionAccess")} AS a WHERE a.{q("CollectionId")} = c.{q("Id")}";
            var grantedToPartner = $"EXISTS (SELECT 1 FROM {q("PartnerCollectionAccess")} AS pa WHERE pa.{q("CollectionId")} = c.{q("Id")}";
            return $"SELECT c.{q("Id")}, c.{q("SiteId")} FROM {q("Collections")} AS c WHERE c.{q("Id")} = {id}" + rule switch
            {
                CollectionRule.All => "",
                // Its owner is one of the partner's resellers, one of them has been granted it, or the partner has.
                CollectionRule.OfPartner =>
                    $" AND (EXISTS (SELECT 1 FROM {q("Resellers")} AS o WHERE o.{q("Id")} = c.{q("OwnerResellerId")} AND o.{q("PartnerId")} = {scope})"
                    + $" OR {grantedToReseller} AND EXISTS (SELECT 1 FROM {q("Resellers")} AS ar WHERE ar.{q("Id")} = a.{q("ResellerId")} AND ar.{q("PartnerId")} = {scope}))"
                    + $" OR {grantedToPartner} AND pa.{q("PartnerId")} = {scope}))",
                // The reseller owns it, has been granted it, or its partner has.
                CollectionRule.OfReseller =>
                    $" AND (c.{q("OwnerResellerId")} = {scope}"
                    + $" OR {grantedToReseller} AND a.{q("ResellerId")} = {scope})"
                    + $" OR {grantedToPartner} AND EXISTS (SELECT 1 FROM {q("Resellers")} AS r WHERE r.{q("Id")} = {scope} AND r.{q("PartnerId")} = pa.{q("PartnerId")})))",
                _ => " AND 0 = 1", // a caller of no known type sees none
            };
        }));

    /// <summary>The Collection <paramref name="id"/> names and its Site, when the caller sees it, else null.</summary>
    public static Task<CollectionPlace?> PlaceAsync(CccDbContext db, ICallerContext caller, Guid id, CancellationToken ct)
    {
        var (rule, scope) = CollectionRuleOf(caller);
        return PlaceAsync(db, rule, scope, id, ct);
    }

    /// <summary>The statements as built for <paramref name="db"/>'s model, for the tests.</summary>
    internal static RuleStatements<CollectionRule> StatementsFor(Microsoft.EntityFrameworkCore.DbContext db) => Statements.For(db);

    /// <summary>As <see cref="PlaceAsync(CccDbContext, ICallerContext, Guid, CancellationToken)"/>, for a caller's rule and scope.</summary>
    internal static Task<CollectionPlace?> PlaceAsync(CccDbContext db, CollectionRule rule, Guid scope, Guid id, CancellationToken ct) =>
        RuleStatements<CollectionRule>.FirstAsync(Statements, db, rule, scope, id,
            static reader => new CollectionPlace { CollectionId = reader.GetGuid(0), SiteId = reader.GetGuid(1) }, ct);
}

/// <summary>A Collection's id and the Site it is on.</summary>
internal sealed class CollectionPlace
{
    public Guid CollectionId { get; init; }

    public Guid SiteId { get; init; }
}
