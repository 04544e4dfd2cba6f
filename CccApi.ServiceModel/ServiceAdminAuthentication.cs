using ServiceStackCompat;

namespace CccApi.ServiceModel;

/// <summary>
/// Anonymous: the caller has no CCC credential yet, the messaging platform's session token is its credential. The
/// service's collection's messaging platform (its ServicesApiBaseUrl) checks the token; the session answered is one of
/// ours, for the service's Service admin (see the README). The stored copy (markdown only) shows the routes, fields and
/// both samples but not the response type's name. Its answer carries a session id, so it is never cacheable
/// (<see cref="AllowAnonymousAttribute.IdentifiesCaller"/>, as sign-in's).
/// </summary>
[AllowAnonymous(IdentifiesCaller = true)]
[Route("/services/{ServiceGuid}/authenticate", "POST", Summary = "Authenticate against the CCCAPI API")]
public class AuthenticateServiceAdminUser : IReturn<AuthenticateServiceAdminUserResponse>
{
    [ApiMember(DataType = "Guid", Description = "The service the user belongs to.", IsRequired = true, ParameterType = "path")]
    public Guid ServiceGuid { get; set; }

    [ApiMember(DataType = "String", Description = "MsgAPI session token", IsRequired = true, ParameterType = "body")]
    [Secret]
    public string? Token { get; set; }

    [ApiMember(DataType = "Boolean", Description = "If true, will keep the session active for 7 days from the moment the user is signed in", ParameterType = "body")]
    [ApiAllowableValues("true", "false")]
    public bool? RememberMe { get; set; }
}

/// <summary>Serialises sessionId, userName, then responseStatus (BaseResponse's), as the page's sample.</summary>
public class AuthenticateServiceAdminUserResponse : BaseResponse
{
    public string? SessionId { get; set; }

    public string? UserName { get; set; }
}
