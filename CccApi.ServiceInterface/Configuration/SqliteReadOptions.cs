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
    /// shared by all connections through the operating system's cache. SQLite caps it at its compiled-in limit
    /// (2 GiB in Microsoft.Data.Sqlite's build). Off (0, SQLite's default) unless set: while a mapped file grows,
    /// each write cost about three times the CPU (CreateServiceSku 0.43 to 1.43 ms in the bench), so mapping suits
    /// large read-mostly files only (the reports at 100,000 services: see bench/RESULTS.md).
    /// </summary>
    public long MemoryMapBytes { get; set; }

    /// <summary>Each connection's own page cache in KiB (PRAGMA cache_size = -N); SQLite's default is 2,000 KiB.</summary>
    public int CacheSizeKibibytes { get; set; } = 2000;
}
