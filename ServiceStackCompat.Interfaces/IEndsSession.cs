namespace ServiceStackCompat;

/// <summary>A request that, when it succeeds, ends the caller's session: the host removes the <c>ss-id</c> cookie.</summary>
public interface IEndsSession
{
    bool EndsSession { get; }
}
