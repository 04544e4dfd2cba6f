using System.Linq.Expressions;
using CccApi.ServiceInterface.Data;
using CccApi.ServiceInterface.Data.Entities;
using CccApi.ServiceInterface.Data.Queries;
using CccApi.ServiceInterface.Infrastructure;

namespace CccApi.ServiceInterface.Rules;

/// <summary>
/// The one place that decides which objects a caller may see. Each filter becomes part of the query that
/// loads or lists the objects, so an object outside the caller's scope is indistinguishable from one that
/// does not exist. A SuperUser sees everything; a Partner admin its partner, its resellers, their services
/// and collections and its catalogue (SkuBundles, Skus); a Reseller admin its reseller, its services and the collections it
/// owns or has been granted; a Service admin its service; Reseller and Service admins read (and assign from) their partner's catalogue.
/// An admin user is seen by whoever sees the partner, reseller or service it administers; a SuperUser
/// admin only by SuperUsers.
/// </summary>
public static class CallerScope
{
    public static IQueryable<Partner> VisibleTo(this IQueryable<Partner> partners, ICallerContext caller)
    {
        if (caller.IsSuperUser) return partners;
        var scope = ScopeOf(caller);
        return caller.Type == AdminUserType.Partner ? partners.Where(p => p.Id == scope) : partners.Where(_ => false);
    }

    public static IQueryable<Reseller> VisibleTo(this IQueryable<Reseller> resellers, ICallerContext caller)
    {
        var (rule, scope) = ResellerRuleOf(caller);
        return rule == ResellerRule.All ? resellers : resellers.Where(ResellerRuleExpression(rule).For(scope));
    }

    /// <summary>Which Resellers a caller sees, as a rule and the scope it applies to; compiled queries keep one plan per rule.</summary>
    public static (ResellerRule Rule, Guid Scope) ResellerRuleOf(ICallerContext caller) =>
        caller.IsSuperUser
            ? (ResellerRule.All, Guid.Empty)
            : (caller.Type switch
            {
                AdminUserType.Partner => ResellerRule.OfPartner,
                AdminUserType.Reseller => ResellerRule.Own,
                _ => ResellerRule.None,
            }, ScopeOf(caller));

    /// <summary>A <see cref="ResellerRule"/> as (reseller, scope) => whether the reseller is seen.</summary>
    public static Expression<Func<Reseller, Guid, bool>> ResellerRuleExpression(ResellerRule rule) => rule switch
    {
        ResellerRule.All => (r, scope) => true,
        ResellerRule.OfPartner => (r, scope) => r.PartnerId == scope,
        ResellerRule.Own => (r, scope) => r.Id == scope,
        _ => (r, scope) => false,
    };

    public static IQueryable<Service> VisibleTo(this IQueryable<Service> services, ICallerContext caller)
    {
        var (rule, scope) = ServiceRuleOf(caller);
        return rule == ServiceRule.All ? services : services.Where(ServiceRuleExpression(rule).For(scope));
    }

    /// <summary>Which Services a caller sees, as a rule and the scope it applies to; compiled queries keep one plan per rule.</summary>
    public static (ServiceRule Rule, Guid Scope) ServiceRuleOf(ICallerContext caller) =>
        caller.IsSuperUser
            ? (ServiceRule.All, Guid.Empty)
            : (caller.Type switch
            {
                AdminUserType.Partner => ServiceRule.OfPartner,
                AdminUserType.Reseller => ServiceRule.OfReseller,
                AdminUserType.Service => ServiceRule.Own,
                _ => ServiceRule.None,
            }, ScopeOf(caller));

    /// <summary>A <see cref="ServiceRule"/> as (service, scope) => whether the service is seen.</summary>
    public static Expression<Func<Service, Guid, bool>> ServiceRuleExpression(ServiceRule rule) => rule switch
    {
        ServiceRule.All => (s, scope) => true,
        // The partner each service keeps (its reseller's, which never changes): one index range, no join to Resellers.
        ServiceRule.OfPartner => (s, scope) => s.PartnerId == scope,
        ServiceRule.OfReseller => (s, scope) => s.ResellerId == scope,
        ServiceRule.Own => (s, scope) => s.Id == scope,
        _ => (s, scope) => false,
    };

