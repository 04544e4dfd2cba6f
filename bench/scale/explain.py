"""Prints the query plan of every SELECT in an EF Core command log (Microsoft.EntityFrameworkCore.Database.Command
at Information), so each lookup the benchmarked operations run can be checked for an index.

Usage: explain.py LOG sqlite DB_FILE
       explain.py LOG postgres GUID      (psql connection from the PG* environment; parameters become GUID)
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
        con = sqlite3.connect(target)
        names = {name[1:]: None for name in re.findall(r"@\w+", sql)}
        for row in con.execute("EXPLAIN QUERY PLAN " + sql, names):
            print("    " + row[-1])
    else:
        literal = sql
        for name in set(re.findall(r"@\w+", sql)):
            literal = re.sub(re.escape(name) + r"\b", f"'{target}'::uuid", literal)
        result = subprocess.run(["psql", "-X", "-q", "-A", "-t", "-c", "EXPLAIN " + literal], capture_output=True, text=True)
        for plan_line in (result.stdout or result.stderr).splitlines():
            print("    " + plan_line)
    print()
