using System.Linq.Expressions;
using CccApi.ServiceInterface.Infrastructure;
using CccApi.ServiceInterface.Rules;
using CccApi.ServiceModel;
using Microsoft.EntityFrameworkCore;
using static CccApi.ServiceInterface.Rules.CallerScope;

namespace CccApi.ServiceInterface.Data.Queries;

/// <summary>
/// The lookups of one Service by id that GetService and the operations on a Service's rows make, compiled once
/// per <see cref="ServiceRule"/> and model (the rule is part of the SQL, the caller's scope a parameter): EF then
/// skips building, parameterising and looking up the LINQ tree on each request.
/// </summary>
internal static class VisibleServiceQueries
{
    private static readonly Expression<Func<CccDbContext, Guid, Guid, CancellationToken, Guid?>> IdQuery =
        (CccDbContext db, Guid id, Guid scope, CancellationToken ct) =>
            db.Services.Where(s => s.Id == id && ScopeRules.Applies(s, scope)).Select(s => (Guid?)s.Id).SingleOrDefault();

    private static readonly Expression<Func<CccDbContext, Guid, Guid, CancellationToken, ServiceRow?>> ResponseQuery =
        (CccDbContext db, Guid id, Guid scope, CancellationToken ct) =>
            db.Services.Where(s => s.Id == id && ScopeRules.Applies(s, scope)).Select(s => new ServiceRow
            {
                ServicesApiBaseUrl = s.Collection.ServicesApiBaseUrl,
                SiteEndpointUrl = db.SiteEndpoints.Where(e => e.Id == s.Collection.SiteEndpointId).Select(e => e.Url).FirstOrDefault(),
                Response = new ServiceResponse
                {
                    ServiceGuid = s.Id,
                    Name = s.ServiceName,
                    Status = s.Status,
                    ServiceCode = s.ServiceCode,
                    ReferenceId = s.ReferenceId,
                    PrimaryDomain = s.PrimaryDomain,
                    CreatedOn = s.CreatedOn,
                    TrialEndDate = s.TrialEndDate,
                    EffectiveDate = s.EffectiveDate,
                    InitialTerm = s.InitialTerm,
                    CollectionGuid = s.CollectionId,
                    SiteGuid = s.Collection.SiteId,
                    ClientGuid = s.ClientGuid,
                    ResellerGuid = s.ResellerId,
                    ResellerName = s.Reseller.Name,
                    PartnerGuid = s.Reseller.PartnerId,
                    PartnerName = s.Reseller.Partner.Name,
                },
            }).SingleOrDefault();

    private static readonly CompiledPerRule<ServiceRule, Func<CccDbContext, Guid, Guid, CancellationToken, Task<Guid?>>> Ids =
        new(rule => EF.CompileAsyncQuery(ScopeRules.Inline(IdQuery, ServiceRuleExpression(rule))));
    private static readonly CompiledPerRule<ServiceRule, Func<CccDbContext, Guid, Guid, CancellationToken, Task<ServiceRow?>>> Responses =
        new(rule => EF.CompileAsyncQuery(ScopeRules.Inline(ResponseQuery, ServiceRuleExpression(rule))));

    /// <summary>The id of the Service <paramref name="id"/> names when the caller sees it, else null.</summary>
    public static Task<Guid?> IdAsync(CccDbContext db, ICallerContext caller, Guid id, CancellationToken ct)
    {
        var (rule, scope) = ServiceRuleOf(caller);
        return Ids.For(db, rule)(db, id, scope, ct);
    }

    /// <summary>The Service <paramref name="id"/> names as GetService answers it (but its Urls), with the addresses its Urls are built from, when the caller sees it, else null.</summary>
    public static Task<ServiceRow?> ResponseAsync(CccDbContext db, ICallerContext caller, Guid id, CancellationToken ct)
    {
        var (rule, scope) = ServiceRuleOf(caller);
        return Responses.For(db, rule)(db, id, scope, ct);
    }
}

/// <summary>GetService's answer as read, and the base addresses its Urls are built from.</summary>
internal sealed class ServiceRow
{
    public ServiceResponse Response { get; init; } = null!;

    public string? ServicesApiBaseUrl { get; init; }

    public string? SiteEndpointUrl { get; init; }
}
