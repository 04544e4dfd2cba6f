using System.Globalization;
using System.Security.Claims;
using CccApi.ServiceInterface.Data.Entities;

namespace CccApi.ServiceInterface.Auth;

/// <summary>How a resolved caller travels from the credential resolver to the caller context.</summary>
public static class CallerClaims
{
    public const string AuthenticationType = "CccApi";
    public const string AdminType = "cccapi:admin-type";
    public const string Scope = "cccapi:scope";
    public const string DisplayName = "cccapi:display-name";

    /// <summary>
    /// A collection's usage-reporting key: a caller of its own kind, so that nothing that reads admin users
    /// (<see cref="AuthenticationType"/>) takes it for one.
    /// </summary>
    public const string CollectionAuthenticationType = "CccApi.CollectionKey";

    /// <summary>The id of the collection a collection key belongs to.</summary>
    public const string Collection = "cccapi:collection";

    /// <summary>A gateway's key: a caller of its own kind, as a collection key is.</summary>
    public const string GatewayAuthenticationType = "CccApi.GatewayKey";

    /// <summary>The id of the gateway a gateway key belongs to.</summary>
    public const string Gateway = "cccapi:gateway";

    /// <summary>Whose services the gateway serves: its registrar's type and scope.</summary>
    public const string GatewayReachType = "cccapi:gateway-reach-type";

    public const string GatewayReachScope = "cccapi:gateway-reach-scope";

    public static ClaimsPrincipal For(AdminUser user)
    {
        var claims = new List<Claim>
        {
            new(ClaimTypes.NameIdentifier, user.Id.ToString("N")),
            new(ClaimTypes.Name, user.Email),
            new(AdminType, user.Type.ToString()),
            new(ClaimTypes.Role, user.Type.ToString()),
            new(DisplayName, user.DisplayName ?? user.Email),
        };
        if (user.ScopeId is { } scope) claims.Add(new Claim(Scope, scope.ToString("N")));
        return new ClaimsPrincipal(new ClaimsIdentity(claims, AuthenticationType));
    }

    /// <summary>
    /// The caller a collection key stands for: role <see cref="ServiceModel.UsageReporting.CollectionRole"/> (the host confines it to
    /// the operations requiring that role), the collection's id, and a name identifier of its own, so that the
    /// per-caller rate limit counts each collection apart from every admin user.
    /// </summary>
    public static ClaimsPrincipal ForCollection(Guid collectionId)
    {
        var identifier = "collection:" + collectionId.ToString("N");
        var claims = new List<Claim>
        {
            new(ClaimTypes.NameIdentifier, identifier),
            new(ClaimTypes.Name, identifier),
            new(ClaimTypes.Role, ServiceModel.UsageReporting.CollectionRole),
            new(Collection, collectionId.ToString("N")),
        };
        return new ClaimsPrincipal(new ClaimsIdentity(claims, CollectionAuthenticationType));
    }

    /// <summary>
    /// The caller a gateway key stands for: role <see cref="ServiceModel.GatewayCaller.Role"/> (confined by the host to the
    /// operations naming it), the gateway and its reach, and a name identifier of its own for the per-caller rate limit.
    /// </summary>
    public static ClaimsPrincipal ForGateway(GatewayReach gateway)
    {
        var identifier = "gateway:" + gateway.GatewayId.ToString("N");
        var claims = new List<Claim>
        {
            new(ClaimTypes.NameIdentifier, identifier),
            new(ClaimTypes.Name, identifier),
            new(ClaimTypes.Role, ServiceModel.GatewayCaller.Role),
            new(Gateway, gateway.GatewayId.ToString("N")),
            new(GatewayReachType, gateway.RegistrarType.ToString()),
            new(GatewayReachScope, gateway.RegistrarScopeId.ToString("N")),
        };
        return new ClaimsPrincipal(new ClaimsIdentity(claims, GatewayAuthenticationType));
    }

    public static GatewayReach? GatewayOf(ClaimsPrincipal principal) =>
        principal.Identity?.AuthenticationType == GatewayAuthenticationType
        && GuidOf(principal, Gateway) is { } gatewayId
        && Enum.TryParse<AdminUserType>(principal.FindFirst(GatewayReachType)?.Value, out var type)
        && GuidOf(principal, GatewayReachScope) is { } scope
            ? new GatewayReach(gatewayId, type, scope)
            : null;

    public static Guid? GuidOf(ClaimsPrincipal principal, string type) =>
        principal.FindFirst(type)?.Value is { } value ? Guid.Parse(value, CultureInfo.InvariantCulture) : null;

    public static AdminUserType? TypeOf(ClaimsPrincipal principal) =>
        Enum.TryParse<AdminUserType>(principal.FindFirst(AdminType)?.Value, out var type) ? type : null;
}
