using CccApi.ServiceInterface.Data;
using CccApi.ServiceInterface.Data.Commands;
using Microsoft.EntityFrameworkCore;

namespace CccApi.ServiceInterface.Usage;

/// <summary>
/// Adds to a reseller's or partner's monthly change in one statement that inserts the row or adds to it: changes
/// to two of its services' users may commit at once, and neither may lose the other's (an upsert on SQLite and
/// PostgreSQL, a MERGE holding its key range on SQL Server).
/// </summary>
internal static class UserCountMonthChanges
{
    public static Task AddAsync(CccDbContext db, Guid scopeId, DateTime month, int professional, int guest, CancellationToken ct) =>
        db.Database.ExecuteSqlRawAsync(SqlFor(RawCommands.DialectOf(db)), [scopeId, month, professional, guest], ct);

    internal static string SqlFor(SqlDialect dialect) => dialect switch
    {
        SqlDialect.SqlServer => """
            MERGE "UserCountMonthChanges" WITH (HOLDLOCK) AS t
            USING (SELECT {0} AS "ScopeId", {1} AS "Month", {2} AS "Professional", {3} AS "Guest") AS s
            ON t."ScopeId" = s."ScopeId" AND t."Month" = s."Month"
            WHEN MATCHED THEN UPDATE SET "Professional" = t."Professional" + s."Professional", "Guest" = t."Guest" + s."Guest"
            WHEN NOT MATCHED THEN INSERT ("ScopeId", "Month", "Professional", "Guest") VALUES (s."ScopeId", s."Month", s."Professional", s."Guest");
            """,
        _ => """
            INSERT INTO "UserCountMonthChanges" AS t ("ScopeId", "Month", "Professional", "Guest") VALUES ({0}, {1}, {2}, {3})
            ON CONFLICT ("ScopeId", "Month") DO UPDATE SET "Professional" = t."Professional" + excluded."Professional", "Guest" = t."Guest" + excluded."Guest"
            """,
    };
}
