using System.Security.Claims;
using CccApi.ServiceInterface.Auth;
using CccApi.ServiceInterface.Data.Entities;

namespace CccApi.ServiceInterface.Infrastructure;

/// <summary>
/// The caller the host authenticated for this request, read from its claims. The host says where the
/// request's principal, client address and identifying session are (HttpContext, in an ASP.NET Core host),
/// so this layer needs no web framework.
/// </summary>
public sealed class ClaimsCallerContext(Func<ClaimsPrincipal?> user, Func<string?> address, Func<string?> sessionId) : ICallerContext
{
    private static readonly ClaimsPrincipal Anonymous = new();
    private Caller? _caller;

    /// <summary>
    /// The claims read once per principal: the rules ask the caller's type and scope several times a request, and
    /// each ask would otherwise walk the claims and parse a Guid again. A new principal (signed in mid-request) is read anew.
    /// </summary>
    private Caller Current
    {
        get
        {
            var principal = user() ?? Anonymous;
            var caller = _caller;
            if (caller is null || !ReferenceEquals(caller.Principal, principal))
                _caller = caller = new Caller(principal);
            return caller;
        }
    }

    public bool IsAuthenticated => Current.IsAuthenticated;

    public Guid? UserId => Current.UserId;

    public AdminUserType? Type => Current.Type;

    public string? UserName => Current.UserName;

    public string? DisplayName => Current.DisplayName;

    public string? SessionId => IsAuthenticated ? sessionId() : null;

    public Guid? ScopeId => Current.ScopeId;

    public bool IsSuperUser => Type == AdminUserType.SuperUser;

    public Guid? CollectionId => Current.CollectionId;

    public GatewayReach? Gateway => Current.Gateway;

    public string? Address => address();

    private sealed class Caller
    {
        public Caller(ClaimsPrincipal principal)
        {
            Principal = principal;
            var authenticationType = principal.Identity?.AuthenticationType;
            IsAuthenticated = authenticationType == CallerClaims.AuthenticationType;
            if (IsAuthenticated)
            {
                UserId = CallerClaims.GuidOf(principal, ClaimTypes.NameIdentifier);
                Type = CallerClaims.TypeOf(principal);
                UserName = principal.FindFirst(ClaimTypes.Name)?.Value;
                DisplayName = principal.FindFirst(CallerClaims.DisplayName)?.Value ?? UserName;
                ScopeId = CallerClaims.GuidOf(principal, CallerClaims.Scope);
            }
            if (authenticationType == CallerClaims.CollectionAuthenticationType)
                CollectionId = CallerClaims.GuidOf(principal, CallerClaims.Collection);
            Gateway = CallerClaims.GatewayOf(principal);
        }

        public ClaimsPrincipal Principal { get; }
        public bool IsAuthenticated { get; }
        public Guid? UserId { get; }
        public AdminUserType? Type { get; }
        public string? UserName { get; }
        public string? DisplayName { get; }
        public Guid? ScopeId { get; }
        public Guid? CollectionId { get; }
        public GatewayReach? Gateway { get; }
    }
}
