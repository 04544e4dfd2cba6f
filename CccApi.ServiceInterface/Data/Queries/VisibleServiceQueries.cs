using System.Linq.Expressions;
using CccApi.ServiceInterface.Infrastructure;
using CccApi.ServiceInterface.Rules;
using Microsoft.EntityFrameworkCore;
using static CccApi.ServiceInterface.Rules.CallerScope;

namespace CccApi.ServiceInterface.Data.Queries;

/// <summary>
/// The lookup of one Service's id that the operations on a Service's rows make first, compiled once
/// per <see cref="ServiceRule"/> and model (the rule is part of the SQL, the caller's scope a parameter): EF then
/// skips building, parameterising and looking up the LINQ tree on each request.
/// </summary>
internal static class VisibleServiceQueries
{
    private static readonly Expression<Func<CccDbContext, Guid, Guid, CancellationToken, Guid?>> IdQuery =
        (CccDbContext db, Guid id, Guid scope, CancellationToken ct) =>
            db.Services.Where(s => s.Id == id && ScopeRules.Applies(s, scope)).Select(s => (Guid?)s.Id).SingleOrDefault();

    private static readonly CompiledPerRule<ServiceRule, Func<CccDbContext, Guid, Guid, CancellationToken, Task<Guid?>>> Ids =
        new(rule => EF.CompileAsyncQuery(ScopeRules.Inline(IdQuery, ServiceRuleExpression(rule))));

    /// <summary>The id of the Service <paramref name="id"/> names when the caller sees it, else null.</summary>
    public static Task<Guid?> IdAsync(CccDbContext db, ICallerContext caller, Guid id, CancellationToken ct)
    {
        var (rule, scope) = ServiceRuleOf(caller);
        return Ids.For(db, rule)(db, id, scope, ct);
    }
}
