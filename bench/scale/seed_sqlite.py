"""Bulk-grows a CccApi SQLite database to N services (each with its company, contact and system-user rows,
as the provisioning API writes them) and S SKUs in total, by copying one API-created service's rows in SQL.

Usage: seed_sqlite.py DB_FILE TEMPLATE_SERVICE_GUID SERVICES SKUS
Rows already added by an earlier call are kept: the counts are totals, not increments. The ids are
deterministic Guids (uppercase text, as EF Core stores them) numbered from 1.
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
BULK = "PrimaryDomain LIKE 'bulk%.scale.example'"


def existing(sql):
    return con.execute(sql).fetchone()[0]


def series(first, last):
    return f"WITH RECURSIVE seq(n) AS (SELECT {first} UNION ALL SELECT n + 1 FROM seq WHERE n < {last}) "


started = time.time()
have = existing(f"SELECT COUNT(*) FROM Services WHERE {BULK}")
total_before = existing("SELECT COUNT(*) FROM Services")
want = services - (total_before - have)  # bulk services needed so that the table holds SERVICES rows
if want > have:
    first, last = have + 1, want
    with con:
        con.execute(series(first, last) + f"""
            INSERT INTO Services (Id, PrimaryDomain, ServiceCode, ServiceName, ReferenceId, Status, TrialEndDate,
                                  AdminUsername, ResellerId, CollectionId, CreatedOn)
            SELECT {SERVICE_ID}, 'bulk' || n || '.scale.example', 'BULK' || n, 'bulk' || n || '.scale.example',
                   t.ReferenceId, t.Status, t.TrialEndDate, 'admin@bulk' || n || '.scale.example',
                   t.ResellerId, t.CollectionId, t.CreatedOn
            FROM seq, Services t WHERE t.Id = ?""", (template,))
        con.execute(series(first, last) + f"""
            INSERT INTO ServiceCompanies (ServiceId, Name, Address, City, StateProvince, PostalCode, Country, Website)
            SELECT {SERVICE_ID}, t.Name, t.Address, t.City, t.StateProvince, t.PostalCode, t.Country, t.Website
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
print(f"services {existing('SELECT COUNT(*) FROM Services')}, skus {existing('SELECT COUNT(*) FROM ServiceSkus')} "
      f"({time.time() - started:.0f} s)")
