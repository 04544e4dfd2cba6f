using System.Runtime.ExceptionServices;
using CccApi.Host.Framework.Metadata;
using CccApi.ServiceModel.Annotations;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;

namespace CccApi.Host.Framework.Auth;

/// <summary>
/// Before binding: authenticates the request and, when the host requires authentication, refuses an
/// operation not marked <c>[AllowAnonymous]</c> to a request without a valid credential (401), and an
/// operation marked <c>[RequiredRole]</c> to a caller without one of its roles (403).
/// </summary>
public sealed class RequestAuthenticator(IOptions<ServiceHostOptions> options)
{
    public async Task AuthenticateAsync(HttpContext context, OperationModel operation)
    {
        var result = await context.AuthenticateAsync(CredentialAuthenticationHandler.SchemeName);
        if (result.Succeeded) context.User = result.Principal;
        // A resolver that could not decide (its store is down) answers with its own status, not a 401.
        if (result.Failure is IHasStatusCode) ExceptionDispatchInfo.Throw(result.Failure);

        var needsCaller = (options.Value.RequireAuthentication && !operation.AllowsAnonymous) || operation.RequiredRoles.Count > 0;
        if (needsCaller && !result.Succeeded)
            throw new AuthenticationRequiredException(result.Failure?.Message ?? "Not Authenticated");
        if (operation.RequiredRoles.Count > 0 && !operation.RequiredRoles.Any(context.User.IsInRole))
            throw new ForbiddenException("Invalid Role");
    }
}
