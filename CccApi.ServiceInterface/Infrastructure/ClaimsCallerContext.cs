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
    private ClaimsPrincipal User => user() ?? new ClaimsPrincipal();

    public bool IsAuthenticated => User.Identity?.AuthenticationType == CallerClaims.AuthenticationType;

    public Guid? UserId => IsAuthenticated ? CallerClaims.GuidOf(User, ClaimTypes.NameIdentifier) : null;

    public AdminUserType? Type => IsAuthenticated ? CallerClaims.TypeOf(User) : null;

    public string? UserName => IsAuthenticated ? User.FindFirst(ClaimTypes.Name)?.Value : null;

    public string? DisplayName => IsAuthenticated ? User.FindFirst(CallerClaims.DisplayName)?.Value ?? UserName : null;

    public string? SessionId => IsAuthenticated ? sessionId() : null;

    public Guid? ScopeId => IsAuthenticated ? CallerClaims.GuidOf(User, CallerClaims.Scope) : null;

    public bool IsSuperUser => Type == AdminUserType.SuperUser;

    public Guid? CollectionId => User.Identity?.AuthenticationType == CallerClaims.CollectionAuthenticationType
        ? CallerClaims.GuidOf(User, CallerClaims.Collection)
        : null;

    public GatewayReach? Gateway => CallerClaims.GatewayOf(User);

    public string? Address => address();
}
