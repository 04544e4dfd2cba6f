-- Bulk-grows a CccApi PostgreSQL database to :services services (each with its company, contact and
-- system-user rows, as the provisioning API writes them) and :skus SKUs in total, by copying one
-- API-created service's rows. Counts are totals: rows added by an earlier run are kept.
-- Usage: psql -v template=GUID -v services=N -v skus=S -f seed_postgres.sql
\set ON_ERROR_STOP on
SET synchronous_commit = off;

SELECT count(*) FILTER (WHERE "PrimaryDomain" LIKE 'bulk%.scale.example') AS have,
       :services - (count(*) - count(*) FILTER (WHERE "PrimaryDomain" LIKE 'bulk%.scale.example')) AS want
FROM "Services" \gset

BEGIN;
CREATE TEMP TABLE seq ON COMMIT DROP AS
  SELECT n, ('00000000-5e5e-4000-8000-' || lpad(to_hex(n), 12, '0'))::uuid AS id
  FROM generate_series(:have + 1, :want) AS n;

INSERT INTO "Services" ("Id", "PrimaryDomain", "ServiceCode", "ServiceName", "ReferenceId", "Status", "TrialEndDate",
                        "AdminUsername", "ResellerId", "CollectionId", "CreatedOn")
SELECT s.id, 'bulk' || s.n || '.scale.example', 'BULK' || s.n, 'bulk' || s.n || '.scale.example',
       t."ReferenceId", t."Status", t."TrialEndDate", 'admin@bulk' || s.n || '.scale.example',
       t."ResellerId", t."CollectionId", t."CreatedOn"
FROM seq s, "Services" t WHERE t."Id" = :'template';

INSERT INTO "ServiceCompanies" ("ServiceId", "Name", "Address", "City", "StateProvince", "PostalCode", "Country", "Website")
SELECT s.id, t."Name", t."Address", t."City", t."StateProvince", t."PostalCode", t."Country", t."Website"
FROM seq s, "ServiceCompanies" t WHERE t."ServiceId" = :'template';

INSERT INTO "ServiceContacts" ("ServiceId", "Name", "Email", "PhoneNumber")
SELECT s.id, t."Name", t."Email", t."PhoneNumber"
FROM seq s, "ServiceContacts" t WHERE t."ServiceId" = :'template';

INSERT INTO "ServiceUsers" ("Id", "ServiceId", "Email", "FirstName", "LastName", "PasswordHash", "IsSystemUser", "CreatedOn")
SELECT ('00000000-5e5e-4000-8001-' || lpad(to_hex(s.n), 12, '0'))::uuid, s.id, 'admin@bulk' || s.n || '.scale.example',
       t."FirstName", t."LastName", t."PasswordHash", t."IsSystemUser", t."CreatedOn"
FROM seq s, "ServiceUsers" t WHERE t."ServiceId" = :'template' AND t."IsSystemUser";
COMMIT;

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

ANALYZE "Services", "ServiceCompanies", "ServiceContacts", "ServiceUsers", "ServiceSkus";
SELECT (SELECT count(*) FROM "Services") AS services, (SELECT count(*) FROM "ServiceSkus") AS skus;
