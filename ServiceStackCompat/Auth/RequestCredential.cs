using System.Text;
using Microsoft.Extensions.Primitives;

namespace ServiceStackCompat.Auth;

public enum CredentialKind
{
    ApiKey,
    Session,
}

/// <summary>
/// The credential a request carries, read where ServiceStack's providers read it:
/// <c>Authorization: Bearer &lt;key&gt;</c>, HTTP Basic with the key as user name, the <c>X-ss-id</c>
/// header, the session cookies and, when the host allows it, an <c>apikey</c> query parameter.
/// As in ServiceStack, <c>ss-opt=perm</c> makes the permanent <c>ss-pid</c> cookie the session id and
/// otherwise the temporary <c>ss-id</c>; when only one of the two is sent, that one. The cookies are
/// not read when the caller says so (a JSONP request, which any site's script tag can make).
/// </summary>
public sealed record RequestCredential(CredentialKind Kind, string Value)
{
    public const string SessionHeader = "X-ss-id";
    public const string SessionCookie = "ss-id";
    public const string PermanentSessionCookie = "ss-pid";
    public const string SessionOptionsCookie = "ss-opt";
    public const string PermanentSessionOption = "perm";
    public const string ApiKeyParameter = "apikey";

    public static RequestCredential? Read(HttpRequest request, bool allowApiKeyInQueryString, bool readSessionCookies = true)
    {
        if (SplitAuthorization(request.Headers.Authorization.ToString(), out var scheme) is { } parameter)
        {
            if (scheme.Equals("Bearer", StringComparison.OrdinalIgnoreCase))
                return new RequestCredential(CredentialKind.ApiKey, parameter);
            if (scheme.Equals("Basic", StringComparison.OrdinalIgnoreCase) && BasicUserName(parameter) is { } userName)
                return new RequestCredential(CredentialKind.ApiKey, userName);
        }
        if (NonEmpty(request.Headers[SessionHeader]) is { } header)
            return new RequestCredential(CredentialKind.Session, header);
        if (readSessionCookies && SessionCookieValue(request.Cookies) is { } cookie)
            return new RequestCredential(CredentialKind.Session, cookie);
        if (allowApiKeyInQueryString && NonEmpty(request.Query[ApiKeyParameter]) is { } key)
            return new RequestCredential(CredentialKind.ApiKey, key);
        return null;
    }

    /// <summary>
    /// Whether the request carries anything that may be a credential, read or not (a session cookie under
    /// JSONP, <c>?apikey=</c> where it is not accepted): its answer is then private to that caller.
    /// </summary>
    public static bool IsCarriedBy(HttpRequest request) =>
        request.Headers.Authorization.Count > 0
        || request.Headers.ContainsKey(SessionHeader)
        || request.Cookies.ContainsKey(SessionCookie)
        || request.Cookies.ContainsKey(PermanentSessionCookie)
        || request.Query.ContainsKey(ApiKeyParameter);

    /// <summary>Every session id the request carries (header and both cookies), for logout to end them all.</summary>
    public static IEnumerable<string> SessionIds(HttpRequest request, bool readSessionCookies)
    {
        IEnumerable<string?> candidates = readSessionCookies
            ? [NonEmpty(request.Headers[SessionHeader]), NonEmpty(request.Cookies[SessionCookie]), NonEmpty(request.Cookies[PermanentSessionCookie])]
            : [NonEmpty(request.Headers[SessionHeader])];
        return candidates.OfType<string>().Distinct(StringComparer.Ordinal);
    }

    /// <summary>
    /// "Scheme parameter" (RFC 9110 credentials): the parameter, with the scheme in
    /// <paramref name="scheme"/>; null when either is missing. Split by hand because only the two
    /// schemes above are read, so the general parser's header objects would be made for nothing.
    /// </summary>
    private static string? SplitAuthorization(string value, out ReadOnlySpan<char> scheme)
    {
        var text = value.AsSpan().Trim();
        var space = text.IndexOfAny(' ', '\t');
        scheme = space > 0 ? text[..space] : default;
        if (space <= 0) return null;
        var parameter = text[(space + 1)..].Trim();
        return parameter.Length > 0 ? parameter.ToString() : null;
    }

    private static string? SessionCookieValue(IRequestCookieCollection cookies)
    {
        var temporary = NonEmpty(cookies[SessionCookie]);
        var permanent = NonEmpty(cookies[PermanentSessionCookie]);
        return cookies[SessionOptionsCookie] == PermanentSessionOption ? permanent ?? temporary : temporary ?? permanent;
    }

    private static string? NonEmpty(string? value) => string.IsNullOrEmpty(value) ? null : value;

    private static string? NonEmpty(StringValues values) => values.Count > 0 && !string.IsNullOrEmpty(values[0]) ? values[0] : null;

    private static string? BasicUserName(string parameter)
    {
        var bytes = new byte[parameter.Length];
        if (!Convert.TryFromBase64String(parameter, bytes, out var length)) return null;
        var text = Encoding.UTF8.GetString(bytes, 0, length);
        var colon = text.IndexOf(':', StringComparison.Ordinal);
        var userName = colon < 0 ? text : text[..colon];
        return userName.Length > 0 ? userName : null;
    }
}
