namespace CccApi.ServiceInterface.Data.Sqlite;

/// <summary>
/// SQLite is single-writer per file, and EF's migrations hold its write lock; this also serialises the
/// Catalog upsert of hosts starting together on one file, with an exclusive lock on a file beside it
/// (left in place: deleting it would let a waiter lock a file that is no longer the lock).
/// In-memory databases belong to one process and need no lock.
/// </summary>
internal sealed class SqliteStartupLock(string? databaseFilePath) : IDatabaseStartupLock
{
    private static readonly TimeSpan Wait = TimeSpan.FromMinutes(5);
    private static readonly TimeSpan Retry = TimeSpan.FromMilliseconds(100);

    public async Task<IAsyncDisposable> AcquireAsync(CancellationToken cancellationToken)
    {
        if (databaseFilePath is null)
            return new FileHandle(null);

        var lockPath = databaseFilePath + ".startup-lock";
        var deadline = DateTime.UtcNow + Wait;
        while (true)
        {
            try
            {
                var stream = new FileStream(lockPath, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None, bufferSize: 1);
                return new FileHandle(stream);
            }
            catch (IOException ex) when (IsHeldByAnotherProcess(ex))
            {
                if (DateTime.UtcNow >= deadline)
                    throw new DatabaseStartupException(
                        $"The SQLite database {databaseFilePath} cannot be used: another process has held its start-up lock {lockPath} for {Wait.TotalMinutes:0} minutes.", ex);
                await Task.Delay(Retry, cancellationToken);
            }
            catch (Exception ex) when (ex is UnauthorizedAccessException || (ex is IOException io && !IsHeldByAnotherProcess(io)))
            {
                // A folder the host may not write (read-only, another owner, a read-only file system) fails the
                // same way every time: waiting out the five minutes would only hide it.
                throw new DatabaseStartupException(
                    $"The SQLite database {databaseFilePath} cannot be used: the host cannot create files in its folder {Path.GetDirectoryName(databaseFilePath)} ({ex.Message}). "
                    + "SQLite writes its journal and this lock file there, so the folder must be writable by the host.", ex);
            }
        }
    }

    /// <summary>
    /// The one failure worth waiting for: another host holds the lock. .NET reports it as EWOULDBLOCK from flock
    /// on Linux (11) and macOS (35), and as a sharing or lock violation on Windows.
    /// </summary>
    private static bool IsHeldByAnotherProcess(IOException exception) =>
        exception.HResult is 11 or 35 or unchecked((int)0x80070020) or unchecked((int)0x80070021);

    private sealed class FileHandle(FileStream? stream) : IAsyncDisposable
    {
        public ValueTask DisposeAsync() => stream?.DisposeAsync() ?? ValueTask.CompletedTask;
    }
}
