using ServiceStackCompat;

namespace ServiceStackCompat.Errors;

/// <summary>A status the HTTP layer itself answers with (body too large, unsupported content type).</summary>
public sealed class HostHttpException(int statusCode, string errorCode, string message) : Exception(message), IHasStatusCode, IHasErrorCode
{
    public int StatusCode { get; } = statusCode;

    public string ErrorCode { get; } = errorCode;

    public static HostHttpException PayloadTooLarge(long limit) =>
        new(StatusCodes.Status413PayloadTooLarge, "RequestEntityTooLarge", $"The request body is larger than the limit of {limit} bytes.");

    public static HostHttpException UnsupportedMediaType(string? contentType, string? hint = null) =>
        new(StatusCodes.Status415UnsupportedMediaType, "UnsupportedMediaType",
            hint is null ? $"The Content-Type '{contentType}' is not supported." : $"The Content-Type '{contentType}' is not supported. {hint}");
}
