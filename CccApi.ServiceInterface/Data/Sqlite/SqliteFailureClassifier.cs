using Microsoft.Data.Sqlite;

namespace CccApi.ServiceInterface.Data.Sqlite;

/// <summary>
/// By SQLite's primary result code (the low byte, so an extended code such as SQLITE_IOERR_WRITE counts as
/// its primary one): SQLITE_BUSY (5) and SQLITE_LOCKED (6) after the busy timeout, and SQLITE_CANTOPEN (14),
/// the file cannot be used now; SQLITE_FULL (13), the disk (or max_page_count) is full; SQLITE_READONLY (8)
/// and SQLITE_IOERR (10), the file cannot be written.
/// </summary>
internal sealed class SqliteFailureClassifier : IDatabaseFailureClassifier
{
    public const int Busy = 5;
    public const int Locked = 6;
    public const int ReadOnly = 8;
    public const int IoError = 10;
    public const int Full = 13;
    public const int CantOpen = 14;

    public DatabaseFailureKind Classify(Exception exception) => exception is SqliteException sqlite
        ? (sqlite.SqliteErrorCode & 0xFF) switch
        {
            Busy or Locked or CantOpen => DatabaseFailureKind.Unavailable,
            Full => DatabaseFailureKind.StorageFull,
            ReadOnly or IoError => DatabaseFailureKind.StorageFailed,
            _ => DatabaseFailureKind.Other,
        }
        : DatabaseFailureKind.Other;
}