    /// <summary>
    /// The status changes of the services a caller sees, by the Service rule (<see cref="ServiceRuleOf"/>) applied to
    /// the change's own row: it keeps its service's reseller and partner (a service never moves), so the history's
    /// indexes decide the scope without reading each change's service.
    /// </summary>
    public static IQueryable<ServiceStatusChangeRecord> VisibleTo(this IQueryable<ServiceStatusChangeRecord> changes, ICallerContext caller)
    {
        var (rule, scope) = ServiceRuleOf(caller);
        return rule == ServiceRule.All ? changes : changes.Where(StatusChangeRuleExpression(rule).For(scope));
    }

    /// <summary>A <see cref="ServiceRule"/> as (status change, scope) => whether the change's service is seen.</summary>
    public static Expression<Func<ServiceStatusChangeRecord, Guid, bool>> StatusChangeRuleExpression(ServiceRule rule) => rule switch
    {
        ServiceRule.All => (c, scope) => true,
        ServiceRule.OfPartner => (c, scope) => c.PartnerId == scope,
        ServiceRule.OfReseller => (c, scope) => c.ResellerId == scope,
        ServiceRule.Own => (c, scope) => c.ServiceId == scope,
        _ => (c, scope) => false,
    };

    public static IQueryable<Collection> VisibleTo(this IQueryable<Collection> collections, CccDbContext db, ICallerContext caller)
    {
        var (rule, scope) = CollectionRuleOf(caller);
        return rule == CollectionRule.All ? collections : collections.Where(CollectionRuleExpression(rule).For(db, scope));
    }

    /// <summary>Which Collections a caller sees, as a rule and the scope it applies to; compiled queries keep one plan per rule.</summary>
    public static (CollectionRule Rule, Guid Scope) CollectionRuleOf(ICallerContext caller) =>
        caller.IsSuperUser
            ? (CollectionRule.All, Guid.Empty)
            : (caller.Type switch
            {
                AdminUserType.Partner => CollectionRule.OfPartner,
                AdminUserType.Reseller => CollectionRule.OfReseller,
                _ => CollectionRule.None,
            }, ScopeOf(caller));

    /// <summary>
    /// A <see cref="CollectionRule"/> as (database, collection, scope) => whether the collection is seen: the
    /// collections a reseller owns or has been granted or its partner has been granted, or, for a partner, those of
    /// its resellers and those it has been granted.
    /// </summary>
    public static Expression<Func<CccDbContext, Collection, Guid, bool>> CollectionRuleExpression(CollectionRule rule) => rule switch
    {
        CollectionRule.All => (db, c, scope) => true,
        CollectionRule.OfPartner => (db, c, scope) => c.OwnerReseller.PartnerId == scope
            || db.ResellerCollectionAccess.Any(a => a.CollectionId == c.Id && a.Reseller.PartnerId == scope)
            || db.PartnerCollectionAccess.Any(a => a.CollectionId == c.Id && a.PartnerId == scope),
        CollectionRule.OfReseller => (db, c, scope) => c.OwnerResellerId == scope
            || db.ResellerCollectionAccess.Any(a => a.CollectionId == c.Id && a.ResellerId == scope)
            || db.PartnerCollectionAccess.Any(a => a.CollectionId == c.Id && db.Resellers.Any(r => r.Id == scope && r.PartnerId == a.PartnerId)),
        _ => (db, c, scope) => false,
    };

