using System.Security.Claims;
using CccApi.ServiceInterface.Auth;
using CccApi.ServiceInterface.Data.Entities;
using Microsoft.AspNetCore.Http;

namespace CccApi.ServiceInterface.Infrastructure;

/// <summary>The caller the host authenticated for this request, read from its claims.</summary>
public sealed class ClaimsCallerContext(IHttpContextAccessor accessor) : ICallerContext
{
    private ClaimsPrincipal User => accessor.HttpContext?.User ?? new ClaimsPrincipal();

    public bool IsAuthenticated => User.Identity?.AuthenticationType == CallerClaims.AuthenticationType;

    public Guid? UserId => IsAuthenticated ? CallerClaims.GuidOf(User, ClaimTypes.NameIdentifier) : null;

    public AdminUserType? Type => IsAuthenticated ? CallerClaims.TypeOf(User) : null;

    public Guid? ScopeId => IsAuthenticated ? CallerClaims.GuidOf(User, CallerClaims.Scope) : null;

    public Guid? SessionRecordId => IsAuthenticated ? CallerClaims.GuidOf(User, CallerClaims.SessionRecord) : null;

    public bool IsSuperUser => Type == AdminUserType.SuperUser;

    public string? Address => accessor.HttpContext?.Connection.RemoteIpAddress?.ToString();
}
