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

    public static Guid? GuidOf(ClaimsPrincipal principal, string type) =>
        principal.FindFirst(type)?.Value is { } value ? Guid.Parse(value, CultureInfo.InvariantCulture) : null;

    public static AdminUserType? TypeOf(ClaimsPrincipal principal) =>
        Enum.TryParse<AdminUserType>(principal.FindFirst(AdminType)?.Value, out var type) ? type : null;
}
