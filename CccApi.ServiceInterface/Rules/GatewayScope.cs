using CccApi.ServiceInterface.Auth;
using CccApi.ServiceInterface.Data;
using CccApi.ServiceInterface.Data.Entities;
using CccApi.ServiceInterface.Data.Queries;
using CccApi.ServiceInterface.Infrastructure;
using ServiceEntity = CccApi.ServiceInterface.Data.Entities.Service;

namespace CccApi.ServiceInterface.Rules;

/// <summary>
/// Which services a gateway serves and who administers it. A gateway's reach is its registrar's scope: a SuperUser's
/// gateway serves every service, a Partner admin's its partner's, a Reseller admin's its reseller's. It is administered
/// (keys, listing) by SuperUsers and by the admins whose scope holds its registrar's: a Reseller's gateway also by its
/// Partner's admins.
/// </summary>
public static class GatewayScope
{
    /// <summary>The registrar scope a new gateway of <paramref name="caller"/> gets (the host admits only SuperUser, Partner and Reseller admins).</summary>
    public static (AdminUserType Type, Guid ScopeId) RegistrarOf(ICallerContext caller) =>
        caller.IsSuperUser ? (AdminUserType.SuperUser, Guid.Empty) : (caller.Type!.Value, caller.ScopeId ?? Guid.Empty);

    /// <summary>The services the gateway serves: those its registrar sees, by the same rule as <see cref="CallerScope"/>'s.</summary>
    public static IQueryable<ServiceEntity> ReachedBy(this IQueryable<ServiceEntity> services, GatewayReach gateway)
    {
        var rule = gateway.RegistrarType switch
        {
            AdminUserType.SuperUser => CallerScope.ServiceRule.All,
            AdminUserType.Partner => CallerScope.ServiceRule.OfPartner,
            AdminUserType.Reseller => CallerScope.ServiceRule.OfReseller,
            _ => CallerScope.ServiceRule.None,
        };
        return rule == CallerScope.ServiceRule.All ? services : services.Where(CallerScope.ServiceRuleExpression(rule).For(gateway.RegistrarScopeId));
    }

    public static IQueryable<RegisteredGateway> AdministeredBy(this IQueryable<RegisteredGateway> gateways, CccDbContext db, ICallerContext caller)
    {
        if (caller.IsSuperUser) return gateways;
        var scope = caller.ScopeId ?? Guid.Empty;
        return caller.Type switch
        {
            AdminUserType.Partner => gateways.Where(g =>
                (g.RegistrarType == AdminUserType.Partner && g.RegistrarScopeId == scope)
                || (g.RegistrarType == AdminUserType.Reseller && db.Resellers.Any(r => r.Id == g.RegistrarScopeId && r.PartnerId == scope))),
            AdminUserType.Reseller => gateways.Where(g => g.RegistrarType == AdminUserType.Reseller && g.RegistrarScopeId == scope),
            _ => gateways.Where(g => false),
        };
    }

    public static GatewayReach ReachOf(RegisteredGateway gateway) => new(gateway.Id, gateway.RegistrarType, gateway.RegistrarScopeId);
}
