"""Bulk-grows a CccApi SQLite database to N services (each with its company, contact and system-user rows,
as the provisioning API writes them) and S SKUs in total, by copying one API-created service's rows in SQL.

Usage: seed_sqlite.py DB_FILE TEMPLATE_SERVICE_GUID SERVICES SKUS
Rows already added by an earlier call are kept: the counts are totals, not increments. The ids are
deterministic Guids (uppercase text, as EF Core stores them) numbered from 1.

Bulk service n, for the searches (issue 30) to meet realistic rows:
- domain bulk<n>.scale.example, name "Bulk Company <n>" (name key "bulk company <n>"), code bulk<n>: all distinct;
- created at a pseudo-random moment 200 days to 3 years 200 days before the template service (so the
  (CreatedOn, Id) order and the history's dates are spread, and no change lies in the future);
- owned by one of max(2, SERVICES / 500) resellers (n modulo that count; 0 is the template's own reseller,
  the others are copies of it named "Bulk Reseller <k>"), so a reseller holds about 500 services at any size
  and the template's reseller (the bench's reseller admin) sees a subset;
- its status history: the row its creation writes (none -> TrialActive) and 1 to 3 changes (1 + n % 3),
  1 to 60 days apart (CertifiedSecure, AccountSuspended, CertifiedSecure), its Status the last of them;
- when the service-domains table exists (migration AddServiceDomains), a row for its domain there.
"""
import sqlite3
import sys
import time
import uuid

db_file, services, skus = sys.argv[1], int(sys.argv[3]), int(sys.argv[4])
template = str(uuid.UUID(sys.argv[2])).upper()  # the API writes 32 hex digits; EF Core stores the dashed form
con = sqlite3.connect(db_file, timeout=60)
con.execute("PRAGMA journal_mode = WAL")
con.execute("PRAGMA synchronous = OFF")
con.execute("PRAGMA cache_size = -262144")

SERVICE_ID = "printf('%08X-5E5E-4000-8000-%012X', 0, n)"
RESELLER_ID = "printf('%08X-5E11-4000-8000-%012X', 0, k)"
BULK = "PrimaryDomain LIKE 'bulk%.scale.example'"
SERVICES_PER_RESELLER = 500
# Seconds before the template's creation: 200 days plus a multiplicative hash of n over 3 years.
CREATED_OFFSET = "(17280000 + (n * 2654435761) % 94608000)"
# Days between the changes of service n (1 to 60).
CHANGE_GAP = "(1 + (n * 7) % 60)"
CHANGE_STATUS = {1: "CertifiedSecure", 2: "AccountSuspended", 3: "CertifiedSecure"}


def existing(sql, *args):
    return con.execute(sql, args).fetchone()[0]


def series(first, last):
    return f"WITH RECURSIVE seq(n) AS (SELECT {first} UNION ALL SELECT n + 1 FROM seq WHERE n < {last}) "


def columns(table):
    return [row[1] for row in con.execute(f'PRAGMA table_info("{table}")')]


