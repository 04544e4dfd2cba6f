using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace CccApi.ServiceInterface.Data.PostgreSql;

/// <summary>
/// Npgsql learns the database's types (citext among them) when it first connects and keeps them for
/// every later connection to that database. A host that connected before the migrations created the
/// citext extension would go on without it, so the types are read again once the schema is in place.
/// </summary>
internal sealed class PostgreSqlDatabaseInitializer : IDatabaseInitializer
{
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
