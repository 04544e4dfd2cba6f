namespace ServiceStackCompat;

/// <summary>
/// A response that names a session. When it started that session (<see cref="StartsSession"/>) the host sets
/// the <c>ss-id</c> cookie to <see cref="SessionId"/>; one that only describes the caller's session (ServiceStack's
/// "am I signed in?" answer) leaves the cookies as they are, since rewriting them would drop a remembered
/// session's <c>ss-pid</c>.
/// </summary>
public interface IHasSessionId
{
    string? SessionId { get; }

    /// <summary>The response started the session it names: the host sets the session cookies.</summary>
    bool StartsSession { get; }

    /// <summary>
    /// Set when the caller asked to be remembered: the host also sets the permanent <c>ss-pid</c> cookie to
    /// <see cref="SessionId"/> and <c>ss-opt=perm</c>, both expiring at this UTC time.
    /// </summary>
    DateTime? PermanentSessionExpiresOn => null;
}
