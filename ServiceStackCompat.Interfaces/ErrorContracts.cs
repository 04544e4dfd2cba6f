namespace ServiceStackCompat;

/// <summary>An exception that chooses its own HTTP status.</summary>
public interface IHasStatusCode
{
    int StatusCode { get; }
}

/// <summary>An exception that chooses its own error code.</summary>
public interface IHasErrorCode
{
    string ErrorCode { get; }
}

/// <summary>An exception that knows how to describe itself as a <see cref="ResponseStatus"/>.</summary>
public interface IResponseStatusConvertible
{
    ResponseStatus ToResponseStatus();
}

/// <summary>An exception the caller may retry after a while: the host sends <c>Retry-After</c> when it is set.</summary>
public interface IHasRetryAfter
{
    TimeSpan? RetryAfter { get; }
}
