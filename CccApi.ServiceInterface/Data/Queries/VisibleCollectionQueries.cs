using System.Linq.Expressions;
using CccApi.ServiceInterface.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static CccApi.ServiceInterface.Rules.CallerScope;

namespace CccApi.ServiceInterface.Data.Queries;

/// <summary>The lookup of one Collection by id within the caller's scope, compiled once per <see cref="CollectionRule"/> and model.</summary>
internal static class VisibleCollectionQueries
{
    private static readonly Expression<Func<CccDbContext, Guid, Guid, CancellationToken, CollectionPlace?>> PlaceQuery =
        (CccDbContext db, Guid id, Guid scope, CancellationToken ct) =>
            db.Collections.Where(c => c.Id == id && ScopeRules.Applies(db, c, scope))
                .Select(c => new CollectionPlace { CollectionId = c.Id, SiteId = c.SiteId }).SingleOrDefault();

    private static readonly CompiledPerRule<CollectionRule, Func<CccDbContext, Guid, Guid, CancellationToken, Task<CollectionPlace?>>> Places =
        new(rule => EF.CompileAsyncQuery(ScopeRules.Inline(PlaceQuery, CollectionRuleExpression(rule))));

    /// <summary>The Collection <paramref name="id"/> names and its Site, when the caller sees it, else null.</summary>
    public static Task<CollectionPlace?> PlaceAsync(CccDbContext db, ICallerContext caller, Guid id, CancellationToken ct)
    {
        var (rule, scope) = CollectionRuleOf(caller);
        return Places.For(db, rule)(db, id, scope, ct);
    }
}

/// <summary>A Collection's id and the Site it is on.</summary>
internal sealed class CollectionPlace
{
    public Guid CollectionId { get; init; }

    public Guid SiteId { get; init; }
}