started = time.time()
have = existing(f"SELECT COUNT(*) FROM Services WHERE {BULK}")
total_before = existing("SELECT COUNT(*) FROM Services")
want = services - (total_before - have)  # bulk services needed so that the table holds SERVICES rows
resellers = max(2, -(-want // SERVICES_PER_RESELLER))
template_reseller = existing("SELECT ResellerId FROM Services WHERE Id = ?", template)
template_created = existing("SELECT CreatedOn FROM Services WHERE Id = ?", template)
reseller_of = f"CASE WHEN n % {resellers} = 0 THEN '{template_reseller}' ELSE printf('%08X-5E11-4000-8000-%012X', 0, n % {resellers}) END"
if want > have:
    first, last = have + 1, want
    with con:
        # The bulk resellers: copies of the template's, every other column kept.
        copied = [c for c in columns("Resellers") if c not in ("Id", "Name", "CompanyName")]
        con.execute(f"""
            WITH RECURSIVE seq(k) AS (SELECT 1 UNION ALL SELECT k + 1 FROM seq WHERE k < {resellers - 1})
            INSERT OR IGNORE INTO Resellers (Id, Name, CompanyName, {", ".join(copied)})
            SELECT {RESELLER_ID}, 'Bulk Reseller ' || k, 'Bulk Reseller ' || k || ' Ltd', {", ".join("t." + c for c in copied)}
            FROM seq, Resellers t WHERE t.Id = ?""", (template_reseller,))
        final_status = "CASE n % 3 WHEN 1 THEN 'AccountSuspended' ELSE 'CertifiedSecure' END"  # after 1 + n % 3 changes
        con.execute(series(first, last) + f"""
            INSERT INTO Services (Id, PrimaryDomain, ServiceCode, ServiceName, ServiceNameKey, ReferenceId, Status, TrialEndDate,
                                  AdminUsername, ResellerId, CollectionId, CreatedOn, EffectiveDate, InitialTerm, ClientGuid)
            SELECT {SERVICE_ID}, 'bulk' || n || '.scale.example', 'bulk' || n, 'Bulk Company ' || n, 'bulk company ' || n,
                   t.ReferenceId, {final_status}, t.TrialEndDate, 'admin@bulk' || n || '.scale.example',
                   {reseller_of}, t.CollectionId, datetime(t.CreatedOn, '-' || {CREATED_OFFSET} || ' seconds'),
                   t.EffectiveDate, t.InitialTerm, printf('%08X-C11E-4000-8000-%012X', 0, n)
            FROM seq, Services t WHERE t.Id = ?""", (template,))
        con.execute(series(first, last) + f"""
            INSERT INTO ServiceCompanies (ServiceId, Name, Address, City, StateProvince, PostalCode, Country, Website)
            SELECT {SERVICE_ID}, 'Bulk Company ' || n, t.Address, t.City, t.StateProvince, t.PostalCode, t.Country, t.Website
            FROM seq, ServiceCompanies t WHERE t.ServiceId = ?""", (template,))
        con.execute(series(first, last) + f"""
            INSERT INTO ServiceContacts (ServiceId, Name, Email, PhoneNumber)
            SELECT {SERVICE_ID}, t.Name, t.Email, t.PhoneNumber
            FROM seq, ServiceContacts t WHERE t.ServiceId = ?""", (template,))
        con.execute(series(first, last) + f"""
            INSERT INTO ServiceUsers (Id, ServiceId, Email, FirstName, LastName, PasswordHash, IsSystemUser, CreatedOn)
            SELECT printf('%08X-5E5E-4000-8001-%012X', 0, n), {SERVICE_ID}, 'admin@bulk' || n || '.scale.example',
                   t.FirstName, t.LastName, t.PasswordHash, t.IsSystemUser, t.CreatedOn
            FROM seq, ServiceUsers t WHERE t.ServiceId = ? AND t.IsSystemUser = 1""", (template,))
        # The status history: change j (0 = the creation's row) of service n, ids numbered (j, n), change j
        # CHANGE_GAP * j days after the creation.
        con.execute(series(first, last) + f""",
            changes(j, status, from_status) AS (VALUES (0, 'TrialActive', NULL), (1, '{CHANGE_STATUS[1]}', 'TrialActive'),
                                                      (2, '{CHANGE_STATUS[2]}', '{CHANGE_STATUS[1]}'), (3, '{CHANGE_STATUS[3]}', '{CHANGE_STATUS[2]}'))
            INSERT INTO ServiceStatusChanges (Id, ServiceId, ResellerId, PartnerId, FromStatus, ToStatus, ChangedOn, ChangedByUserId, OperationId)
            SELECT printf('%08X-5C4A-4000-8000-%012X', j, n), {SERVICE_ID}, {reseller_of}, t.PartnerId, from_status, status,
                   datetime(?, '-' || {CREATED_OFFSET} || ' seconds', '+' || (j * {CHANGE_GAP}) || ' days'),
                   t.ChangedByUserId, printf('%08X-0B0B-4000-8000-%012X', j, n)
            FROM seq, changes, ServiceStatusChanges t
            WHERE t.ServiceId = ? AND t.FromStatus IS NULL AND j <= 1 + n % 3""", (template_created, template))

# Every service's domain in the service-domains table, once it exists (migration AddServiceDomains): the
# Domain search goes through it.
if existing("SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name = 'ServiceDomains'"):
    domain_columns = columns("ServiceDomains")
    # Columns besides (ServiceId, Domain) it may have; an integer Id numbers itself.
    extra = {"Id": "printf('%08X-D0D0-4000-8000-%012X', 0, s.rowid)", "CreatedOn": "s.CreatedOn", "IsPrimary": "1"}
    if any(row[1] == "Id" and row[2].upper() == "INTEGER" for row in con.execute('PRAGMA table_info("ServiceDomains")')):
        domain_columns.remove("Id")
    unknown = [c for c in domain_columns if c not in ("ServiceId", "Domain") and c not in extra]
    if unknown:
        sys.exit(f"seed_sqlite.py: ServiceDomains has columns this seeding does not fill: {unknown}")
    chosen = [c for c in domain_columns if c in extra]
    with con:
        con.execute(f"""
            INSERT INTO ServiceDomains (ServiceId, Domain{"".join(", " + c for c in chosen)})
            SELECT s.Id, s.PrimaryDomain{"".join(", " + extra[c] for c in chosen)}
            FROM Services s
            WHERE s.PrimaryDomain IS NOT NULL AND NOT EXISTS (SELECT 1 FROM ServiceDomains d WHERE d.Domain = s.PrimaryDomain)""")

bulk_services = existing(f"SELECT COUNT(*) FROM Services WHERE {BULK}")
sku_total = existing("SELECT COUNT(*) FROM ServiceSkus")
if skus > sku_total and bulk_services > 0:
    have_bulk_skus = existing("SELECT COUNT(*) FROM ServiceSkus WHERE Id LIKE '%-5C05-4000-8000-%'")
    first, last = have_bulk_skus + 1, have_bulk_skus + (skus - sku_total)
    with con:
        # SKU n belongs to bulk service ((n - 1) % bulk_services) + 1, so they spread evenly.
        con.execute(series(first, last) + f"""
            INSERT INTO ServiceSkus (Id, ServiceId, ServiceSkuBundleId, Name, BillingMetric, UnitPrice, Quantity,
                                     Description, AssignedDate, EndedDate)
            SELECT printf('%08X-5C05-4000-8000-%012X', 0, n), printf('%08X-5E5E-4000-8000-%012X', 0, ((n - 1) % {bulk_services}) + 1),
                   NULL, 'Bulk SKU', 'NoMetric', '1.0', 1, NULL, '2026-01-01 00:00:00', NULL
            FROM seq""")

con.execute("ANALYZE")
con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
print(f"services {existing('SELECT COUNT(*) FROM Services')}, skus {existing('SELECT COUNT(*) FROM ServiceSkus')}, "
      f"status changes {existing('SELECT COUNT(*) FROM ServiceStatusChanges')}, resellers {existing('SELECT COUNT(*) FROM Resellers')} "
      f"({time.time() - started:.0f} s)")
