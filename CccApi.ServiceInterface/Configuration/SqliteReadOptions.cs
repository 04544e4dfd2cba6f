namespace CccApi.ServiceInterface.Configuration;

/// <summary>
/// The "Database:Sqlite" section: per-connection read settings SQLite does not keep in the file. A report's index range
/// at 100,000 services spans thousands of pages; with SQLite's defaults (a 2 MB page cache, no memory map) each
/// query copies most of them in again from the operating system's cache.
/// </summary>
public sealed class SqliteReadOptions
{
    /// <summary>
    /// How much of the file each connection maps into memory (PRAGMA mmap_size): mapped pages are read in place,
    /// shared by all connections through the operating system's cache. 0 turns mapping off; SQLite caps it at its
    /// compiled-in limit (2 GiB in Microsoft.Data.Sqlite's build).
    /// </summary>
    public long MemoryMapBytes { get; set; } = 2L * 1024 * 1024 * 1024;

    /// <summary>Each connection's own page cache in KiB (PRAGMA cache_size = -N); SQLite's default is 2,000 KiB.</summary>
    public int CacheSizeKibibytes { get; set; } = 2000;
}
