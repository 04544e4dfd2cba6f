using System.Runtime.Serialization;

namespace ServiceStackCompat;

/// <summary>
/// ServiceStack's built-in sign-in operation: provider "credentials" with userName/password, or "logout".
/// It is an operation of every host whose services implement it; its members travel in ServiceStack's
/// XML namespace, as ServiceStack's own DTO does.
/// </summary>
[Route("/auth", "GET,POST")]
[Route("/auth/{provider}", "GET,POST")]
[AllowAnonymous(IdentifiesCaller = true)]
[Api("Sign in with a user name and password (provider \"credentials\"), or end the session (provider \"logout\").")]
[DataContract(Namespace = Namespaces.ServiceStackTypes)]
public class Authenticate : IReturn<AuthenticateResponse>, IEndsSession
{
    [ApiMember(DataType = "String", Description = "\"credentials\" (the default) or \"logout\".", ParameterType = "path")]
    [DataMember]
    public string? Provider { get; set; }

    [ApiMember(DataType = "String", Description = "The user name to sign in with.", ParameterType = "body")]
    [DataMember]
    public string? UserName { get; set; }

    [ApiMember(DataType = "String", ParameterType = "body")]
    [DataMember]
    public string? Password { get; set; }

    [ApiMember(DataType = "Boolean", Description = "Keep the session for days rather than hours.", ParameterType = "body")]
    [DataMember]
    public bool? RememberMe { get; set; }

    bool IEndsSession.EndsSession => string.Equals(Provider, "logout", StringComparison.OrdinalIgnoreCase);
}

/// <summary>The answer to <see cref="Authenticate"/>: who signed in, and the session id.</summary>
[DataContract(Namespace = Namespaces.ServiceStackTypes)]
public class AuthenticateResponse : IHasResponseStatus, IHasSessionId
{
    private DateTime? _permanentSessionExpiresOn;

    [DataMember]
    public string? UserId { get; set; }

    [DataMember]
    public string? SessionId { get; set; }

    [DataMember]
    public string? UserName { get; set; }

    [DataMember]
    public string? DisplayName { get; set; }

    [DataMember]
    public List<string>? Roles { get; set; }

    [DataMember]
    public ResponseStatus? ResponseStatus { get; set; }

    /// <summary>Not on the wire: tells the host to set the permanent session cookies, expiring at <paramref name="expiresOn"/>.</summary>
    public void RememberSessionUntil(DateTime expiresOn) => _permanentSessionExpiresOn = expiresOn;

    DateTime? IHasSessionId.PermanentSessionExpiresOn => _permanentSessionExpiresOn;
}
