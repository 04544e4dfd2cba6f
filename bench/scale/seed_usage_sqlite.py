"""Gives up to N services of a CccApi SQLite database a year of usage (issue 34): for each, one service-level
usage record per UTC day for the 365 days before today (as its collection's intake stores them), the daily and
monthly rollups those records sum to, and a user-count change in each month of the year (the day and month count
rows as ServiceUserCounts writes them); then recomputes every reseller's and partner's monthly count changes
(UserCountMonthChanges) from all services' month rows, as the running-sum totals of the count reports need.

Usage: seed_usage_sqlite.py DB_FILE SERVICES
Services that already have usage are kept as they are: SERVICES is a total, so a second call after the database
grew adds the year for the new services only. Services are taken in Id order (the bulk services' Ids are numbered).

The figures are deterministic functions of the service's place in that order (n) and the day (d), so a report's
numbers vary from service to service and day to day: messages sent (n * 31 + d * 17) % 200, received
(n * 13 + d * 7) % 300, attachments (n + d) % 20 of 150,000 bytes each, invitations (n + 3d) % 5 sent and
(n + d) % 3 accepted, and the five features 0 to 4 times. Month m's counts: Professional 1 + (7n + 3m) % 40,
Guest (5n + 2m) % 25, Disabled (n + m) % 3, Active unregistered (3n + m) % 4, total the first three summed; the
change falls on day 1 + n % 28 of the month (the year's first and last months only where that day is in the year).
"""
import contextlib
import sqlite3
import sys
import time

db_file, wanted = sys.argv[1], int(sys.argv[2])
DAYS = 365
NO_USER = "00000000-0000-0000-0000-000000000000"  # Guid.Empty as EF Core stores it: the service's own usage

con = sqlite3.connect(db_file, timeout=60, isolation_level=None)
con.execute("PRAGMA journal_mode = WAL")
con.execute("PRAGMA synchronous = OFF")
con.execute("PRAGMA cache_size = -524288")
con.execute("PRAGMA temp_store = MEMORY")
con.execute("PRAGMA foreign_keys = ON")


@contextlib.contextmanager
def transaction():
    con.execute("BEGIN")
    try:
        yield
    except BaseException:
        con.execute("ROLLBACK")
        raise
    con.execute("COMMIT")


def existing(sql, *args):
    return con.execute(sql, args).fetchone()[0]


# Day d (0 = 365 days ago, 364 = yesterday) and its month, as EF Core stores DateTime (text, no fraction).
DAY = "date('now', '-' || (365 - d) || ' days') || ' 00:00:00'"
FIGURES = {
    "MessagesSent": "(n * 31 + d * 17) % 200",
    "MessagesReceived": "(n * 13 + d * 7) % 300",
    "AttachmentsCount": "(n + d) % 20",
    "AttachmentsSize": "((n + d) % 20) * 150000",
    "InvitationsSent": "(n + 3 * d) % 5",
    "InvitationsAccepted": "(n + d) % 3",
    "SecureMessagingGateway": "(n + d) % 5",
    "SecureMessagingPlus": "(n + 2 * d) % 5",
    "DataLeakPrevention": "(2 * n + d) % 5",
    "SecureLargeFiles": "(n * d) % 5",
    "SecureForms": "(3 * n + d) % 5",
}
COLUMNS = ", ".join(FIGURES)
VALUES = ", ".join(FIGURES.values())
# The secondary indexes of the records are dropped while the year is written and built again after (sorting once
# rather than inserting 36.5M keys in day order); the unique key's index is kept, filled in its own order.
SECONDARY_INDEXES = {
    "IX_CollectionUsageRecords_CollectionId": '"CollectionUsageRecords" ("CollectionId")',
    "IX_CollectionUsageRecords_ServiceUserId_Day": '"CollectionUsageRecords" ("ServiceUserId", "Day")',
}

