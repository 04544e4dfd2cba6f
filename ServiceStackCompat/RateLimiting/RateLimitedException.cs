using ServiceStackCompat;

namespace ServiceStackCompat.RateLimiting;

/// <summary>The caller used up its requests for the current window: 429, to be retried after <see cref="RetryAfter"/>.</summary>
public sealed class RateLimitedException(TimeSpan retryAfter)
    : Exception("Too many requests. Retry after the time in the Retry-After header."), IHasStatusCode, IHasErrorCode, IHasRetryAfter
{
    public TimeSpan RetryAfter { get; } = retryAfter;

    TimeSpan? IHasRetryAfter.RetryAfter => RetryAfter;

    public int StatusCode => StatusCodes.Status429TooManyRequests;

    public string ErrorCode => "TooManyRequests";
}
