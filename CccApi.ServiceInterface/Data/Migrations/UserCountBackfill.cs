namespace CccApi.ServiceInterface.Data.Migrations;

/// <summary>
/// AddUsageReporting's backfill: each existing service gets user-count rows with the counts it has at the upgrade,
/// dated the day and month it was created (the history before the upgrade is not known per day), and its reseller
/// and partner the matching monthly changes, so that the reports count the services created before the upgrade.
/// </summary>
internal static class UserCountBackfill
{
    public static IEnumerable<string> Statements(Func<string, string> dayOf, Func<string, string> monthOf)
    {
        const string Counts = """
            COUNT(u."Id"),
            COALESCE(SUM(CASE WHEN u."Status" = 'Active' AND g."Type" = 'Professional' THEN 1 ELSE 0 END), 0),
            COALESCE(SUM(CASE WHEN u."Status" = 'Active' AND g."Type" = 'Guest' THEN 1 ELSE 0 END), 0),
            COALESCE(SUM(CASE WHEN u."Status" = 'Disabled' THEN 1 ELSE 0 END), 0),
            COALESCE(SUM(CASE WHEN u."Status" = 'Active' AND u."RegisteredOn" IS NULL THEN 1 ELSE 0 END), 0)
            FROM "Services" s
            LEFT JOIN "ServiceUsers" u ON u."ServiceId" = s."Id"
            LEFT JOIN "ServiceUserGroups" g ON g."Id" = u."GroupId"
            GROUP BY s."Id", s."CreatedOn"
            """;
        yield return $"""
            INSERT INTO "ServiceUserCountDays" ("ServiceId", "Day", "Total", "Professional", "Guest", "Disabled", "Unregistered")
            SELECT s."Id", {dayOf("s.\"CreatedOn\"")}, {Counts}
            """;
        yield return $"""
            INSERT INTO "ServiceUserCountMonths" ("ServiceId", "Month", "Total", "Professional", "Guest", "Disabled", "Unregistered")
            SELECT s."Id", {monthOf("s.\"CreatedOn\"")}, {Counts}
            """;
        yield return """
            INSERT INTO "UserCountMonthChanges" ("ScopeId", "Month", "Professional", "Guest")
            SELECT x."ScopeId", x."Month", SUM(x."Professional"), SUM(x."Guest")
            FROM (
                SELECT s."ResellerId" AS "ScopeId", m."Month", m."Professional", m."Guest"
                FROM "ServiceUserCountMonths" m JOIN "Services" s ON s."Id" = m."ServiceId"
                UNION ALL
                SELECT r."PartnerId" AS "ScopeId", m."Month", m."Professional", m."Guest"
                FROM "ServiceUserCountMonths" m JOIN "Services" s ON s."Id" = m."ServiceId" JOIN "Resellers" r ON r."Id" = s."ResellerId"
            ) x
            GROUP BY x."ScopeId", x."Month"
            """;
    }

    public static IEnumerable<string> Sqlite() =>
        Statements(column => $"strftime('%Y-%m-%d 00:00:00', {column})", column => $"strftime('%Y-%m-01 00:00:00', {column})");

    public static IEnumerable<string> PostgreSql() =>
        Statements(column => $"date_trunc('day', {column}, 'UTC')", column => $"date_trunc('month', {column}, 'UTC')");

    public static IEnumerable<string> SqlServer() =>
        Statements(column => $"CAST(CAST({column} AS date) AS datetime2)", column => $"CAST(DATEFROMPARTS(YEAR({column}), MONTH({column}), 1) AS datetime2)");
}
