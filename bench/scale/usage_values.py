"""Lists the services bench/wrk/usage-intake.lua and usage-report.lua use: every service with a seeded year of usage
(bench/scale/seed_usage_*), in Id order, as 32 hex digits, one a line, in OUT_PREFIX.usage-services.txt.

Usage: usage_values.py OUT_PREFIX sqlite DB_FILE
       usage_values.py OUT_PREFIX postgres        (psql connection from the PG* environment)
"""
import sqlite3
import subprocess
import sys
import uuid

out, provider = sys.argv[1], sys.argv[2]
if provider == "sqlite":
    con = sqlite3.connect(sys.argv[3])
    ids = [row[0] for row in con.execute("SELECT DISTINCT ServiceId FROM ServiceUsageMonths ORDER BY ServiceId")]
    con.close()
else:
    result = subprocess.run(["psql", "-X", "-q", "-A", "-t", "-c",
                             'SELECT DISTINCT "ServiceId" FROM "ServiceUsageMonths" ORDER BY "ServiceId"'],
                            capture_output=True, text=True, check=True)
    ids = result.stdout.split()
if not ids:
    sys.exit("usage_values.py: no service has seeded usage")
with open(out + ".usage-services.txt", "w") as f:
    f.writelines(uuid.UUID(i).hex + "\n" for i in ids)
print(f"usage_values.py: {len(ids)} services with usage", file=sys.stderr)
