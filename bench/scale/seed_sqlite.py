"""Bulk-grows a CccApi SQLite database to N services (each with its company, contact, Service admin, default
user groups and system-user rows, as the provisioning API writes them) and S SKUs in total, by copying one
API-created service's rows in SQL. The template must have been created with a SystemUser.

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
- when the service-domains table exists (migration AddServiceDomains), a row for its domain there;
- what CreateService writes for its users (migration AddServiceUserAccounts): the service's two default groups
  (the template's, Professional and Guest, IsDefault), its Service admin (AdminUsers, admin@bulk<n>.scale.example)
  and its system user, linked to that admin, in the Professional default group, with the template user's status,
  language, flags and names, created and registered when the service was, its first status change (none -> the
  template's status) and its open period in the Professional group. Every other column of these rows is the
  template's, so a column a later migration adds is copied too.
Foreign keys are enforced while seeding (as PostgreSQL always does), so a row set the schema refuses stops it.
"""
import contextlib
import sqlite3
import sys
import time
import uuid

db_file, services, skus = sys.argv[1], int(sys.argv[3]), int(sys.argv[4])
template = str(uuid.UUID(sys.argv[2])).upper()  # the API writes 32 hex digits; EF Core stores the dashed form
# Transactions are explicit (transaction()): the sqlite3 module would not open one before a statement that
# starts with WITH, so each INSERT ... SELECT would commit on its own and a failure leave a partial service set.
con = sqlite3.connect(db_file, timeout=60, isolation_level=None)
con.execute("PRAGMA journal_mode = WAL")
con.execute("PRAGMA synchronous = OFF")
con.execute("PRAGMA cache_size = -262144")
con.execute("PRAGMA foreign_keys = ON")

SERVICE_ID = "printf('%08X-5E5E-4000-8000-%012X', 0, n)"
USER_ID = "printf('%08X-5E5E-4000-8001-%012X', 0, n)"
ADMIN_ID = "printf('%08X-AD5E-4000-8000-%012X', 0, n)"
# Default group j of service n: 0 Professional (the system user's), 1 Guest.
GROUP_ID = "printf('%08X-96A0-4000-8000-%012X', j, n)"
PROFESSIONAL_GROUP_ID = "printf('%08X-96A0-4000-8000-%012X', 0, n)"
GROUP_TYPES = {0: "Professional", 1: "Guest"}
RESELLER_ID = "printf('%08X-5E11-4000-8000-%012X', 0, k)"
BULK = "PrimaryDomain LIKE 'bulk%.scale.example'"
SERVICES_PER_RESELLER = 500
# Seconds before the template's creation: 200 days plus a multiplicative hash of n over 3 years.
CREATED_OFFSET = "(17280000 + (n * 2654435761) % 94608000)"
# Days between the changes of service n (1 to 60).
CHANGE_GAP = "(1 + (n * 7) % 60)"
CHANGE_STATUS = {1: "CertifiedSecure", 2: "AccountSuspended", 3: "CertifiedSecure"}


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


def series(first, last):
    return f"WITH RECURSIVE seq(n) AS (SELECT {first} UNION ALL SELECT n + 1 FROM seq WHERE n < {last}) "


def columns(table):
    return [row[1] for row in con.execute(f'PRAGMA table_info("{table}")')]


def copy_columns(table, given):
    """INSERT's column list and SELECT's value list: the given {column: expression}, every other column the template row t's."""
    names = list(given) + [c for c in columns(table) if c not in given]
    return ", ".join(names), ", ".join(given.get(c, "t." + c) for c in names)


