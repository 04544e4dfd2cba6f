namespace CccApi.ServiceModel.Annotations;

/// <summary>
/// A response that starts or ends a session: the host sets the <c>ss-id</c> cookie to
/// <see cref="SessionId"/>, or removes it when the response carries none.
/// </summary>
public interface IHasSessionId
{
    string? SessionId { get; }
}
