-- Bulk-grows a CccApi PostgreSQL database to :services services (each with its company, contact, Service
-- admin, default user groups and system-user rows, as the provisioning API writes them) and :skus SKUs in
-- total, by copying one API-created service's rows (created with a SystemUser). Counts are totals: rows
-- added by an earlier run are kept.
-- The bulk services, their resellers and status history are shaped as seed_sqlite.py describes (distinct
-- domains, names and codes; creation spread over 3 years; about 500 services a reseller, the template's
-- reseller among them; 1 to 3 status changes after the creation's row; the service-domains table filled
-- when it exists), plus what CreateService writes for its users (migration AddServiceUserAccounts): the two
-- default groups (Professional, Guest), the Service admin (admin@bulk<n>.scale.example) and the system user
-- linked to it, in the Professional group, with the template user's status, language, flags and names,
-- created and registered when the service was, its first status change and its open group period.
-- Usage: psql -v template=GUID -v services=N -v skus=S -f seed_postgres.sql
\set ON_ERROR_STOP on
SET synchronous_commit = off;

SELECT count(*) FILTER (WHERE "PrimaryDomain" LIKE 'bulk%.scale.example') AS have,
       :services - (count(*) - count(*) FILTER (WHERE "PrimaryDomain" LIKE 'bulk%.scale.example')) AS want
FROM "Services" \gset

SELECT greatest(2, ceil(:want / 500.0))::int AS resellers,
       "ResellerId" AS template_reseller, "CreatedOn" AS template_created
FROM "Services" WHERE "Id" = :'template' \gset

-- The template's system user, in its Professional default group and linked to its Service admin, as
-- CreateService with a SystemUser leaves it.
SELECT count(*) = 1 AS template_user_ok, min(u."Id"::text) AS template_user, min(u."AdminUserId"::text) AS template_admin
FROM "ServiceUsers" u
JOIN "ServiceUserGroups" g ON g."Id" = u."GroupId" AND g."ServiceId" = u."ServiceId" AND g."IsDefault" AND g."Type" = 'Professional'
JOIN "AdminUsers" a ON a."Id" = u."AdminUserId" AND a."Type" = 'Service' AND a."ScopeId" = u."ServiceId"
WHERE u."ServiceId" = :'template' AND u."IsSystemUser" \gset
SELECT count(*) = 2 AS template_groups_ok FROM "ServiceUserGroups"
WHERE "ServiceId" = :'template' AND "IsDefault" AND "Type" IN ('Professional', 'Guest') \gset
\if :template_user_ok
\else
  DO $$ BEGIN RAISE EXCEPTION 'seed_postgres.sql: the template service needs one system user, in its Professional default group, linked to its Service admin'; END $$;
\endif
\if :template_groups_ok
\else
  DO $$ BEGIN RAISE EXCEPTION 'seed_postgres.sql: the template service needs its two default groups (Professional, Guest)'; END $$;
\endif

BEGIN;
CREATE TEMP TABLE seq ON COMMIT DROP AS
  SELECT n, ('00000000-5e5e-4000-8000-' || lpad(to_hex(n), 12, '0'))::uuid AS id,
         CASE WHEN n % :resellers = 0 THEN :'template_reseller'::uuid
              ELSE ('00000000-5e11-4000-8000-' || lpad(to_hex(n % :resellers), 12, '0'))::uuid END AS reseller,
         -- 200 days plus a multiplicative hash of n over 3 years before the template's creation
         :'template_created'::timestamptz - make_interval(secs => 17280000 + (n::bigint * 2654435761) % 94608000) AS created,
         1 + (n * 7) % 60 AS gap_days  -- days between its status changes
  FROM generate_series(:have + 1, :want) AS n;

INSERT INTO "Resellers" ("Id", "PartnerId", "Name", "CompanyName", "ContactName", "ContactEmail", "ContactPhoneNumber",
                         "Status", "DefaultCollectionId", "CreatedOn")