started = time.time()
have = existing(f"SELECT COUNT(*) FROM Services WHERE {BULK}")
total_before = existing("SELECT COUNT(*) FROM Services")
want = services - (total_before - have)  # bulk services needed so that the table holds SERVICES rows
resellers = max(2, -(-want // SERVICES_PER_RESELLER))
template_reseller = existing("SELECT ResellerId FROM Services WHERE Id = ?", template)
template_created = existing("SELECT CreatedOn FROM Services WHERE Id = ?", template)
# The bulk service's creation, as its Services row has it (seconds before the template's).
CREATED = f"datetime('{template_created}', '-' || {CREATED_OFFSET} || ' seconds')"
reseller_of = f"CASE WHEN n % {resellers} = 0 THEN '{template_reseller}' ELSE printf('%08X-5E11-4000-8000-%012X', 0, n % {resellers}) END"
if want > have:
    first, last = have + 1, want
    with transaction():
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
                                  AdminUsername, ResellerId, PartnerId, CollectionId, CreatedOn, EffectiveDate, InitialTerm, ClientGuid)
            SELECT {SERVICE_ID}, 'bulk' || n || '.scale.example', 'bulk' || n, 'Bulk Company ' || n, 'bulk company ' || n,
                   t.ReferenceId, {final_status}, t.TrialEndDate, 'admin@bulk' || n || '.scale.example',
                   {reseller_of}, t.PartnerId, t.CollectionId, datetime(t.CreatedOn, '-' || {CREATED_OFFSET} || ' seconds'),
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
        # What CreateService writes for the service's users (ServiceProvisioner, ServiceUserRecords.AddNew): its
        # two default groups, its Service admin, and the system user in the Professional group, linked to the admin,
        # with its first status change and open group period, all at the service's creation.
        template_user = con.execute("SELECT Id, GroupId, AdminUserId FROM ServiceUsers WHERE ServiceId = ? AND IsSystemUser = 1",
                                    (template,)).fetchall()
        if len(template_user) != 1 or template_user[0][2] is None:
            sys.exit(f"seed_sqlite.py: the template service {template} needs one system user linked to its Service admin")
        template_user_id, template_group_id, template_admin_id = template_user[0]
        template_groups = dict(con.execute("SELECT Type, Id FROM ServiceUserGroups WHERE ServiceId = ? AND IsDefault = 1", (template,)).fetchall())
        if sorted(template_groups) != sorted(GROUP_TYPES.values()) or template_groups["Professional"] != template_group_id:
            sys.exit(f"seed_sqlite.py: the template service's default groups are {template_groups}, its system user's group"
                     f" {template_group_id}; expected {list(GROUP_TYPES.values())}, the user in the Professional one")
        names, values = copy_columns("ServiceUserGroups", {"Id": GROUP_ID, "ServiceId": SERVICE_ID, "CreatedOn": CREATED})
        con.execute(series(first, last) + f""",
            types(j, type) AS (VALUES {", ".join(f"({j}, '{t}')" for j, t in GROUP_TYPES.items())})
            INSERT INTO ServiceUserGroups ({names})
            SELECT {values}
            FROM seq, types, ServiceUserGroups t WHERE t.ServiceId = ? AND t.IsDefault = 1 AND t.Type = types.type""", (template,))
        names, values = copy_columns("AdminUsers", {"Id": ADMIN_ID, "Email": "'admin@bulk' || n || '.scale.example'",
                                                    "ScopeId": SERVICE_ID, "CreatedOn": CREATED})
        con.execute(series(first, last) + f"""
            INSERT INTO AdminUsers ({names})
            SELECT {values}
            FROM seq, AdminUsers t WHERE t.Id = ?""", (template_admin_id,))
        names, values = copy_columns("ServiceUsers", {
            "Id": USER_ID, "ServiceId": SERVICE_ID, "Email": "'admin@bulk' || n || '.scale.example'",
            "GroupId": PROFESSIONAL_GROUP_ID, "AdminUserId": ADMIN_ID, "CreatedOn": CREATED,
            "RegisteredOn": f"CASE WHEN t.RegisteredOn IS NULL THEN NULL ELSE {CREATED} END"})
        con.execute(series(first, last) + f"""
            INSERT INTO ServiceUsers ({names})
            SELECT {values}
            FROM seq, ServiceUsers t WHERE t.Id = ?""", (template_user_id,))
        names, values = copy_columns("ServiceUserStatusChanges", {
            "Id": "printf('%08X-5C4B-4000-8000-%012X', 0, n)", "ServiceUserId": USER_ID, "ServiceId": SERVICE_ID, "ChangedOn": CREATED})
        con.execute(series(first, last) + f"""
            INSERT INTO ServiceUserStatusChanges ({names})
            SELECT {values}
            FROM seq, ServiceUserStatusChanges t WHERE t.ServiceUserId = ? AND t.FromStatus IS NULL""", (template_user_id,))
        names, values = copy_columns("ServiceUserGroupPeriods", {
            "Id": "printf('%08X-9E71-4000-8000-%012X', 0, n)", "ServiceUserId": USER_ID, "ServiceId": SERVICE_ID,
            "GroupId": PROFESSIONAL_GROUP_ID, "StartedOn": CREATED})
        con.execute(series(first, last) + f"""
            INSERT INTO ServiceUserGroupPeriods ({names})
            SELECT {values}
            FROM seq, ServiceUserGroupPeriods t WHERE t.ServiceUserId = ? AND t.EndedOn IS NULL""", (template_user_id,))
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
    with transaction():
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
    with transaction():
        # SKU n belongs to bulk service ((n - 1) % bulk_services) + 1, so they spread evenly.
        con.execute(series(first, last) + f"""
            INSERT INTO ServiceSkus (Id, ServiceId, ServiceSkuBundleId, Name, BillingMetric, UnitPrice, Quantity,
                                     Description, AssignedDate, EndedDate)
            SELECT printf('%08X-5C05-4000-8000-%012X', 0, n), printf('%08X-5E5E-4000-8000-%012X', 0, ((n - 1) % {bulk_services}) + 1),
                   NULL, 'Bulk SKU', 'NoMetric', '1.0', 1, NULL, '2026-01-01 00:00:00', NULL
            FROM seq""")

# The kept per-reseller status counts (migration AddServiceStatusCounts), counted again over the grown services. Moves
# only grow (a host keeps page anchors per sum of Moves), so each row's grows by its count.
if existing("SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name = 'ServiceStatusCounts'"):
    with transaction():
        con.execute("""INSERT INTO ServiceStatusCounts (ResellerId, Status, PartnerId, Count, Moves)
                       SELECT s.ResellerId, s.Status, r.PartnerId, COUNT(*), COUNT(*) FROM Services s JOIN Resellers r ON r.Id = s.ResellerId
                       GROUP BY s.ResellerId, s.Status, r.PartnerId
                       ON CONFLICT (ResellerId, Status) DO UPDATE SET Count = excluded.Count, Moves = Moves + excluded.Moves""")

con.execute("ANALYZE")
con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
print(f"services {existing('SELECT COUNT(*) FROM Services')}, skus {existing('SELECT COUNT(*) FROM ServiceSkus')}, "
      f"status changes {existing('SELECT COUNT(*) FROM ServiceStatusChanges')}, resellers {existing('SELECT COUNT(*) FROM Resellers')}, "
      f"user groups {existing('SELECT COUNT(*) FROM ServiceUserGroups')}, service users {existing('SELECT COUNT(*) FROM ServiceUsers')} "
      f"({time.time() - started:.0f} s)")
