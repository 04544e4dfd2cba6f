namespace CccApi.Tests.Infrastructure;

/// <summary>
/// A fresh database for one host, on the provider the run targets (<see cref="TestDatabaseTarget"/>):
/// a SQLite file in a temporary folder, or a uniquely named PostgreSQL database dropped on dispose.
/// </summary>
public sealed class TestDatabase : IDisposable
{
    private readonly Action _drop;

    private TestDatabase(string provider, string connectionString, Action drop)
    {
        Provider = provider;
        ConnectionString = connectionString;
        _drop = drop;
        var settings = new Dictionary<string, string>
        {
            ["Database:Provider"] = provider,
            ["Database:ConnectionString"] = connectionString,
        };
        // The run's one Data Protection certificate: hosts that share this database share it (required on PostgreSQL).
        foreach (var (key, value) in TestCertificate.Settings) settings[key] = value;
        Settings = settings;
    }

    /// <summary>"Sqlite" or "PostgreSql", as Database:Provider names it.</summary>
    public string Provider { get; }

    public string ConnectionString { get; }

    /// <summary>Configuration keys that point a host at this database, and give it the run's <see cref="TestCertificate"/>.</summary>
    public IReadOnlyDictionary<string, string> Settings { get; }

    public static TestDatabase CreateDefault() =>
        TestDatabaseTarget.IsPostgreSql ? CreatePostgreSql() : CreateSqlite();

    /// <summary>A SQLite database whatever the run targets, for tests of SQLite's own behaviour.</summary>
    public static TestDatabase CreateSqlite()
    {
        var directory = Path.Combine(Path.GetTempPath(), "cccapi-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(directory);
        return new TestDatabase("Sqlite", $"Data Source={Path.Combine(directory, "cccapi.db")}", () =>
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            try { Directory.Delete(directory, recursive: true); }
            catch (IOException) { /* a file still open is left to the OS temp cleaner */ }
        });
    }

    private static TestDatabase CreatePostgreSql()
    {
        var server = TestDatabaseTarget.PostgreSqlServer;
        var connectionString = server.CreateDatabase();
        return new TestDatabase("PostgreSql", connectionString, () => server.DropDatabase(connectionString));
    }

    public void Dispose() => _drop();
}