SELECT ('00000000-5e11-4000-8000-' || lpad(to_hex(k), 12, '0'))::uuid, t."PartnerId", 'Bulk Reseller ' || k,
       'Bulk Reseller ' || k || ' Ltd', t."ContactName", t."ContactEmail", t."ContactPhoneNumber", t."Status",
       t."DefaultCollectionId", t."CreatedOn"
FROM generate_series(1, :resellers - 1) AS k, "Resellers" t WHERE t."Id" = :'template_reseller'
ON CONFLICT DO NOTHING;

-- After 1 + n % 3 changes (CertifiedSecure, AccountSuspended, CertifiedSecure) its status is the last one's.
INSERT INTO "Services" ("Id", "PrimaryDomain", "ServiceCode", "ServiceName", "ServiceNameKey", "ReferenceId", "Status",
                        "TrialEndDate", "AdminUsername", "ResellerId", "PartnerId", "CollectionId", "CreatedOn", "EffectiveDate",
                        "InitialTerm", "ClientGuid")
SELECT s.id, 'bulk' || s.n || '.scale.example', 'bulk' || s.n, 'Bulk Company ' || s.n, 'bulk company ' || s.n,
       t."ReferenceId", CASE s.n % 3 WHEN 1 THEN 'AccountSuspended' ELSE 'CertifiedSecure' END, t."TrialEndDate",
       'admin@bulk' || s.n || '.scale.example', s.reseller, t."PartnerId", t."CollectionId", s.created, t."EffectiveDate",
       t."InitialTerm", ('00000000-c11e-4000-8000-' || lpad(to_hex(s.n), 12, '0'))::uuid
FROM seq s, "Services" t WHERE t."Id" = :'template';

INSERT INTO "ServiceCompanies" ("ServiceId", "Name", "Address", "City", "StateProvince", "PostalCode", "Country", "Website")
SELECT s.id, 'Bulk Company ' || s.n, t."Address", t."City", t."StateProvince", t."PostalCode", t."Country", t."Website"
FROM seq s, "ServiceCompanies" t WHERE t."ServiceId" = :'template';

INSERT INTO "ServiceContacts" ("ServiceId", "Name", "Email", "PhoneNumber")
SELECT s.id, t."Name", t."Email", t."PhoneNumber"
FROM seq s, "ServiceContacts" t WHERE t."ServiceId" = :'template';

-- What CreateService writes for the service's users (ServiceProvisioner, ServiceUserRecords.AddNew), all at the
-- service's creation: default group j (0 Professional, 1 Guest) copied from the template's, the Service admin,
-- the system user linked to it in the Professional group, its first status change and its open group period.
INSERT INTO "ServiceUserGroups" ("Id", "ServiceId", "Name", "Type", "IsDefault", "CreatedOn")
SELECT (lpad(to_hex(c.j), 8, '0') || '-96a0-4000-8000-' || lpad(to_hex(s.n), 12, '0'))::uuid, s.id, t."Name", t."Type",
       t."IsDefault", s.created
FROM seq s
CROSS JOIN (VALUES (0, 'Professional'), (1, 'Guest')) AS c (j, type)
JOIN "ServiceUserGroups" t ON t."ServiceId" = :'template' AND t."IsDefault" AND t."Type" = c.type;

INSERT INTO "AdminUsers" ("Id", "Email", "DisplayName", "PasswordHash", "Type", "ScopeId", "Status", "CreatedOn")
SELECT ('00000000-ad5e-4000-8000-' || lpad(to_hex(s.n), 12, '0'))::uuid, 'admin@bulk' || s.n || '.scale.example',
       t."DisplayName", t."PasswordHash", t."Type", s.id, t."Status", s.created
FROM seq s, "AdminUsers" t WHERE t."Id" = :'template_admin';

