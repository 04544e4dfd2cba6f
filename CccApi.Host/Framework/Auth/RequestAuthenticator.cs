using CccApi.Host.Framework.Metadata;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;

namespace CccApi.Host.Framework.Auth;

/// <summary>
/// Before binding: authenticates the request and, when the host requires authentication, refuses an
/// operation not marked <c>[AllowAnonymous]</c> to a request without a valid credential.
/// </summary>
public sealed class RequestAuthenticator(IOptions<ServiceHostOptions> options)
{
    public async Task AuthenticateAsync(HttpContext context, OperationModel operation)
    {
        var result = await context.AuthenticateAsync(CredentialAuthenticationHandler.SchemeName);
        if (result.Succeeded) context.User = result.Principal;

        if (!options.Value.RequireAuthentication || operation.AllowsAnonymous || result.Succeeded) return;
        throw new AuthenticationRequiredException(result.Failure?.Message ?? "Not Authenticated");
    }
}
