using Microsoft.Data.Sqlite;

namespace CccApi.ServiceInterface.Data.Sqlite;

internal static class SqliteConnectionStrings
{
    /// <summary>
    /// Anchors a relative Data Source to <paramref name="baseDirectory"/> (so the file does not move with
    /// the working directory) and creates its folder; in-memory and URI sources are left alone.
    /// </summary>
    public static string Resolve(string connectionString, string baseDirectory)
    {
        var builder = new SqliteConnectionStringBuilder(connectionString);
        var dataSource = builder.DataSource;
        var isFile = !string.IsNullOrEmpty(dataSource)
            && dataSource != ":memory:"
            && builder.Mode != SqliteOpenMode.Memory
            && !dataSource.StartsWith("file:", StringComparison.OrdinalIgnoreCase);
        if (!isFile)
            return builder.ToString();

        var path = Path.GetFullPath(Path.IsPathRooted(dataSource) ? dataSource : Path.Combine(baseDirectory, dataSource));
        var folder = Path.GetDirectoryName(path);
        if (!string.IsNullOrEmpty(folder))
            Directory.CreateDirectory(folder);
        builder.DataSource = path;
        return builder.ToString();
    }
}
