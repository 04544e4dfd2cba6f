using System.Linq.Expressions;
using CccApi.ServiceInterface.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static CccApi.ServiceInterface.Rules.CallerScope;

namespace CccApi.ServiceInterface.Data.Queries;

/// <summary>The lookup of one Reseller by id within the caller's scope, compiled once per <see cref="ResellerRule"/> and model.</summary>
internal static class VisibleResellerQueries
{
    private static readonly Expression<Func<CccDbContext, Guid, Guid, CancellationToken, Guid?>> IdQuery =
        (CccDbContext db, Guid id, Guid scope, CancellationToken ct) =>
            db.Resellers.Where(r => r.Id == id && ScopeRules.Applies(r, scope)).Select(r => (Guid?)r.Id).SingleOrDefault();

    private static readonly CompiledPerModel<Func<CccDbContext, Guid, Guid, CancellationToken, Task<Guid?>>[]> Ids = new(() =>
        // Indexed by the rule's value (0, 1, ...), in the order the enum declares them.
        Enum.GetValues<ResellerRule>().Select(rule => EF.CompileAsyncQuery(ScopeRules.Inline(IdQuery, ResellerRuleExpression(rule)))).ToArray());

    /// <summary>The id of the Reseller <paramref name="id"/> names when the caller sees it, else null.</summary>
    public static Task<Guid?> IdAsync(CccDbContext db, ICallerContext caller, Guid id, CancellationToken ct)
    {
        var (rule, scope) = ResellerRuleOf(caller);
        return Ids.For(db)[(int)rule](db, id, scope, ct);
    }
}
