using Microsoft.Data.Sqlite;

namespace CccApi.ServiceInterface.Data.Sqlite;

/// <summary>SQLITE_BUSY (5) and SQLITE_LOCKED (6) after the busy timeout, and SQLITE_CANTOPEN (14): the file cannot be used now.</summary>
internal sealed class SqliteFailureClassifier : IDatabaseFailureClassifier
{
    private const int Busy = 5;
    private const int Locked = 6;
    private const int CantOpen = 14;

    public bool IsUnavailable(Exception exception) =>
        exception is SqliteException { SqliteErrorCode: Busy or Locked or CantOpen };
}
