-- Gives up to :services services of a CccApi PostgreSQL database a year of usage (issue 34), as
-- seed_usage_sqlite.py describes (one service-level record per UTC day for the 365 days before today, the day and
-- month rollups they sum to, a user-count change each month, every scope's monthly count changes recomputed), with the
-- same figures. Services that already have usage are kept: :services is a total.
-- Usage: psql -v services=N -f seed_usage_postgres.sql
\set ON_ERROR_STOP on
SET synchronous_commit = off;
SET maintenance_work_mem = '1GB';
SET work_mem = '256MB';
SET TimeZone = 'UTC';

SELECT count(*) AS have FROM "Services" s WHERE EXISTS (SELECT 1 FROM "ServiceUsageDays" u WHERE u."ServiceId" = s."Id") \gset

BEGIN;
-- The services to give a year, with n their place among all services in Id order.
CREATE TEMP TABLE usage_services ON COMMIT DROP AS
SELECT "Id", "CollectionId", n FROM (SELECT "Id", "CollectionId", row_number() OVER (ORDER BY "Id") AS n FROM "Services") s
WHERE NOT EXISTS (SELECT 1 FROM "ServiceUsageDays" u WHERE u."ServiceId" = s."Id")
ORDER BY "Id" LIMIT greatest(:services - :have, 0);
-- Day d: 0 = 365 days ago, 364 = yesterday; its midnight (UTC) and month.
CREATE TEMP TABLE days ON COMMIT DROP AS
SELECT d, (current_date - (365 - d))::timestamptz AS day, date_trunc('month', current_date - (365 - d))::timestamptz AS month
FROM generate_series(0, 364) AS d;

-- The secondary indexes are built again after the year is written (one sort rather than 36.5M keys inserted in day order).
DROP INDEX "IX_CollectionUsageRecords_CollectionId";
DROP INDEX "IX_CollectionUsageRecords_ServiceUserId_Day";
-- A record's Id is its service's with the second group replaced by the day: unique, and close to the key's order.
INSERT INTO "CollectionUsageRecords" ("Id", "CollectionId", "ServiceId", "ServiceUserId", "Day", "ReportedOn",
    "MessagesSent", "MessagesReceived", "AttachmentsCount", "AttachmentsSize", "InvitationsSent", "InvitationsAccepted",
    "SecureMessagingGateway", "SecureMessagingPlus", "DataLeakPrevention", "SecureLargeFiles", "SecureForms")
SELECT overlay(s."Id"::text PLACING lpad(to_hex(d), 4, '0') FROM 10 FOR 4)::uuid, s."CollectionId", s."Id",
       '00000000-0000-0000-0000-000000000000', day, day + interval '1 day 2 hours',
       (n * 31 + d * 17) % 200, (n * 13 + d * 7) % 300, (n + d) % 20, ((n + d) % 20) * 150000, (n + 3 * d) % 5, (n + d) % 3,
       (n + d) % 5, (n + 2 * d) % 5, (2 * n + d) % 5, (n * d) % 5, (3 * n + d) % 5
FROM usage_services s CROSS JOIN days
ORDER BY s."Id", d;
CREATE INDEX "IX_CollectionUsageRecords_CollectionId" ON "CollectionUsageRecords" ("CollectionId");
CREATE INDEX "IX_CollectionUsageRecords_ServiceUserId_Day" ON "CollectionUsageRecords" ("ServiceUserId", "Day");

-- One record per service and day: the day's rollup holds that record's figures.
INSERT INTO "ServiceUsageDays" ("ServiceId", "Day", "MessagesSent", "MessagesReceived", "AttachmentsCount", "AttachmentsSize",
    "InvitationsSent", "InvitationsAccepted", "SecureMessagingGateway", "SecureMessagingPlus", "DataLeakPrevention",
    "SecureLargeFiles", "SecureForms")
SELECT s."Id", day,
       (n * 31 + d * 17) % 200, (n * 13 + d * 7) % 300, (n + d) % 20, ((n + d) % 20) * 150000, (n + 3 * d) % 5, (n + d) % 3,
       (n + d) % 5, (n + 2 * d) % 5, (2 * n + d) % 5, (n * d) % 5, (3 * n + d) % 5
FROM usage_services s CROSS JOIN days
ORDER BY s."Id", d;
INSERT INTO "ServiceUsageMonths" ("ServiceId", "Month", "MessagesSent", "MessagesReceived", "AttachmentsCount", "AttachmentsSize",
    "InvitationsSent", "InvitationsAccepted", "SecureMessagingGateway", "SecureMessagingPlus", "DataLeakPrevention",
    "SecureLargeFiles", "SecureForms")
SELECT u."ServiceId", date_trunc('month', u."Day"), sum(u."MessagesSent"), sum(u."MessagesReceived"), sum(u."AttachmentsCount"),
       sum(u."AttachmentsSize"), sum(u."InvitationsSent"), sum(u."InvitationsAccepted"), sum(u."SecureMessagingGateway"),
       sum(u."SecureMessagingPlus"), sum(u."DataLeakPrevention"), sum(u."SecureLargeFiles"), sum(u."SecureForms")
FROM usage_services s JOIN "ServiceUsageDays" u ON u."ServiceId" = s."Id"
GROUP BY u."ServiceId", date_trunc('month', u."Day");

-- The user counts: the service's rows replaced by one change a month, on day 1 + n % 28 where it is in the year.
DELETE FROM "ServiceUserCountDays" WHERE "ServiceId" IN (SELECT "Id" FROM usage_services);
DELETE FROM "ServiceUserCountMonths" WHERE "ServiceId" IN (SELECT "Id" FROM usage_services);
CREATE TEMP TABLE count_changes ON COMMIT DROP AS
WITH numbered AS (SELECT row_number() OVER (ORDER BY month) - 1 AS m, month FROM (SELECT DISTINCT month FROM days) months),
changes AS (SELECT s."Id" AS service_id, s.n, m, month, month + (s.n % 28) * interval '1 day' AS day FROM usage_services s CROSS JOIN numbered)
SELECT service_id, day, month, 1 + (7 * n + 3 * m) % 40 AS professional, (5 * n + 2 * m) % 25 AS guest, (n + m) % 3 AS disabled,
       (3 * n + m) % 4 AS unregistered
FROM changes
WHERE day >= (current_date - 365)::timestamptz AND day < current_date::timestamptz;
INSERT INTO "ServiceUserCountDays" ("ServiceId", "Day", "Total", "Professional", "Guest", "Disabled", "Unregistered")
SELECT service_id, day, professional + guest + disabled, professional, guest, disabled, unregistered FROM count_changes;
INSERT INTO "ServiceUserCountMonths" ("ServiceId", "Month", "Total", "Professional", "Guest", "Disabled", "Unregistered")
SELECT service_id, month, professional + guest + disabled, professional, guest, disabled, unregistered FROM count_changes;

-- The count reports' totals: each scope's monthly change is the sum over its services of each month row minus the
-- service's row before it, recomputed for every reseller and partner.
DELETE FROM "UserCountMonthChanges";
INSERT INTO "UserCountMonthChanges" ("ScopeId", "Month", "Professional", "Guest")
WITH deltas AS (
    SELECT c."ServiceId", c."Month",
           c."Professional" - coalesce(lag(c."Professional") OVER w, 0) AS professional,
           c."Guest" - coalesce(lag(c."Guest") OVER w, 0) AS guest
    FROM "ServiceUserCountMonths" c
    WINDOW w AS (PARTITION BY c."ServiceId" ORDER BY c."Month")),
scoped AS (
    SELECT s."ResellerId" AS scope_id, d."Month", d.professional, d.guest FROM deltas d JOIN "Services" s ON s."Id" = d."ServiceId"
    UNION ALL
    SELECT r."PartnerId", d."Month", d.professional, d.guest
    FROM deltas d JOIN "Services" s ON s."Id" = d."ServiceId" JOIN "Resellers" r ON r."Id" = s."ResellerId")
SELECT scope_id, "Month", sum(professional), sum(guest) FROM scoped GROUP BY scope_id, "Month";
COMMIT;

VACUUM (ANALYZE) "CollectionUsageRecords", "ServiceUsageDays", "ServiceUsageMonths", "ServiceUserCountDays", "ServiceUserCountMonths",
    "UserCountMonthChanges";
SELECT (SELECT count(DISTINCT "ServiceId") FROM "ServiceUsageMonths") AS services_with_a_year,
       (SELECT count(*) FROM "CollectionUsageRecords") AS records, (SELECT count(*) FROM "ServiceUsageDays") AS daily_rollups,
       (SELECT count(*) FROM "ServiceUsageMonths") AS monthly_rollups, (SELECT count(*) FROM "ServiceUserCountDays") AS count_days,
       (SELECT count(*) FROM "ServiceUserCountMonths") AS count_months;
