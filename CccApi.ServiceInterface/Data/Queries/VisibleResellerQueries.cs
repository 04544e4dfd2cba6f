using CccApi.ServiceInterface.Data.Commands;
using CccApi.ServiceInterface.Data.Entities;
using CccApi.ServiceInterface.Infrastructure;
using static CccApi.ServiceInterface.Rules.CallerScope;

namespace CccApi.ServiceInterface.Data.Queries;

/// <summary>
/// The lookup of one Reseller by id within the caller's scope, as a raw command (<see cref="RawCommands"/>): every
/// operation on a reseller's collections, services or users starts with it. One statement per <see cref="ResellerRule"/>
/// (<see cref="ResellerRuleExpression"/> in SQL); <c>RawCommandTests</c> holds it to the LINQ rule's answers.
/// </summary>
internal static class VisibleResellerQueries
{
    private static readonly PerModel<RuleStatements<ResellerRule>> Statements = new(db => RuleStatements<ResellerRule>.Build(db, typeof(Reseller),
        (dialect, rule, id, scope) =>
        {
            var q = ServiceRuleSql.Quote(dialect);
            return $"SELECT r.{q("Id")} FROM {q("Resellers")} AS r WHERE r.{q("Id")} = {id}" + rule switch
            {
                ResellerRule.All => "",
                ResellerRule.OfPartner => $" AND r.{q("PartnerId")} = {scope}",
                ResellerRule.Own => $" AND r.{q("Id")} = {scope}",
                _ => " AND 0 = 1", // a caller of no known type sees none
            };
        }));

    /// <summary>The id of the Reseller <paramref name="id"/> names when the caller sees it, else null.</summary>
    public static Task<Guid?> IdAsync(CccDbContext db, ICallerContext caller, Guid id, CancellationToken ct)
    {
        var (rule, scope) = ResellerRuleOf(caller);
        return IdAsync(db, rule, scope, id, ct);
    }

    /// <summary>The statements as built for <paramref name="db"/>'s model, for the tests.</summary>
    internal static RuleStatements<ResellerRule> StatementsFor(Microsoft.EntityFrameworkCore.DbContext db) => Statements.For(db);

    /// <summary>As <see cref="IdAsync(CccDbContext, ICallerContext, Guid, CancellationToken)"/>, for a caller's rule and scope.</summary>
    internal static Task<Guid?> IdAsync(CccDbContext db, ResellerRule rule, Guid scope, Guid id, CancellationToken ct) =>
        RuleStatements<ResellerRule>.FirstAsync(Statements, db, rule, scope, id, static reader => (Guid?)reader.GetGuid(0), ct);
}
