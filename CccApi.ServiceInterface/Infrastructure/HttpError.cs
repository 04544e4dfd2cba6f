using ServiceStackCompat;

namespace CccApi.ServiceInterface.Infrastructure;

/// <summary>
/// A rule the request broke, answered with <see cref="StatusCode"/>; the host turns it into a
/// <see cref="ResponseStatus"/> whose error code is also the status line's reason phrase.
/// </summary>
public sealed class HttpError : Exception, IHasStatusCode, IHasErrorCode, IResponseStatusConvertible, IHasRetryAfter
{
    public HttpError(int statusCode, string errorCode, string message, string? fieldName = null)
        : base(message)
    {
        StatusCode = statusCode;
        ErrorCode = errorCode;
        FieldName = fieldName;
    }

    public int StatusCode { get; }

    public string ErrorCode { get; }

    /// <summary>The request property at fault, reported in <c>errors[]</c>; null when the whole request is.</summary>
    public string? FieldName { get; }

    /// <summary>When the same request may succeed again (sent as <c>Retry-After</c>); null when it would not.</summary>
    public TimeSpan? RetryAfter { get; init; }

    public static HttpError NotFound(string message, string? fieldName = null) => new(404, "NotFound", message, fieldName);

    public static HttpError Conflict(string message, string? fieldName = null) => new(409, "Conflict", message, fieldName);

    public static HttpError Forbidden(string message, string? fieldName = null) => new(403, "Forbidden", message, fieldName);

    public static HttpError BadRequest(string errorCode, string message, string? fieldName = null) => new(400, errorCode, message, fieldName);

    public static HttpError TooManyRequests(string message, TimeSpan retryAfter) => new(429, "TooManyRequests", message) { RetryAfter = retryAfter };

    public static HttpError ServiceUnavailable(string message, TimeSpan retryAfter) => new(503, "ServiceUnavailable", message) { RetryAfter = retryAfter };

    public ResponseStatus ToResponseStatus()
    {
        var status = new ResponseStatus(ErrorCode, Message);
        if (FieldName is not null)
            status.Errors.Add(new ResponseError { ErrorCode = ErrorCode, FieldName = FieldName, Message = Message });
        return status;
    }
}
