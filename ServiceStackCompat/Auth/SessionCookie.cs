using ServiceStackCompat;

namespace ServiceStackCompat.Auth;

/// <summary>
/// The session cookies: a response that starts a session sets the temporary <c>ss-id</c>; one that starts
/// a remembered session also sets the permanent <c>ss-pid</c> and <c>ss-opt=perm</c>, expiring with the
/// session, and one that starts an ordinary session removes those two if the request had them. A request
/// that ends the session removes all three; an answer that only names the caller's session changes none.
/// </summary>
public static class SessionCookie
{
    public static void Apply(HttpContext context, object request, object? response)
    {
        if (response is IHasSessionId { StartsSession: true, SessionId: { Length: > 0 } sessionId } started)
        {
            context.Response.Cookies.Append(RequestCredential.SessionCookie, sessionId, Options(context, expires: null));
            if (started.PermanentSessionExpiresOn is { } expiresOn)
            {
                var expires = new DateTimeOffset(DateTime.SpecifyKind(expiresOn, DateTimeKind.Utc));
                context.Response.Cookies.Append(RequestCredential.PermanentSessionCookie, sessionId, Options(context, expires));
                context.Response.Cookies.Append(RequestCredential.SessionOptionsCookie, RequestCredential.PermanentSessionOption, Options(context, expires));
            }
            else
            {
                // Else a permanent cookie left by an earlier remembered sign-in would still name that session.
                foreach (var name in PermanentCookies.Where(context.Request.Cookies.ContainsKey))
                    context.Response.Cookies.Delete(name, Options(context, expires: null));
            }
        }
        else if (request is IEndsSession { EndsSession: true })
        {
            foreach (var name in AllCookies)
                context.Response.Cookies.Delete(name, Options(context, expires: null));
        }
    }

    private static readonly string[] PermanentCookies = [RequestCredential.PermanentSessionCookie, RequestCredential.SessionOptionsCookie];

    private static readonly string[] AllCookies = [RequestCredential.SessionCookie, .. PermanentCookies];

    private static CookieOptions Options(HttpContext context, DateTimeOffset? expires) => new()
    {
        HttpOnly = true,
        Secure = context.Request.IsHttps,
        SameSite = SameSiteMode.Lax,
        Path = "/",
        Expires = expires,
    };
}
