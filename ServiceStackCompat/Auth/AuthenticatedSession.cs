namespace ServiceStackCompat.Auth;

/// <summary>
/// The session that identified this request's caller, kept as a request feature so the application can name
/// it (ServiceStack's "am I signed in?" answer carries it). Absent when an API key, or nothing, identified the caller.
/// </summary>
public sealed record AuthenticatedSession(string SessionId)
{
    public static string? IdOf(HttpContext? context) => context?.Features.Get<AuthenticatedSession>()?.SessionId;
}
