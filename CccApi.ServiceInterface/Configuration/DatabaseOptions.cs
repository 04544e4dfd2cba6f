namespace CccApi.ServiceInterface.Configuration;

/// <summary>The "Database" configuration section.</summary>
public sealed class DatabaseOptions
{
    public const string SectionName = "Database";

    /// <summary>Which database to use: one of <see cref="DatabaseProviders"/>.</summary>
    public string Provider { get; set; } = DatabaseProviders.Sqlite;

    /// <summary>The provider's connection string; a relative SQLite Data Source is resolved against the host's content root.</summary>
    public string ConnectionString { get; set; } = "Data Source=App_Data/cccapi.db";

    /// <summary>Whether the host applies pending migrations when it starts (under a database-wide lock).</summary>
    public bool MigrateOnStartup { get; set; } = true;

    /// <summary>How long one SQL command may run before the operation fails, so a stuck database never hangs a request.</summary>
    public int CommandTimeoutSeconds { get; set; } = 30;

    /// <summary>SQLite only: how each connection reads the file.</summary>
    public SqliteReadOptions Sqlite { get; set; } = new();
}
