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

        var deadline = DateTime.UtcNow + Wait;
        while (true)
        {
            try
            {
                var stream = new FileStream(databaseFilePath + ".startup-lock", FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None,
                    bufferSize: 1);
                return new FileHandle(stream);
            }
            catch (IOException) when (DateTime.UtcNow < deadline)
            {
                await Task.Delay(Retry, cancellationToken);
            }
        }
    }

    private sealed class FileHandle(FileStream? stream) : IAsyncDisposable
    {
        public ValueTask DisposeAsync() => stream?.DisposeAsync() ?? ValueTask.CompletedTask;
    }
}
