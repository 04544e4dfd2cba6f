"""Picks the values bench/wrk/search.lua sends, from a seeded database: services and status-history rows
that exist, and values that match nothing (a quarter of each list), shuffled with a fixed seed.

Usage: search_values.py OUT_PREFIX RESELLER_GUID sqlite DB_FILE
       search_values.py OUT_PREFIX RESELLER_GUID postgres        (psql connection from the PG* environment)
RESELLER_GUID is the reseller whose admin is the second caller. Writes, tab-separated:
- OUT_PREFIX.services-super.tsv     domain, name, code: 300 of any service, 100 misses (SuperUser);
- OUT_PREFIX.services-reseller.tsv  150 of the reseller's services, 150 of others' (found but not visible), 100 misses;
- OUT_PREFIX.status-super.tsv       reseller, from, to: the reseller and a 30-day window around 300 history rows of
                                    any reseller, 100 of a reseller that does not exist;
- OUT_PREFIX.status-reseller.tsv    the same around 300 of the reseller's rows, 100 windows in 2001 (before any row).
"""
import datetime
import random
import sqlite3
import subprocess
import sys
import uuid

out, reseller, provider = sys.argv[1], str(uuid.UUID(sys.argv[2])), sys.argv[3]
rng = random.Random(30)


def query(sql_sqlite, sql_postgres):
    if provider == "sqlite":
        con = sqlite3.connect(sys.argv[4])
        rows = [tuple(str(v) for v in row) for row in con.execute(sql_sqlite)]
        con.close()
        return rows
    result = subprocess.run(["psql", "-X", "-q", "-A", "-t", "-F", "\t", "-c", sql_postgres],
                            capture_output=True, text=True, check=True)
    return [tuple(line.split("\t")) for line in result.stdout.splitlines() if line]


def services(where, count):
    return query(f"SELECT PrimaryDomain, ServiceName, ServiceCode FROM Services WHERE {where.format(q='')} ORDER BY random() LIMIT {count}",
                 f'SELECT "PrimaryDomain", "ServiceName", "ServiceCode" FROM "Services" WHERE {where.format(q=chr(34))} ORDER BY random() LIMIT {count}')


def changes(where, count):
    return query(f"SELECT ResellerId, ChangedOn FROM ServiceStatusChanges WHERE {where.format(q='')} ORDER BY random() LIMIT {count}",
                 f'SELECT "ResellerId", to_char("ChangedOn" AT TIME ZONE \'UTC\', \'YYYY-MM-DD HH24:MI:SS\') FROM "ServiceStatusChanges" '
                 f'WHERE {where.format(q=chr(34))} ORDER BY random() LIMIT {count}')


# SQLite keeps Guids as uppercase text, PostgreSQL as uuid: compare in each one's form.
own = f"{{q}}ResellerId{{q}} = '{reseller.upper() if provider == 'sqlite' else reseller}'"
others = own.replace(" = ", " <> ")
misses = [(f"nosuch{i}.scale.example", f"No Such Company {i}", f"nosuch{i}") for i in range(100)]


def window(row):
    changed = datetime.datetime.fromisoformat(row[1][:19])
    return (row[0].lower(), f"{changed - datetime.timedelta(days=15):%Y-%m-%dT%H:%M:%SZ}", f"{changed + datetime.timedelta(days=15):%Y-%m-%dT%H:%M:%SZ}")


def write(name, rows):
    rows = list(rows)
    rng.shuffle(rows)
    with open(f"{out}.{name}.tsv", "w", encoding="utf-8") as f:
        f.writelines("\t".join(row) + "\n" for row in rows)
    print(f"{out}.{name}.tsv: {len(rows)} values", file=sys.stderr)


write("services-super", services("1 = 1", 300) + misses)
write("services-reseller", services(own, 150) + services(others, 150) + misses)
nobody = str(uuid.UUID(int=rng.getrandbits(128)))
write("status-super", [window(r) for r in changes("1 = 1", 300)]
      + [(nobody, f"2025-{m:02d}-01T00:00:00Z", f"2025-{m:02d}-28T23:59:59Z") for m in range(1, 13) for _ in range(9)][:100])
write("status-reseller", [window(r) for r in changes(own, 300)]
      + [(reseller, f"2001-{m:02d}-01T00:00:00Z", f"2001-{m:02d}-28T23:59:59Z") for m in range(1, 13) for _ in range(9)][:100])
