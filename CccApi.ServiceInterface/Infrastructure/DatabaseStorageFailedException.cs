using ServiceStackCompat;

namespace CccApi.ServiceInterface.Infrastructure;

/// <summary>
/// The database's storage refused the operation or failed it (read-only, an I/O error): a 503 the caller may
/// retry once the storage is back. The provider's exception is kept as the inner exception for the logs.
/// </summary>
public sealed class DatabaseStorageFailedException(Exception inner)
    : Exception("The database's storage cannot be written right now, so nothing was saved. Try again shortly.", inner),
        IHasStatusCode, IHasErrorCode, IResponseStatusConvertible
{
    public int StatusCode => 503;

    public string ErrorCode => "ServiceUnavailable";

    public ResponseStatus ToResponseStatus() => new(ErrorCode, Message);
}
