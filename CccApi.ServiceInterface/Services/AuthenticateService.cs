using CccApi.ServiceInterface.Auth;
using CccApi.ServiceInterface.Infrastructure;
using CccApi.ServiceInterface.Rules;
using CccApi.ServiceModel;
using Microsoft.Extensions.Logging;
using ServiceStackCompat;
using AdminUser = CccApi.ServiceInterface.Data.Entities.AdminUser;

namespace CccApi.ServiceInterface.Services;

/// <summary>ServiceStack's /auth: the "credentials" provider starts a session, "logout" ends it.</summary>
public sealed class AuthenticateService(AdminAccounts accounts, ICallerContext caller, SignInThrottle throttle, ILogger<AuthenticateService> logger)
{
    public const string CredentialsProvider = "credentials";
    public const string LogoutProvider = "logout";

    public async Task<AuthenticateResponse> Post(Authenticate request, CancellationToken ct)
    {
        if (IsLogout(request)) return Logout();
        var provider = request.Provider ?? CredentialsProvider;
        if (!string.Equals(provider, CredentialsProvider, StringComparison.OrdinalIgnoreCase))
            throw HttpError.NotFound($"No configuration was added for OAuth provider '{provider}'");
        return await SignInAsync(request, ct);
    }

    /// <summary>GET /auth/logout ends the session; GET /auth describes the signed-in caller.</summary>
    public Task<AuthenticateResponse> Get(Authenticate request, CancellationToken ct)
    {
        if (IsLogout(request)) return Task.FromResult(Logout());
        var userId = SignedInCaller.UserId(caller);
        return Task.FromResult(new AuthenticateResponse { UserId = userId.ToString("N"), Roles = [caller.Type.ToString()!] });
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
        };
        // A remembered session also travels as the permanent ss-pid cookie, which lasts as long as the session.
        if (rememberMe) response.RememberSessionUntil(session.ExpiresOn);
        return response;
    }

    /// <summary>
    /// The request is an <see cref="IEndsSession"/>: once it succeeds the host ends every
    /// session it carries (header and cookies, whichever credential identified the caller) and removes the cookies.
    /// </summary>
    private static AuthenticateResponse Logout() => new();

    private static bool IsLogout(Authenticate request) =>
        string.Equals(request.Provider, LogoutProvider, StringComparison.OrdinalIgnoreCase);
}
