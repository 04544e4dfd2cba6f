using Microsoft.EntityFrameworkCore;

namespace CccApi.ServiceInterface.Data.Sqlite;

/// <summary>
/// Scoped beside the request's database context and resolved after it, so that it is disposed before the
/// context goes back to the pool: then whatever the context's connection still holds at the write gate
/// is given back, however the request ended.
/// </summary>
internal sealed class SqliteWriteGateRelease(SqliteCccDbContext db, SqliteWriteGate gate) : IDisposable
{
    public void Dispose() => gate.ReleaseHeldBy(db.Database.GetDbConnection());
}
