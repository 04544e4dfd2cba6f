"""Prints the query plan of every SELECT in an EF Core command log (Microsoft.EntityFrameworkCore.Database.Command
at Information), so each lookup the benchmarked operations run can be checked for an index.

Usage: explain.py LOG sqlite DB_FILE
       explain.py LOG postgres VALUE     (psql connection from the PG* environment; every parameter becomes VALUE)
"""
import re
import sqlite3
import subprocess
import sys

log, provider, target = sys.argv[1], sys.argv[2], sys.argv[3]
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
        names = {name[1:]: None for name in re.findall(r"@\w+", sql)}
        con = sqlite3.connect(target, isolation_level=None)
        print("    with the file's statistics:")
        for row in con.execute("EXPLAIN QUERY PLAN " + sql, names):
            print("      " + row[-1])
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
        for name in set(re.findall(r"@\w+", sql)):
            literal = re.sub(re.escape(name) + r"\b", f"'{target}'", literal)  # untyped: takes the column's type
        # As for SQLite: tables of a few rows are scanned whatever their indexes, so the plan is shown
        # twice, the second time with sequential scans discouraged, which shows the index a lookup can use.
        for title, settings in [("with the database's statistics", ""), ("sequential scans discouraged", "SET enable_seqscan = off; ")]:
            result = subprocess.run(["psql", "-X", "-q", "-A", "-t", "-c", settings + "EXPLAIN (COSTS OFF) " + literal],
                                    capture_output=True, text=True)
            print(f"    {title}:")
            for plan_line in (result.stdout or result.stderr).splitlines():
                print("      " + plan_line)
    print()
