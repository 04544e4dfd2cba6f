using ServiceStackCompat;

namespace CccApi.ServiceInterface.Infrastructure;

/// <summary>
/// The database could not be reached or did not answer in time: a 503 the caller may retry. The
/// provider's own exception is kept as the inner exception for the logs; the message names no server or SQL.
/// </summary>
public sealed class DatabaseUnavailableException(Exception inner)
    : Exception("The database is unavailable. Try again shortly.", inner), IHasStatusCode, IHasErrorCode, IResponseStatusConvertible
{
    public int StatusCode => 503;

    public string ErrorCode => "ServiceUnavailable";

    public ResponseStatus ToResponseStatus() => new(ErrorCode, Message);
}
