using ServiceStackCompat;

namespace CccApi.ServiceModel;

/// <summary>ServiceStack's sign-in: provider "credentials" with userName/password, or "logout".</summary>
[Route("/auth", "GET,POST")]
[Route("/auth/{provider}", "GET,POST")]
[AllowAnonymous(IdentifiesCaller = true)]
[Api("Sign in with a user name and password (provider \"credentials\"), or end the session (provider \"logout\").")]
public class Authenticate : IReturn<AuthenticateResponse>, IEndsSession
{
    [ApiMember(DataType = "String", Description = "\"credentials\" (the default) or \"logout\".", ParameterType = "path")]
    public string? Provider { get; set; }

    [ApiMember(DataType = "String", Description = "The admin user's email address.", ParameterType = "body")]
    public string? UserName { get; set; }

    [ApiMember(DataType = "String", ParameterType = "body")]
    public string? Password { get; set; }

    [ApiMember(DataType = "Boolean", Description = "Keep the session for days rather than hours.", ParameterType = "body")]
    public bool? RememberMe { get; set; }

    bool IEndsSession.EndsSession => string.Equals(Provider, "logout", StringComparison.OrdinalIgnoreCase);
}

public class AuthenticateResponse : IHasResponseStatus, IHasSessionId
{
    private DateTime? _permanentSessionExpiresOn;

    public string? UserId { get; set; }

    public string? SessionId { get; set; }

    public string? UserName { get; set; }

    public string? DisplayName { get; set; }

    public List<string>? Roles { get; set; }

    public ResponseStatus? ResponseStatus { get; set; }

    /// <summary>Not on the wire: tells the host to set the permanent session cookies, expiring at <paramref name="expiresOn"/>.</summary>
    public void RememberSessionUntil(DateTime expiresOn) => _permanentSessionExpiresOn = expiresOn;

    DateTime? IHasSessionId.PermanentSessionExpiresOn => _permanentSessionExpiresOn;
}
