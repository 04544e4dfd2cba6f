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

    private static readonly CompiledPerRule<ResellerRule, Func<CccDbContext, Guid, Guid, CancellationToken, Task<Guid?>>> Ids =
        new(rule => EF.CompileAsyncQuery(ScopeRules.Inline(IdQuery, ResellerRuleExpression(rule))));

    /// <summary>The id of the Reseller <paramref name="id"/> names when the caller sees it, else null.</summary>
    public static Task<Guid?> IdAsync(CccDbContext db, ICallerContext caller, Guid id, CancellationToken ct)
    {
        var (rule, scope) = ResellerRuleOf(caller);
        return Ids.For(db, rule)(db, id, scope, ct);
    }
}
