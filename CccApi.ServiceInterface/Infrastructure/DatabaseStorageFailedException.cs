namespace CccApi.ServiceInterface.Infrastructure;

/// <summary>
/// The database's storage refused the operation or failed it (read-only, an I/O error): a 503 the caller may
/// retry once the storage is back.
/// </summary>
public sealed class DatabaseStorageFailedException(Exception inner) : DatabaseFailureException(
    "The database's storage cannot be written right now, so nothing was saved. Try again shortly.", inner, 503, "ServiceUnavailable");
