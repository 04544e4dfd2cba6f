namespace CccApi.ServiceInterface.Configuration;

/// <summary>The "Database" configuration section.</summary>
public sealed class DatabaseOptions
{
    public const string SectionName = "Database";

    /// <summary>Which database to use; "Sqlite" is the one supported so far.</summary>
    public string Provider { get; set; } = DatabaseProviders.Sqlite;

    /// <summary>A relative SQLite Data Source is resolved against the host's content root.</summary>
    public string ConnectionString { get; set; } = "Data Source=App_Data/cccapi.db";
}

public static class DatabaseProviders
{
    public const string Sqlite = "Sqlite";
}
