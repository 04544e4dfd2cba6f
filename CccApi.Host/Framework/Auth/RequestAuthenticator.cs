using System.Security.Claims;
using CccApi.Host.Framework.Metadata;
using CccApi.ServiceModel.Annotations;
using Microsoft.Extensions.Options;

namespace CccApi.Host.Framework.Auth;

/// <summary>
/// Before binding: resolves the request's credential once, through the application's
/// <see cref="ICredentialResolver"/>, and, when the host requires authentication, refuses an operation
/// not marked <c>[AllowAnonymous]</c> to a request without a valid credential (401), and an operation
/// marked <c>[RequiredRole]</c> to a caller without one of its roles (403). A request without a
/// credential resolves nothing. The resolver is called directly rather than through ASP.NET Core's
/// authentication handlers, whose per-request handler instances and result copies this host never needed.
/// </summary>
public sealed class RequestAuthenticator(IOptions<ServiceHostOptions> options)
{
    public async ValueTask AuthenticateAsync(HttpContext context, OperationModel operation, RequestCredential? credential)
    {
        var (caller, failure) = credential is null ? (null, null) : await ResolveAsync(context, credential);
        if (caller is not null) context.User = caller;

        var needsCaller = (options.Value.RequireAuthentication && !operation.AllowsAnonymous) || operation.RequiredRoles.Count > 0;
        if (needsCaller && caller is null)
            throw new AuthenticationRequiredException(failure ?? "Not Authenticated");
        if (operation.RequiredRoles.Count > 0 && !operation.RequiredRoles.Any(context.User.IsInRole))
            throw new ForbiddenException("Invalid Role");
    }

    /// <summary>
    /// The caller behind the credential, or why there is none. A resolver that cannot decide (its store is
    /// down) throws an exception carrying its own status, which the operation answers with (not a 401).
    /// </summary>
    private static async ValueTask<(ClaimsPrincipal? Caller, string? Failure)> ResolveAsync(HttpContext context, RequestCredential credential)
    {
        // A host whose application resolves no credentials knows no caller.
        if (context.RequestServices.GetRequiredService<IEnumerable<ICredentialResolver>>().FirstOrDefault() is not { } resolver)
            return (null, null);

        var caller = credential.Kind == CredentialKind.ApiKey
            ? await resolver.ResolveApiKeyAsync(credential.Value, context.RequestAborted)
            : await resolver.ResolveSessionAsync(credential.Value, context.RequestAborted);
        return caller is not null
            ? (caller, null)
            : (null, credential.Kind == CredentialKind.ApiKey ? "Invalid API Key" : "Invalid session");
    }
}
