"""Prints the query plan of every SELECT in an EF Core command log (Microsoft.EntityFrameworkCore.Database.Command
at Information), so each lookup the benchmarked operations run can be checked for an index.

Usage: explain.py LOG sqlite DB_FILE [COLUMN=VALUE...]
       explain.py LOG postgres VALUE [COLUMN=VALUE...]   (psql connection from the PG* environment)
A parameter compared with a column named in a COLUMN=VALUE (as `"s"."PrimaryDomain" = @stored`; a range bound
as ChangedOn>= or ChangedOn<=) takes that VALUE, LIMIT's 25 and OFFSET's 0, any other the service Guid (the
postgres VALUE, or GUID=... on SQLite), or NULL on SQLite without one.
Each plan is followed by its verdict on the statistics' plan: a full scan (of the table or of a whole index) of one
of the large tables (BIG) is named; the last line counts them.
"""
import re
import sqlite3
import subprocess
import sys

log, provider, target = sys.argv[1], sys.argv[2], sys.argv[3]
values = {m.group(1) + (m.group(2) + "=" if m.group(2) else ""): m.group(3)
          for m in (re.match(r"^(\w+)([<>]?)=(.*)$", arg) for arg in sys.argv[4:])}
BIG = {"Resellers", "Services", "ServiceStatusChanges", "ServiceDomains", "ServiceSkus", "ServiceUsers", "ServiceCompanies", "ServiceContacts"}


def parameter_values(sql, default):
    """Each @parameter of the statement and the value it takes (see the usage above)."""
    found = {}
    for name in set(re.findall(r"@(\w+)", sql)):
        compared = re.search(r'"(\w+)"\s*(=|>=|<=)\s*@' + name + r"\b", sql)
        if re.search(r"LIMIT @" + name + r"\b", sql):
            found[name] = 25
        elif re.search(r"OFFSET @" + name + r"\b", sql):
            found[name] = 0
        elif compared and (compared.group(1) + compared.group(2)) in values:
            found[name] = values[compared.group(1) + compared.group(2)]
        elif compared and compared.group(1) in values:
            found[name] = values[compared.group(1)]
        else:
            found[name] = default
    return found


def sqlite_full_scans(sql, plan):
    aliases = dict((alias, table) for table, alias in re.findall(r'(?:FROM|JOIN)\s+"(\w+)"\s+AS\s+"(\w+)"', sql))
    return [line for line in plan if (m := re.match(r"\s*SCAN (\w+)", line)) and aliases.get(m.group(1)) in BIG]


def postgres_full_scans(plan):
    flagged = []
    for i, line in enumerate(plan):
        m = re.search(r'(Seq Scan|Index Scan|Index Only Scan)(?: Backward)?(?: using \S+)? on "?(\w+)"?', line)
        if not m or m.group(2) not in BIG:
            continue
        if m.group(1) == "Seq Scan":
            flagged.append(line.strip())
            continue
        # An index scan without an Index Cond reads the whole index.
        node = []
        for following in plan[i + 1:]:
            if "->" in following:
                break
            node.append(following)
        if not any("Index Cond" in n for n in node):
            flagged.append(line.strip())
    return flagged


scans_found = 0
statements, current = [], None
for line in open(log, encoding="utf-8", errors="replace"):
    if re.match(r"^(info|warn|fail|dbug|trce|crit):", line):
        if current:
            statements.append("\n".join(current).strip())
        current = [] if "Database.Command" in line else None
        continue
    if current is not None:
        text = line.rstrip("\n")
        if not current and "Executed DbCommand" in text:
            current.append("")  # the header line; the SQL follows
            continue
        current.append(text.strip())
if current:
    statements.append("\n".join(current).strip())

seen = set()
for sql in statements:
    if not sql.upper().startswith("SELECT") or sql in seen:
        continue
    if any(catalog in sql for catalog in ("sqlite_master", "__EFMigrations", "pg_catalog", "information_schema", "pg_namespace")):
        continue  # start-up's migration checks, not a lookup of the operations
    seen.add(sql)
    print("```sql\n" + sql + "\n```")
    if provider == "sqlite":
        names = parameter_values(sql, values.get("GUID"))
        con = sqlite3.connect(target, isolation_level=None)
        print("    with the file's statistics:")
        plan = [row[-1] for row in con.execute("EXPLAIN QUERY PLAN " + sql, names)]
        for line in plan:
            print("      " + line)
        scans = sqlite_full_scans(sql, plan)
        # A table of a few rows is scanned whatever its indexes; without statistics SQLite plans as for
        # large tables, which shows the index each lookup can use. Rolled back: the file keeps its statistics.
        con.execute("BEGIN")
        con.execute("DELETE FROM sqlite_stat1")
        con.execute("ANALYZE sqlite_schema")
        print("    planned as for large tables (statistics set aside):")
        for row in con.execute("EXPLAIN QUERY PLAN " + sql, names):
            print("      " + row[-1])
        con.execute("ROLLBACK")
        con.close()
    else:
        literal = sql
        for name, value in parameter_values(sql, target).items():
            # untyped: a quoted literal takes the column's type
            literal = re.sub("@" + re.escape(name) + r"\b", str(value) if isinstance(value, int) else f"'{value}'", literal)
        # As for SQLite: tables of a few rows are scanned whatever their indexes, so the plan is shown
        # twice, the second time with sequential scans discouraged, which shows the index a lookup can use.
        for title, settings in [("with the database's statistics", ""), ("sequential scans discouraged", "SET enable_seqscan = off; ")]:
            result = subprocess.run(["psql", "-X", "-q", "-A", "-t", "-c", settings + "EXPLAIN (COSTS OFF) " + literal],
                                    capture_output=True, text=True)
            print(f"    {title}:")
            plan = (result.stdout or result.stderr).splitlines()
            for plan_line in plan:
                print("      " + plan_line)
            if not settings:
                scans = postgres_full_scans(plan)
    print("    verdict: " + ("FULL SCAN of a large table: " + "; ".join(scans) if scans else "every large table read through an index seek"))
    scans_found += bool(scans)
    print()
print(f"{scans_found} statement(s) with a full scan of a large table ({', '.join(sorted(BIG))}).")
