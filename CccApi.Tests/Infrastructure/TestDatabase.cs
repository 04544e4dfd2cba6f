namespace CccApi.Tests.Infrastructure;

/// <summary>A fresh database for one host (a SQLite file in a temporary folder).</summary>
public sealed class TestDatabase : IDisposable
{
    private readonly string _directory;

    private TestDatabase(string directory, IReadOnlyDictionary<string, string> settings)
    {
        _directory = directory;
        Settings = settings;
    }

    /// <summary>Configuration keys that point a host at this database.</summary>
    public IReadOnlyDictionary<string, string> Settings { get; }

    public string FilePath => Path.Combine(_directory, "cccapi.db");

    public static TestDatabase CreateDefault()
    {
        var directory = Path.Combine(Path.GetTempPath(), "cccapi-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(directory);
        return new TestDatabase(directory, new Dictionary<string, string>
        {
            ["Database:Provider"] = "Sqlite",
            ["Database:ConnectionString"] = $"Data Source={Path.Combine(directory, "cccapi.db")}",
        });
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try { Directory.Delete(_directory, recursive: true); }
        catch (IOException) { /* a file still open is left to the OS temp cleaner */ }
    }
}
