namespace ServiceStackCompat;

/// <summary>
/// A response that starts or ends a session: the host sets the <c>ss-id</c> cookie to
/// <see cref="SessionId"/>, or removes the session cookies when the response carries none.
/// </summary>
public interface IHasSessionId
{
    string? SessionId { get; }

    /// <summary>
    /// Set when the caller asked to be remembered: the host also sets the permanent <c>ss-pid</c> cookie to
    /// <see cref="SessionId"/> and <c>ss-opt=perm</c>, both expiring at this UTC time.
    /// </summary>
    DateTime? PermanentSessionExpiresOn => null;
}
