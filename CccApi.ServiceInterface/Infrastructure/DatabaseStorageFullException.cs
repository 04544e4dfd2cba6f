namespace CccApi.ServiceInterface.Infrastructure;

/// <summary>
/// The database's storage is full (a full disk, file group or quota), so the change was not saved: a 507
/// Insufficient Storage that stays until an operator frees space.
/// </summary>
public sealed class DatabaseStorageFullException(Exception inner) : DatabaseFailureException(
    "The database is out of storage space, so nothing was saved. Try again once space has been freed.", inner, 507, "InsufficientStorage");
