using ServiceStackCompat;

namespace CccApi.ServiceInterface.Infrastructure;

/// <summary>
/// The database's storage is full (a full disk, file group or quota), so the change was not saved: a 507
/// Insufficient Storage that stays until an operator frees space. The provider's exception is kept as the
/// inner exception for the logs; the message names no file, server or SQL.
/// </summary>
public sealed class DatabaseStorageFullException(Exception inner)
    : Exception("The database is out of storage space, so nothing was saved. Try again once space has been freed.", inner),
        IHasStatusCode, IHasErrorCode, IResponseStatusConvertible
{
    public int StatusCode => 507;

    public string ErrorCode => "InsufficientStorage";

    public ResponseStatus ToResponseStatus() => new(ErrorCode, Message);
}
