namespace CccApi.ServiceInterface.Data;

/// <summary>What a provider's exception says about the database, as far as the caller's answer goes.</summary>
public enum DatabaseFailureKind
{
    /// <summary>Not a failure of the database itself (a constraint, a bad statement): left to whoever handles it.</summary>
    Other,

    /// <summary>The database cannot be reached or did not answer in time: 503.</summary>
    Unavailable,

    /// <summary>The database's storage is full (a full disk, file group or quota): 507.</summary>
    StorageFull,

    /// <summary>The database's storage refuses writes or fails (read-only, an I/O error): 503.</summary>
    StorageFailed,
}