started = time.time()
have = existing("SELECT COUNT(*) FROM Services s WHERE EXISTS (SELECT 1 FROM ServiceUsageDays u WHERE u.ServiceId = s.Id)")
if wanted > have:
    with transaction():
        # The services to give a year, with n their place among all services in Id order.
        con.execute("DROP TABLE IF EXISTS temp.usage_services")
        con.execute(f"""
            CREATE TEMP TABLE usage_services AS
            SELECT Id, CollectionId, n FROM (SELECT Id, CollectionId, ROW_NUMBER() OVER (ORDER BY Id) AS n FROM Services) s
            WHERE NOT EXISTS (SELECT 1 FROM ServiceUsageDays u WHERE u.ServiceId = s.Id)
            ORDER BY Id LIMIT {wanted - have}""")
        con.execute("CREATE TEMP TABLE days AS WITH RECURSIVE seq(d) AS (SELECT 0 UNION ALL SELECT d + 1 FROM seq WHERE d < ?) SELECT d FROM seq",
                    (DAYS - 1,))
        for name in SECONDARY_INDEXES:
            con.execute(f'DROP INDEX IF EXISTS "{name}"')
        # CROSS JOIN keeps the services outermost, so rows arrive in the unique key's order (service, day). A record's
        # Id is its service's with the second group replaced by the day: unique, and close to the key's order.
        con.execute(f"""
            INSERT INTO CollectionUsageRecords (Id, CollectionId, ServiceId, ServiceUserId, Day, ReportedOn, {COLUMNS})
            SELECT substr(s.Id, 1, 9) || printf('%04X', d) || substr(s.Id, 14), s.CollectionId, s.Id, '{NO_USER}', {DAY},
                   date('now', '-' || (364 - d) || ' days') || ' 02:00:00', {VALUES}
            FROM usage_services s CROSS JOIN days""")
        for name, target in SECONDARY_INDEXES.items():
            con.execute(f'CREATE INDEX "{name}" ON {target}')
        # One record per service and day: the day's rollup holds that record's figures.
        con.execute(f"""
            INSERT INTO ServiceUsageDays (ServiceId, Day, {COLUMNS})
            SELECT s.Id, {DAY}, {VALUES} FROM usage_services s CROSS JOIN days""")
        sums = ", ".join(f"SUM({c})" for c in FIGURES)
        con.execute(f"""
            INSERT INTO ServiceUsageMonths (ServiceId, Month, {COLUMNS})
            SELECT u.ServiceId, substr(u.Day, 1, 8) || '01 00:00:00', {sums}
            FROM usage_services s JOIN ServiceUsageDays u ON u.ServiceId = s.Id
            GROUP BY u.ServiceId, substr(u.Day, 1, 8)""")
        # The user counts: the service's rows replaced by one change a month, on day 1 + n % 28 where it is in the year.
        con.execute("DELETE FROM ServiceUserCountDays WHERE ServiceId IN (SELECT Id FROM usage_services)")
        con.execute("DELETE FROM ServiceUserCountMonths WHERE ServiceId IN (SELECT Id FROM usage_services)")
        con.execute("""
            CREATE TEMP TABLE count_changes AS
            WITH months(month) AS (SELECT DISTINCT substr(date('now', '-' || (365 - d) || ' days'), 1, 8) || '01' FROM days),
            numbered AS (SELECT ROW_NUMBER() OVER (ORDER BY month) - 1 AS m, month FROM months),
            changes AS (
                SELECT s.Id AS ServiceId, s.n, m, month, date(month, '+' || (s.n % 28) || ' days') AS day
                FROM usage_services s CROSS JOIN numbered)
            SELECT ServiceId, day || ' 00:00:00' AS Day, month || ' 00:00:00' AS Month,
                   1 + (7 * n + 3 * m) % 40 AS Professional, (5 * n + 2 * m) % 25 AS Guest, (n + m) % 3 AS Disabled,
                   (3 * n + m) % 4 AS Unregistered
            FROM changes
            WHERE day >= date('now', '-365 days') AND day < date('now')""")
        con.execute("""
            INSERT INTO ServiceUserCountDays (ServiceId, Day, Total, Professional, Guest, Disabled, Unregistered)
            SELECT ServiceId, Day, Professional + Guest + Disabled, Professional, Guest, Disabled, Unregistered FROM count_changes""")
        con.execute("""
            INSERT INTO ServiceUserCountMonths (ServiceId, Month, Total, Professional, Guest, Disabled, Unregistered)
            SELECT ServiceId, Month, Professional + Guest + Disabled, Professional, Guest, Disabled, Unregistered FROM count_changes""")
        # The count reports' totals: each scope's monthly change is the sum over its services of each month row minus
        # the service's row before it, recomputed for every reseller and partner.
        con.execute("DELETE FROM UserCountMonthChanges")
        con.execute("""
            INSERT INTO UserCountMonthChanges (ScopeId, Month, Professional, Guest)
            WITH deltas AS (
                SELECT c.ServiceId, c.Month,
                       c.Professional - COALESCE(LAG(c.Professional) OVER w, 0) AS Professional,
                       c.Guest - COALESCE(LAG(c.Guest) OVER w, 0) AS Guest
                FROM ServiceUserCountMonths c
                WINDOW w AS (PARTITION BY c.ServiceId ORDER BY c.Month)),
            scoped AS (
                SELECT s.ResellerId AS ScopeId, d.Month, d.Professional, d.Guest FROM deltas d JOIN Services s ON s.Id = d.ServiceId
                UNION ALL
                SELECT r.PartnerId, d.Month, d.Professional, d.Guest
                FROM deltas d JOIN Services s ON s.Id = d.ServiceId JOIN Resellers r ON r.Id = s.ResellerId)
            SELECT ScopeId, Month, SUM(Professional), SUM(Guest) FROM scoped GROUP BY ScopeId, Month""")

# Statistics from a sample of each index: a full ANALYZE reads every one of the 36.5M records' keys.
con.execute("PRAGMA analysis_limit = 10000")
con.execute("ANALYZE")
con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
print(f"usage: services with a year {existing('SELECT COUNT(DISTINCT ServiceId) FROM ServiceUsageMonths')}, "
      f"records {existing('SELECT COUNT(*) FROM CollectionUsageRecords')}, "
      f"daily rollups {existing('SELECT COUNT(*) FROM ServiceUsageDays')}, "
      f"monthly rollups {existing('SELECT COUNT(*) FROM ServiceUsageMonths')}, "
      f"count rows {existing('SELECT COUNT(*) FROM ServiceUserCountDays')} days / {existing('SELECT COUNT(*) FROM ServiceUserCountMonths')} months "
      f"({time.time() - started:.0f} s)")
