using System.Security.Claims;
using Microsoft.Extensions.Options;
using ServiceStackCompat;
using ServiceStackCompat.Metadata;

namespace ServiceStackCompat.Auth;

/// <summary>
/// Before binding: resolves the request's credential once, through the application's
/// <see cref="ICredentialResolver"/> (a singleton), then, when the host requires authentication, refuses
/// an operation not marked <c>[AllowAnonymous]</c> to a request without a valid credential (401), an
/// operation marked <c>[RequiredRole]</c> to a caller without one of its roles (403), and any operation not made
/// for a confined role to a caller holding one (403, <see cref="ServiceHostOptions.ConfinedRoles"/>). A request without a
/// credential resolves nothing. The resolver is called directly rather than through ASP.NET Core's
/// authentication handlers, whose per-request handler instances and result copies this host never needed.
/// </summary>
public sealed class RequestAuthenticator(IEnumerable<ICredentialResolver> resolvers, IOptions<ServiceHostOptions> options)
{
    // A host whose application resolves no credentials knows no caller.
    private readonly ICredentialResolver? _resolver = resolvers.FirstOrDefault();
    private readonly string[] _confinedRoles = [.. options.Value.ConfinedRoles.Distinct(StringComparer.Ordinal)];

    /// <summary>
    /// The caller behind the credential (also set as <see cref="HttpContext.User"/>, and a session as the
    /// <see cref="AuthenticatedSession"/> feature), or why there is none.
    /// A resolver that cannot decide (its store is down) throws an exception carrying its own status, which
    /// the operation answers with (not a 401).
    /// </summary>
    public async ValueTask<CallerResolution> ResolveAsync(HttpContext context, RequestCredential? credential)
    {
        if (credential is null || _resolver is null) return default;
        var caller = credential.Kind == CredentialKind.ApiKey
            ? await _resolver.ResolveApiKeyAsync(credential.Value, context.RequestAborted)
            : await _resolver.ResolveSessionAsync(credential.Value, context.RequestAborted);
        if (caller is null)
            return new CallerResolution(null, credential.Kind == CredentialKind.ApiKey ? "Invalid API Key" : "Invalid session");
        context.User = caller;
        if (credential.Kind == CredentialKind.Session) context.Features.Set(new AuthenticatedSession(credential.Value));
        return new CallerResolution(caller, null);
    }

    /// <summary>
    /// After a request that ends the session succeeded: ends every session it carries, whichever credential
    /// identified the caller, as ServiceStack's logout removes the session its cookie names.
    /// </summary>
    public async ValueTask EndSessionsAsync(HttpContext context, bool readSessionCookies)
    {
        if (_resolver is null) return;
        foreach (var sessionId in RequestCredential.SessionIds(context.Request, readSessionCookies))
            await _resolver.EndSessionAsync(sessionId, context.RequestAborted);
    }

    /// <summary>
    /// Whether <paramref name="operation"/> refuses a request without a caller: every operation but the anonymous
    /// ones when the host requires authentication, and any that requires a role. The app metadata reports the same.
    /// </summary>
    public static bool RequiresCaller(OperationModel operation, bool requireAuthentication) =>
        (requireAuthentication && !operation.AllowsAnonymous) || operation.RequiredRoles.Count > 0;

    /// <summary>
    /// Throws when the operation needs a caller the request does not have (401), when the caller holds a confined
    /// role (<see cref="ServiceHostOptions.ConfinedRoles"/>) the operation was not made for, or when it lacks the
    /// role the operation requires (both 403 Invalid Role).
    /// </summary>
    public void Authorize(OperationModel operation, CallerResolution resolution)
    {
        var needsCaller = RequiresCaller(operation, options.Value.RequireAuthentication);
        if (needsCaller && resolution.Caller is null)
            throw new AuthenticationRequiredException(resolution.Failure ?? "Not Authenticated");
        if (resolution.Caller is { } caller && !operation.AllowsAnonymous && IsConfinedElsewhere(operation, caller))
            throw new ForbiddenException("Invalid Role");
        if (operation.RequiredRoles.Count > 0 && !operation.RequiredRoles.Any(resolution.Caller!.IsInRole))
            throw new ForbiddenException("Invalid Role");
    }

    /// <summary>The caller holds confined roles and the operation requires none of them.</summary>
    private bool IsConfinedElsewhere(OperationModel operation, ClaimsPrincipal caller)
    {
        var confined = false;
        foreach (var role in _confinedRoles)
        {
            if (!caller.IsInRole(role)) continue;
            if (operation.RequiredRoles.Contains(role)) return false;
            confined = true;
        }
        return confined;
    }
}

/// <summary>Who a request's credential stands for, or (when nobody) why: "Invalid API Key", "Invalid session".</summary>
public readonly record struct CallerResolution(ClaimsPrincipal? Caller, string? Failure);
