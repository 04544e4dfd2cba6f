#!/usr/bin/env bash
# Re-measures issue 34's usage scenarios on the databases a SQLite `bench/run.sh --scale` run kept in its work folder
# (small.db, the 1k copy, and bench.db, the large file), without seeding them again (a year for 100,000 services takes
# ~25 min): a CccApi.Bench.Host from HOST_DIR on each (migrated on start), the same wrk scripts, the two sizes in
# alternate runs of DURATION s, ROUNDS rounds, wrk -c CONNECTIONS (default 4; -t2, or -t1 for one connection). Prints a markdown row per run: req/s, p50/p99 from wrk's
# latency distribution, CccApi's CPU ms per request (/proc/PID/stat), requests, non-2xx.
# PostgreSQL: POSTGRES="<connection string of the database a run kept with BENCH_KEEP_DATABASE=1>" measures that database
# alone (a PostgreSQL run grows its one database, so there is no 1k copy), with the run's data-protection certificate.
# Usage: [CONNECTIONS=N] [POSTGRES=...] bench/scale/remeasure_usage.sh WORK PARTNER_GUID COLLECTION_GUID [ROUNDS] [DURATION] [HOST_DIR]
#   (PARTNER and COLLECTION: from the run's "seeded partner ..., collection ..." line; HOST_DIR: a Release build of
#   bench/Host, e.g. dotnet build bench/Host/CccApi.Bench.Host.csproj -c Release -o /tmp/benchhost)
set -euo pipefail
W="$1"; PARTNER="$2"; COLLECTION="$3"; ROUNDS="${4:-2}"; DUR="${5:-15}"; HOSTDIR="${6:-$(dirname "$0")/../Host/bin/Release/net10.0}"
CONNECTIONS="${CONNECTIONS:-4}"; THREADS=$((CONNECTIONS < 2 ? CONNECTIONS : 2))
# A SuperUser key of this script's own, added to the bench SuperUser on start.
KEY="cccak_remeasure$(head -c 24 /dev/urandom | base64 | tr '+/' '-_' | tr -d '=')"
start() { (cd "$HOSTDIR" && exec env "${@:3}" Database__ConnectionString="$1" Urls=http://127.0.0.1:$2 ASPNETCORE_ENVIRONMENT=Production \
  ServiceHost__RateLimit__PermitLimitPerCaller=100000000 ServiceHost__RateLimit__PermitLimitPerAddress=100000000 CCCAPI_BOOTSTRAP_SUPERUSER_EMAIL=bench@example.com \
  CCCAPI_BOOTSTRAP_SUPERUSER_APIKEY=$KEY CCCAPI_BENCH_DIAGNOSTICS=1 DOTNET_GCDynamicAdaptationMode=0 dotnet CccApi.Bench.Host.dll) >"$W/remeasure-$2.log" 2>&1 & echo $!; }
if [[ -n "${POSTGRES:-}" ]]; then
  PORTS=(5102); SMALL_PID=""
  LARGE_PID=$(start "$POSTGRES" 5102 Database__Provider=PostgreSql DataProtection__CertificatePath="$W/data-protection.pfx")
else
  PORTS=(5101 5102)
  # Large read-mostly files: the memory map on, as bench/run.sh --scale runs them.
  SMALL_PID=$(start "Data Source=$W/small.db" 5101 Database__Provider=Sqlite Database__Sqlite__MemoryMapBytes=2147483648)
  LARGE_PID=$(start "Data Source=$W/bench.db" 5102 Database__Provider=Sqlite Database__Sqlite__MemoryMapBytes=2147483648)
