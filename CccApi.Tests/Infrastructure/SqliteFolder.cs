using Microsoft.Data.Sqlite;

namespace CccApi.Tests.Infrastructure;

/// <summary>Takes a running host's SQLite database away, as an outage does.</summary>
public static class SqliteFolder
{
    /// <summary>
    /// Deletes the folder of the database's file. The host's background work (the trial expiry's check at start-up)
    /// may have the file open or be writing its journal at that moment, so the delete is tried again until it holds.
    /// </summary>
    public static async Task DeleteAsync(TestDatabase database)
    {
        var folder = Path.GetDirectoryName(new SqliteConnectionStringBuilder(database.ConnectionString).DataSource)!;
        for (var attempt = 1; ; attempt++)
        {
            SqliteConnection.ClearAllPools();
            try
            {
                Directory.Delete(folder, recursive: true);
                return;
            }
            catch (IOException) when (attempt < 50)
            {
                await Task.Delay(50);
            }
        }
    }
}
