using CccApi.ServiceModel.Annotations;

namespace CccApi.Host.Framework.Auth;

/// <summary>The <c>ss-id</c> cookie: set from a response that starts a session, removed by one that ends it.</summary>
public static class SessionCookie
{
    public static void Apply(HttpContext context, object request, object? response)
    {
        if (response is IHasSessionId { SessionId: { Length: > 0 } sessionId })
        {
            context.Response.Cookies.Append(RequestCredential.SessionCookie, sessionId, new CookieOptions
            {
                HttpOnly = true,
                Secure = context.Request.IsHttps,
                SameSite = SameSiteMode.Lax,
                Path = "/",
            });
        }
        else if (request is IEndsSession { EndsSession: true })
        {
            context.Response.Cookies.Delete(RequestCredential.SessionCookie, new CookieOptions { Path = "/" });
        }
    }
}