fi
trap 'kill $SMALL_PID $LARGE_PID 2>/dev/null || true' EXIT
for port in "${PORTS[@]}"; do for i in $(seq 60); do curl -fs -o /dev/null http://127.0.0.1:$port/api/metadata 2>/dev/null && break; sleep 1; done; done
ckey() { curl -fsS -X POST "http://127.0.0.1:$1/api/collections/$COLLECTION/keys" -H "Authorization: Bearer $KEY" -H "Content-Type: application/json" -H "Accept: application/json" --data '{"name":"measure"}' | python3 -c "import json,sys; print(json.load(sys.stdin)['key'])"; }
# The large file's label, as bench/run.sh named its values files (e.g. 100,000_services).
LARGE_LABEL="$(basename "$(ls "$W"/search-values.*.usage-services.txt | grep -v '\.1k_services\.' | head -n 1)" .usage-services.txt)"
LARGE_LABEL="${LARGE_LABEL#search-values.}"
declare -A CKEY=([5102]="$(ckey 5102)") PIDOF=([5101]=$SMALL_PID [5102]=$LARGE_PID) LABEL=([5101]=1k_services [5102]="$LARGE_LABEL")
[[ -n "$SMALL_PID" ]] && CKEY[5101]="$(ckey 5101)"
export BENCH_WRK_DIR="$(cd "$(dirname "$0")/../wrk" && pwd)" BENCH_API_KEY=$KEY BENCH_PARTNER_GUID=$PARTNER BENCH_COLLECTION_GUID=$COLLECTION BENCH_SEARCH_VALUES="$W/search-values" BENCH_WRK_SUMMARY=/dev/null
ticks() { awk '{print $14+$15}' /proc/$1/stat; }
# PostgreSQL's own CPU: all its processes (the pooled backends live through a run).
db_ticks() { local t=0 p; for p in $(pgrep -x postgres); do t=$((t + $(awk '{print $14+$15}' /proc/$p/stat 2>/dev/null || echo 0))); done; echo $t; }
run() { # scenario script search port duration
  export BENCH_SEARCH="$3" BENCH_TARGET="${LABEL[$4]}" BENCH_COLLECTION_KEY="${CKEY[$4]}"
  local t0 t1 d0 d1 out; t0=$(ticks ${PIDOF[$4]}); d0=$(db_ticks)
  out=$(wrk -t"$THREADS" -c"$CONNECTIONS" -d"$5"s --timeout 60s --latency -s "$BENCH_WRK_DIR/$2" http://127.0.0.1:$4)
  t1=$(ticks ${PIDOF[$4]}); d1=$(db_ticks)
  python3 - "$1" "${LABEL[$4]}" "$((t1 - t0))" "$((d1 - d0))" <<PY
import re, sys
out = """$out"""
def ms(s):
    v, u = re.match(r"([\d.]+)(us|ms|s|m)", s).groups(); return float(v) * {"us": 0.001, "ms": 1, "s": 1000, "m": 60000}[u]
dist = re.search(r"Latency Distribution\s+50%\s+(\S+)[\s\S]*?99%\s+(\S+)", out)
p50, p99 = ms(dist.group(1)), ms(dist.group(2))
n = int(re.search(r"(\d+) requests in", out).group(1)); rps = float(re.search(r"Requests/sec:\s+([\d.]+)", out).group(1))
non2xx = re.search(r"Non-2xx or 3xx responses: (\d+)", out); errs = re.search(r"Socket errors:.*", out)
print(f"| {sys.argv[1]} | {sys.argv[2]} | {rps:,.1f} | {p50:.1f} | {p99:.1f} | {int(sys.argv[3]) * 10 / max(n, 1):.1f} | {int(sys.argv[4]) * 10 / max(n, 1):.1f} | {n} | {non2xx.group(1) if non2xx else 0} | {errs.group(0) if errs else ''} |")
PY
}
echo "| scenario | target | req/s | p50 ms | p99 ms | CPU ms/req | PostgreSQL CPU ms/req | requests | non-2xx | errors |"
echo "|---|---|---:|---:|---:|---:|---:|---:|---:|---|"
for port in "${PORTS[@]}"; do run warmup usage-report.lua Services $port 10 >/dev/null; run warmup usage-report.lua Counts $port 10 >/dev/null; run warmup usage-intake.lua - $port 10 >/dev/null; done
for round in $(seq "$ROUNDS"); do
  order=("${PORTS[@]}"); ((round % 2 == 0 && ${#PORTS[@]} == 2)) && order=(5102 5101)
  for entry in "GetServicesUsage usage-report.lua Services" "GetPartnerServiceUserCountReport usage-report.lua Counts" "UsageIntake usage-intake.lua -"; do
    read -r scenario script search <<<"$entry"
    for port in "${order[@]}"; do run "$scenario" "$script" "$search" "$port" "$DUR"; done
  done
done
