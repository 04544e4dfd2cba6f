using CccApi.ServiceInterface.Auth;
using CccApi.ServiceInterface.Infrastructure;
using CccApi.ServiceInterface.Rules;
using CccApi.ServiceModel;
using Microsoft.Extensions.Logging;
using ServiceStackCompat;
using AdminUser = CccApi.ServiceInterface.Data.Entities.AdminUser;

namespace CccApi.ServiceInterface.Services;

/// <summary>
/// ServiceStack's /auth: the "credentials" provider (or its alias "login") starts a session, "logout" ends it,
/// and a request with neither provider nor user name answers who the caller is (401 when nobody).
/// </summary>
public sealed class AuthenticateService(AdminAccounts accounts, ICallerContext caller, SignInThrottle throttle, ILogger<AuthenticateService> logger)
{
    public const string CredentialsProvider = "credentials";
    public const string CredentialsAliasProvider = "login";
    public const string LogoutProvider = "logout";

    public async Task<AuthenticateResponse> Post(Authenticate request, CancellationToken ct)
    {
        if (IsLogout(request)) return Logout();
        if (AsksWhoIsSignedIn(request)) return CurrentCaller();
        var provider = request.Provider ?? CredentialsProvider;
        if (!IsCredentials(provider))
            throw HttpError.NotFound($"No configuration was added for OAuth provider '{provider}'");
        return await SignInAsync(request, ct);
    }

    /// <summary>
    /// As ServiceStack's default: GET answers who is signed in and logs out, but signs nobody in, so that no
    /// password travels in a URL (and into proxy and server logs).
    /// </summary>
    public Task<AuthenticateResponse> Get(Authenticate request, CancellationToken ct)
    {
        if (!IsLogout(request) && !AsksWhoIsSignedIn(request))
            throw new NotSupportedException("GET Authenticate requests are disabled: sign in with POST.");
        return Post(request, ct);
    }

    /// <summary>ServiceStack answers the session for a request that names neither a provider nor a user.</summary>
    private static bool AsksWhoIsSignedIn(Authenticate request) => request.Provider is null && request.UserName is null;

    /// <summary>
    /// The signed-in caller, as at sign-in. A caller identified by an API key is answered too (ServiceStack's
    /// API key provider authenticates the request's session), without a session id, since no session exists.
    /// </summary>
    private AuthenticateResponse CurrentCaller()
    {
        var userId = SignedInCaller.UserId(caller);
        return new AuthenticateResponse
        {
            UserId = userId.ToString("N"),
            SessionId = caller.SessionId,
            UserName = caller.UserName,
            DisplayName = caller.DisplayName,
            Roles = [caller.Type!.Value.ToString()],
            Permissions = [],
        };
    }

    private async Task<AuthenticateResponse> SignInAsync(Authenticate request, CancellationToken ct)
    {
        if (string.IsNullOrEmpty(request.UserName))
            throw HttpError.BadRequest("NotEmpty", "'User Name' must not be empty.", nameof(request.UserName));
        if (string.IsNullOrEmpty(request.Password))
            throw HttpError.BadRequest("NotEmpty", "'Password' must not be empty.", nameof(request.Password));

        var account = request.UserName;
        var address = caller.Address ?? "unknown";
        string? failure = null;
        try
        {
            throttle.Admit(account, address);
            var check = await DatabaseAvailability.RequireAsync(() => accounts.FindByCredentialsAsync(account, request.Password, ct));
            failure = check.Failure;
            var user = check.User ?? throw FailedSignIn(account, address);
            // A disable that landed since the password was checked is a failed sign-in like any other.
            var session = await DatabaseAvailability.RequireAsync(() => accounts.StartSessionAsync(user, request.RememberMe == true, ct));
            if (session is null)
            {
                failure = "disabled account";
                throw FailedSignIn(account, address);
            }
            return Started(user, session, request.RememberMe == true);
        }
        catch (HttpError refused)
        {
            // Never the password: the account as given, where from, and why.
            logger.LogWarning("Sign-in refused for {Account} from {Address}: {StatusCode} {Reason}",
                account, address, refused.StatusCode, failure ?? refused.Message);
            throw;
        }
    }

    private HttpError FailedSignIn(string account, string address)
    {
        throttle.Failed(account, address);
        return new HttpError(401, "Unauthorized", "Invalid UserName or Password");
    }

    private static AuthenticateResponse Started(AdminUser user, StartedSession session, bool rememberMe)
    {
        var response = new AuthenticateResponse
        {
            UserId = user.Id.ToString("N"),
            SessionId = session.SessionId,
            UserName = user.Email,
            DisplayName = user.DisplayName ?? user.Email,
            Roles = [user.Type.ToString()],
            // An admin user's rights follow from its type alone; ServiceStack's clients expect the list.
            Permissions = [],
        };
        // A remembered session also travels as the permanent ss-pid cookie, which lasts as long as the session.
        response.MarkSessionStarted(rememberMe ? session.ExpiresOn : null);
        return response;
    }

    /// <summary>
    /// The request is an <see cref="IEndsSession"/>: once it succeeds the host ends every
    /// session it carries (header and cookies, whichever credential identified the caller) and removes the cookies.
    /// </summary>
    private static AuthenticateResponse Logout() => new();

    private static bool IsLogout(Authenticate request) =>
        string.Equals(request.Provider, LogoutProvider, StringComparison.OrdinalIgnoreCase);

    private static bool IsCredentials(string provider) =>
        string.Equals(provider, CredentialsProvider, StringComparison.OrdinalIgnoreCase)
        || string.Equals(provider, CredentialsAliasProvider, StringComparison.OrdinalIgnoreCase);
}
