using ServiceStackCompat;

namespace CccApi.ServiceInterface.Infrastructure;

/// <summary>
/// A failure of the database itself rather than of the request, answered with its status and error code.
/// The provider's exception is kept as the inner exception for the logs; the message names no file, server or SQL.
/// </summary>
public abstract class DatabaseFailureException(string message, Exception inner, int statusCode, string errorCode)
    : Exception(message, inner), IHasStatusCode, IHasErrorCode, IResponseStatusConvertible
{
    public int StatusCode { get; } = statusCode;

    public string ErrorCode { get; } = errorCode;

    public ResponseStatus ToResponseStatus() => new(ErrorCode, Message);
}
