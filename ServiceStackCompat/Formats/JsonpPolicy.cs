namespace ServiceStackCompat.Formats;

/// <summary>
/// Whether <c>?callback=</c> is answered as JSONP, and with which credentials. A script tag on any
/// site sends the browser's cookies for this host, so a JSONP answer to a cookie would hand a signed-in
/// user's data to whichever page included it.
/// </summary>
public enum JsonpPolicy
{
    /// <summary>No JSONP: <c>?callback=</c> is ignored and the answer is plain JSON, which a script tag cannot read.</summary>
    Off,

    /// <summary>JSONP for anonymous operations and for callers who name their API key; the session cookies are not read.</summary>
    AnonymousAndApiKeyOnly,

    /// <summary>JSONP with every credential, session cookies included (ServiceStack's behaviour).</summary>
    On,
}
