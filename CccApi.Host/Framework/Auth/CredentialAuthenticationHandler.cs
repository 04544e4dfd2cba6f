using System.Security.Claims;
using System.Text.Encodings.Web;
using CccApi.ServiceModel.Annotations;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;

namespace CccApi.Host.Framework.Auth;

/// <summary>
/// Resolves the request's credential once, through the application's <see cref="ICredentialResolver"/>:
/// no credential is no result, a credential the resolver does not know is a failure.
/// </summary>
public sealed class CredentialAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> schemeOptions,
    ILoggerFactory loggerFactory,
    UrlEncoder encoder,
    IOptions<ServiceHostOptions> hostOptions,
    IEnumerable<ICredentialResolver> resolvers)
    : AuthenticationHandler<AuthenticationSchemeOptions>(schemeOptions, loggerFactory, encoder)
{
    public const string SchemeName = "ServiceStack";

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var credential = RequestCredential.Read(Request, hostOptions.Value.AllowApiKeysInHttpParams);
        if (credential is null) return AuthenticateResult.NoResult();

        // A host whose application resolves no credentials knows no caller.
        var resolver = resolvers.FirstOrDefault();
        if (resolver is null) return AuthenticateResult.NoResult();

        ClaimsPrincipal? principal;
        try
        {
            principal = credential.Kind == CredentialKind.ApiKey
                ? await resolver.ResolveApiKeyAsync(credential.Value, Context.RequestAborted)
                : await resolver.ResolveSessionAsync(credential.Value, Context.RequestAborted);
        }
        catch (Exception exception) when (exception is IHasStatusCode)
        {
            // The resolver could not decide (e.g. its store is down): the operation answers with that status.
            return AuthenticateResult.Fail(exception);
        }
        return principal is null
            ? AuthenticateResult.Fail(credential.Kind == CredentialKind.ApiKey ? "Invalid API Key" : "Invalid session")
            : AuthenticateResult.Success(new AuthenticationTicket(principal, SchemeName));
    }
}
