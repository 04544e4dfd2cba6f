namespace ServiceStackCompat.Auth;

/// <summary>
/// Fills <see cref="AuthenticateResponse.ReferrerUrl"/> as ServiceStack's AuthenticateService does: the page the
/// caller asked to continue to (<c>?continue=</c>, or <c>?returnUrl=</c>), else the request's Referer. The host
/// only reports it; it never redirects there, so the value needs no allow-list.
/// </summary>
public static class AuthenticateReferrer
{
    public static void Apply(HttpContext context, object? response)
    {
        if (response is not AuthenticateResponse { ReferrerUrl: null } answer) return;
        var query = context.Request.Query;
        answer.ReferrerUrl = NonEmpty(query["continue"]) ?? NonEmpty(query["returnUrl"]) ?? NonEmpty(context.Request.Headers.Referer);
    }

    private static string? NonEmpty(Microsoft.Extensions.Primitives.StringValues values) =>
        values.Count > 0 && !string.IsNullOrEmpty(values[0]) ? values[0] : null;
}