    /// <summary>
    /// The Sites associated with the caller (GetSites, GetSite): a Partner admin's are those its partner owns or has
    /// been granted (PartnerSiteAccess) and those its resellers or the partner itself hold Collections on (owned or
    /// granted); a Reseller admin's are its partner's and those it holds Collections on; a Service admin's the Site
    /// its service is installed on.
    /// </summary>
    public static IQueryable<Site> VisibleTo(this IQueryable<Site> sites, CccDbContext db, ICallerContext caller)
    {
        if (caller.IsSuperUser) return sites;
        var scope = ScopeOf(caller);
        switch (caller.Type)
        {
            case AdminUserType.Partner:
                return sites.Where(s => s.OwnerPartnerId == scope
                    || db.PartnerSiteAccess.Any(a => a.SiteId == s.Id && a.PartnerId == scope)
                    || db.PartnerCollectionAccess.Any(a => a.SiteId == s.Id && a.PartnerId == scope)
                    || db.Collections.Any(c => c.SiteId == s.Id && c.OwnerReseller.PartnerId == scope)
                    || db.ResellerCollectionAccess.Any(a => a.SiteId == s.Id && a.Reseller.PartnerId == scope));
            case AdminUserType.Reseller:
                var reseller = db.Resellers.Where(r => r.Id == scope);
                return sites.Where(s => reseller.Any(r => r.PartnerId == s.OwnerPartnerId)
                    || db.PartnerSiteAccess.Any(a => a.SiteId == s.Id && reseller.Any(r => r.PartnerId == a.PartnerId))
                    || db.PartnerCollectionAccess.Any(a => a.SiteId == s.Id && reseller.Any(r => r.PartnerId == a.PartnerId))
                    || db.Collections.Any(c => c.SiteId == s.Id && c.OwnerResellerId == scope)
                    || db.ResellerCollectionAccess.Any(a => a.SiteId == s.Id && a.ResellerId == scope));
            case AdminUserType.Service:
                return sites.Where(s => db.Services.Any(x => x.Id == scope && x.Collection.SiteId == s.Id));
            default:
                return sites.Where(_ => false);
        }
    }

    /// <summary>
    /// The partners whose catalogue (SkuBundles, Skus) the caller may read: its own as a Partner admin, its
    /// reseller's or service's partner as a Reseller or Service admin, who assign from that catalogue.
    /// </summary>
    public static IQueryable<Partner> CatalogueVisibleTo(this IQueryable<Partner> partners, CccDbContext db, ICallerContext caller)
    {
        if (caller.IsSuperUser) return partners;
        var scope = ScopeOf(caller);
        return caller.Type switch
        {
            AdminUserType.Partner => partners.Where(p => p.Id == scope),
            AdminUserType.Reseller => partners.Where(p => db.Resellers.Any(r => r.Id == scope && r.PartnerId == p.Id)),
            AdminUserType.Service => partners.Where(p => db.Services.Any(s => s.Id == scope && s.Reseller.PartnerId == p.Id)),
            _ => partners.Where(_ => false),
        };
    }

    public static IQueryable<SkuBundle> VisibleTo(this IQueryable<SkuBundle> bundles, CccDbContext db, ICallerContext caller)
    {
        if (caller.IsSuperUser) return bundles;
        var partners = db.Partners.CatalogueVisibleTo(db, caller).Select(p => p.Id);
        return bundles.Where(b => partners.Contains(b.PartnerId));
    }

    public static IQueryable<Sku> VisibleTo(this IQueryable<Sku> skus, CccDbContext db, ICallerContext caller)
    {
        if (caller.IsSuperUser) return skus;
        var partners = db.Partners.CatalogueVisibleTo(db, caller).Select(p => p.Id);
        return skus.Where(s => partners.Contains(s.PartnerId));
    }

    public static IQueryable<AdminUser> VisibleTo(this IQueryable<AdminUser> users, CccDbContext db, ICallerContext caller)
    {
        if (caller.IsSuperUser) return users;
        var partners = db.Partners.VisibleTo(caller);
        var resellers = db.Resellers.VisibleTo(caller);
        var services = db.Services.VisibleTo(caller);
        return users.Where(u =>
            (u.Type == AdminUserType.Partner && partners.Any(p => p.Id == u.ScopeId))
            || (u.Type == AdminUserType.Reseller && resellers.Any(r => r.Id == u.ScopeId))
            || (u.Type == AdminUserType.Service && services.Any(s => s.Id == u.ScopeId)));
    }

    public enum ServiceRule { All, OfPartner, OfReseller, Own, None }

    public enum ResellerRule { All, OfPartner, Own, None }

    public enum CollectionRule { All, OfPartner, OfReseller, None }

    /// <summary>A scoped admin without a scope sees nothing: Guid.Empty names no object.</summary>
    private static Guid ScopeOf(ICallerContext caller) => caller.ScopeId ?? Guid.Empty;
}