INSERT INTO "ServiceUsers" ("Id", "ServiceId", "Email", "FirstName", "LastName", "FirstNameKey", "LastNameKey", "PasswordHash",
                            "IsSystemUser", "AdminUserId", "Status", "RegisteredOn", "CompletesRegistrationPage",
                            "ResetsPasswordOnFirstSignIn", "GroupId", "Language", "EnableCampaigns", "EnableESignatures",
                            "EnableMfa", "DefaultSecure", "BlacklistMode", "SsoUid", "CreatedOn")
SELECT ('00000000-5e5e-4000-8001-' || lpad(to_hex(s.n), 12, '0'))::uuid, s.id, 'admin@bulk' || s.n || '.scale.example',
       t."FirstName", t."LastName", t."FirstNameKey", t."LastNameKey", t."PasswordHash", t."IsSystemUser",
       ('00000000-ad5e-4000-8000-' || lpad(to_hex(s.n), 12, '0'))::uuid, t."Status",
       CASE WHEN t."RegisteredOn" IS NOT NULL THEN s.created END, t."CompletesRegistrationPage",
       t."ResetsPasswordOnFirstSignIn", ('00000000-96a0-4000-8000-' || lpad(to_hex(s.n), 12, '0'))::uuid, t."Language",
       t."EnableCampaigns", t."EnableESignatures", t."EnableMfa", t."DefaultSecure", t."BlacklistMode", t."SsoUid", s.created
FROM seq s, "ServiceUsers" t WHERE t."Id" = :'template_user';

INSERT INTO "ServiceUserStatusChanges" ("Id", "ServiceUserId", "ServiceId", "FromStatus", "ToStatus", "ChangedOn", "ChangedByUserId")
SELECT ('00000000-5c4b-4000-8000-' || lpad(to_hex(s.n), 12, '0'))::uuid,
       ('00000000-5e5e-4000-8001-' || lpad(to_hex(s.n), 12, '0'))::uuid, s.id, t."FromStatus", t."ToStatus", s.created,
       t."ChangedByUserId"
FROM seq s, "ServiceUserStatusChanges" t WHERE t."ServiceUserId" = :'template_user' AND t."FromStatus" IS NULL;

INSERT INTO "ServiceUserGroupPeriods" ("Id", "ServiceUserId", "ServiceId", "GroupId", "GroupType", "StartedOn", "EndedOn")
SELECT ('00000000-9e71-4000-8000-' || lpad(to_hex(s.n), 12, '0'))::uuid,
       ('00000000-5e5e-4000-8001-' || lpad(to_hex(s.n), 12, '0'))::uuid, s.id,
       ('00000000-96a0-4000-8000-' || lpad(to_hex(s.n), 12, '0'))::uuid, t."GroupType", s.created, NULL
FROM seq s, "ServiceUserGroupPeriods" t WHERE t."ServiceUserId" = :'template_user' AND t."EndedOn" IS NULL;

