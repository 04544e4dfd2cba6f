using Microsoft.EntityFrameworkCore;

namespace CccApi.ServiceInterface.Data.Sqlite;

/// <summary>WAL is a property of the database file, so it is set once rather than on every connection.</summary>
internal sealed class SqliteDatabaseInitializer : IDatabaseInitializer
{
    public async Task PrepareAsync(CccDbContext db, CancellationToken cancellationToken) =>
        await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode = WAL;", cancellationToken);
}
