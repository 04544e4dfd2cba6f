using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql;

namespace CccApi.ServiceInterface.Data.PostgreSql;

/// <summary>
/// Before migrations: creates the migrations history table if it is missing. Npgsql's history
/// repository always reports that table as present and learns otherwise from a failed SELECT, which
/// EF logs as an error on every fresh database (npgsql/efcore.pg#3407); created first, as the
/// migrations would create it, the first probe succeeds and the log stays honest.
/// After migrations: Npgsql learns the database's types (citext among them) when it first connects and keeps them for
/// every later connection to that database. A host that connected before the migrations created the
/// citext extension would go on without it, so the types are read again once the schema is in place.
/// </summary>
internal sealed class PostgreSqlDatabaseInitializer : IDatabaseInitializer
{
    public async Task PrepareAsync(CccDbContext db, CancellationToken cancellationToken) =>
        await db.Database.ExecuteSqlRawAsync(db.GetService<IHistoryRepository>().GetCreateIfNotExistsScript(), cancellationToken);

    public async Task SchemaReadyAsync(CccDbContext db, CancellationToken cancellationToken)
    {
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            await ((NpgsqlConnection)db.Database.GetDbConnection()).ReloadTypesAsync(cancellationToken);
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }
}