-- The status history: change j (0 = the creation's row) of service n, ids numbered (j, n), gap_days * j days
-- after the creation.
INSERT INTO "ServiceStatusChanges" ("Id", "ServiceId", "ResellerId", "PartnerId", "FromStatus", "ToStatus", "ChangedOn",
                                    "ChangedByUserId", "OperationId")
SELECT (lpad(to_hex(c.j), 8, '0') || '-5c4a-4000-8000-' || lpad(to_hex(s.n), 12, '0'))::uuid, s.id, s.reseller,
       t."PartnerId", c.from_status, c.status, s.created + make_interval(days => c.j * s.gap_days), t."ChangedByUserId",
       (lpad(to_hex(c.j), 8, '0') || '-0b0b-4000-8000-' || lpad(to_hex(s.n), 12, '0'))::uuid
FROM seq s
JOIN (VALUES (0, 'TrialActive', NULL), (1, 'CertifiedSecure', 'TrialActive'), (2, 'AccountSuspended', 'CertifiedSecure'),
             (3, 'CertifiedSecure', 'AccountSuspended')) AS c (j, status, from_status) ON c.j <= 1 + s.n % 3,
     "ServiceStatusChanges" t
WHERE t."ServiceId" = :'template' AND t."FromStatus" IS NULL;
COMMIT;

-- Every service's domain in the service-domains table, once it exists (migration AddServiceDomains): the
-- Domain search goes through it. Each row takes its service's Id and CreatedOn, as the migration's copy does.
SELECT to_regclass('"ServiceDomains"') IS NOT NULL AS has_service_domains \gset
\if :has_service_domains
INSERT INTO "ServiceDomains" ("Id", "ServiceId", "Domain", "CreatedOn")
SELECT s."Id", s."Id", s."PrimaryDomain", s."CreatedOn" FROM "Services" s
WHERE s."PrimaryDomain" IS NOT NULL AND NOT EXISTS (SELECT 1 FROM "ServiceDomains" d WHERE d."Domain" = s."PrimaryDomain");
ANALYZE "ServiceDomains";
\endif

SELECT count(*) AS bulk_services FROM "Services" WHERE "PrimaryDomain" LIKE 'bulk%.scale.example' \gset
SELECT count(*) AS sku_total, count(*) FILTER (WHERE "Id"::text LIKE '%-5c05-4000-8000-%') AS bulk_skus FROM "ServiceSkus" \gset

-- SKU n belongs to bulk service ((n - 1) % bulk_services) + 1, so they spread evenly.
INSERT INTO "ServiceSkus" ("Id", "ServiceId", "ServiceSkuBundleId", "Name", "BillingMetric", "UnitPrice", "Quantity",
                           "Description", "AssignedDate", "EndedDate")
SELECT ('00000000-5c05-4000-8000-' || lpad(to_hex(n), 12, '0'))::uuid,
       ('00000000-5e5e-4000-8000-' || lpad(to_hex(((n - 1) % greatest(:bulk_services, 1)) + 1), 12, '0'))::uuid,
       NULL, 'Bulk SKU', 'NoMetric', 1.0, 1, NULL, TIMESTAMP '2026-01-01 00:00:00', NULL
FROM generate_series(:bulk_skus + 1, :bulk_skus + greatest(:skus - :sku_total, 0)) AS n
WHERE :bulk_services > 0;

-- The kept per-reseller status counts (migration AddServiceStatusCounts), counted again over the grown services. Moves
-- only grow (a host keeps page anchors per sum of Moves), so each row's grows by its count.
SELECT to_regclass('"ServiceStatusCounts"') IS NOT NULL AS has_status_counts \gset
\if :has_status_counts
INSERT INTO "ServiceStatusCounts" AS c ("ResellerId", "Status", "PartnerId", "Count", "Moves")
SELECT s."ResellerId", s."Status", r."PartnerId", count(*), count(*) FROM "Services" s JOIN "Resellers" r ON r."Id" = s."ResellerId"
GROUP BY s."ResellerId", s."Status", r."PartnerId"
ON CONFLICT ("ResellerId", "Status") DO UPDATE SET "Count" = excluded."Count", "Moves" = c."Moves" + excluded."Moves";
\endif

-- VACUUM as well: it sets the visibility map, without which an index-only scan of the bulk services (the usage
-- reports' count and page choice) visits every row's heap page until autovacuum comes by.
VACUUM (ANALYZE) "Resellers", "Services", "ServiceCompanies", "ServiceContacts", "ServiceUsers", "ServiceSkus", "ServiceStatusChanges",
        "AdminUsers", "ServiceUserGroups", "ServiceUserStatusChanges", "ServiceUserGroupPeriods";
SELECT (SELECT count(*) FROM "Services") AS services, (SELECT count(*) FROM "ServiceSkus") AS skus,
       (SELECT count(*) FROM "ServiceStatusChanges") AS status_changes, (SELECT count(*) FROM "Resellers") AS resellers,
       (SELECT count(*) FROM "ServiceUserGroups") AS user_groups, (SELECT count(*) FROM "ServiceUsers") AS service_users;
