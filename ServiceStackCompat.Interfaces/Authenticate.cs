using System.Runtime.Serialization;

namespace ServiceStackCompat;

/// <summary>
/// ServiceStack's built-in sign-in operation: provider "credentials" with userName/password, "logout", or
/// neither provider nor user name to ask who the session belongs to.
/// It is an operation of every host whose services implement it; its members travel in ServiceStack's
/// XML namespace under ServiceStack's names and DataMember orders (the gaps are members of ServiceStack's
/// DTO this host does not take), so its XmlServiceClient's requests, which the DataContract serializer
/// reads in that order only, lose no member.
/// </summary>
[Route("/auth", "GET,POST")]
[Route("/auth/{provider}", "GET,POST")]
[AllowAnonymous(IdentifiesCaller = true)]
[Api("Sign in with a user name and password (provider \"credentials\"), end the session (provider \"logout\"), or, with neither provider nor user name, answer who is signed in.")]
[DataContract(Namespace = Namespaces.ServiceStackTypes)]
public class Authenticate : IReturn<AuthenticateResponse>, IPost, IEndsSession
{
    [ApiMember(DataType = "String", Description = "\"credentials\" (the default) or \"logout\".", ParameterType = "path")]
    [DataMember(Name = "provider", Order = 1)]
    public string? Provider { get; set; }

    [ApiMember(DataType = "String", Description = "The user name to sign in with.", ParameterType = "body")]
    [DataMember(Order = 5)]
    public string? UserName { get; set; }

    [ApiMember(DataType = "String", ParameterType = "body")]
    [DataMember(Order = 6)]
    public string? Password { get; set; }

    [ApiMember(DataType = "Boolean", Description = "Keep the session for days rather than hours.", ParameterType = "body")]
    [DataMember(Order = 7)]
    public bool? RememberMe { get; set; }

    bool IEndsSession.EndsSession => string.Equals(Provider, "logout", StringComparison.OrdinalIgnoreCase);
}

/// <summary>
/// The answer to <see cref="Authenticate"/>: who signed in (or is signed in), and the session id; written in
/// ServiceStack's DataMember order, in which its clients read it. ServiceStack's BearerToken (6), RefreshToken
/// (7), ProfileUrl (8) and Meta (12) are left out: this host issues no tokens and keeps no profile pictures.
/// </summary>
[DataContract(Namespace = Namespaces.ServiceStackTypes)]
public class AuthenticateResponse : IHasResponseStatus, IHasSessionId
{
    private bool _startsSession;
    private DateTime? _permanentSessionExpiresOn;

    [DataMember(Order = 1)]
    public string? UserId { get; set; }

    [DataMember(Order = 2)]
    public string? SessionId { get; set; }

    [DataMember(Order = 3)]
    public string? UserName { get; set; }

    [DataMember(Order = 4)]
    public string? DisplayName { get; set; }

    /// <summary>Where the caller came from: the request's <c>continue</c> or <c>returnUrl</c> parameter, else its Referer.</summary>
    [DataMember(Order = 5)]
    public string? ReferrerUrl { get; set; }

    [DataMember(Order = 9)]
    public List<string>? Roles { get; set; }

    [DataMember(Order = 10)]
    public List<string>? Permissions { get; set; }

    [DataMember(Order = 11)]
    public ResponseStatus? ResponseStatus { get; set; }

    /// <summary>
    /// Not on the wire: this answer started its session, so the host sets the <c>ss-id</c> cookie; with
    /// <paramref name="rememberedUntil"/> also the permanent session cookies, expiring then.
    /// </summary>
    public void MarkSessionStarted(DateTime? rememberedUntil = null)
    {
        _startsSession = true;
        _permanentSessionExpiresOn = rememberedUntil;
    }

    bool IHasSessionId.StartsSession => _startsSession;

    DateTime? IHasSessionId.PermanentSessionExpiresOn => _permanentSessionExpiresOn;
}
