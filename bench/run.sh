#!/usr/bin/env bash
# CccApi benchmark: builds Release, starts CccApi, the bare minimal-API baseline (bench/Baseline, the same
# ServiceInterface code without CccApi's HTTP layer) and the ADO.NET target (bench/AdoNet, CreateServiceSku,
# GetService and the ResellerCollectionAccess PUT as plain SQL, no ORM: the physical limit) on one fresh database (SQLite, or PostgreSQL when
# CCCAPI_BENCH_POSTGRES is set), seeds it through the API, warms up, then drives them with wrk, interleaved,
# and prints requests/s, p50, p99, CPU ms/request, bytes allocated/request, peak RSS and first-chance
# exceptions side by side, with CccApi's ratio to each.
#
# --scale instead measures GetService, CreateServiceSku and the searches of issue 30 (SearchServices by
# Domain, Name and Code, SearchServiceStatusChanges by ResellerGuid and a date window, each as the SuperUser
# and as a reseller admin who sees a subset) on CccApi alone, on a database of 1,000 services (5,000 SKUs)
# and on one bulk-grown in SQL to --scale-services services and --scale-skus SKUs (default 1,000,000 and
# 5,000,000), prints both and their ratio, and the query plan of each lookup with its verdict (index or scan). Two
# CccApi processes serve a copy of the small database (SQLite: a second file; PostgreSQL: a second database on the
# same server) and the grown one, measured alternately.
# With the scale runs go issue 34's usage scenarios: UsageIntake (batches of 1,000 usage records, with a collection
# key), GetServicesUsage and GetPartnerServiceUserCountReport (a random page of the bench partner's services), after
# --scale-usage-services services (default 100,000) got a year of daily usage records, rollups and user counts in
# SQL (bench/scale/seed_usage_*): 36.5M records at 100,000, 365,000 on the 1k database (1% of the data). Run with
# --scale-services 100000 for a partner that has exactly the services with usage.
#
# Usage: bench/run.sh [--duration SECONDS] [--slice SECONDS] [--rounds N] [--warmup SECONDS] [--connections N] [--results FILE]
#                     [--scale [--scale-services N] [--scale-skus N] [--scale-usage-services N]] [--scenarios NAME,NAME...]
#                     [--sku-services N] [--allocations]
# --duration is each target's measured time per round (default 10), run as wrk slices of --slice seconds
#   (default 2) interleaved with the other targets': A B C C B A A B C ... (see measure_group).
# --connections is wrk's number of open connections (default 32, which saturates this machine's CPUs: p50 and p99
#   are then mostly time queued, by Little's law connections / req/s; fewer show a request's own latency under load).
# --scenarios keeps only the named scenarios (CreateServiceSku, CreateService, GetService,
#   ResellerCollectionAccess-PUT, ping, metadata; with --scale: GetService, CreateServiceSku, SearchServices-Domain,
#   -Name, -Code, SearchServiceStatusChanges, each search also with the suffix -ResellerAdmin, UsageIntake,
#   GetServicesUsage, GetPartnerServiceUserCountReport), in the table's order.
# --sku-services is how many services CreateServiceSku spreads its SKUs over (default 500), so that the quota
#   count each create makes reads a tenant-sized service, not one holding every SKU of the run.
# --allocations (with one --scenarios, not with --scale) also prints each target's bytes allocated per request by
#   type (bench/allocations.py), from the bench-only allocation sampler started after the warm-up.
# PostgreSQL: CCCAPI_BENCH_POSTGRES="Host=127.0.0.1;Port=5432;Username=cccapi;Password=cccapi" bench/run.sh
#   (a fresh database, with --scale a second for the 1k copy, is created for the run and dropped at the end;
#   BENCH_KEEP_DATABASE=1 keeps the first for further study).
# Only 127.0.0.1 (and the PostgreSQL server named) is contacted. Every process started here is stopped on exit.
set -euo pipefail

DURATION=10
SLICE_SECONDS=2
ROUNDS=3
WARMUP=3
CONNECTIONS=32
THREADS=2
RESULTS_FILE=""
SCALE=0
SCALE_SERVICES=1000000
SCALE_SKUS=5000000
SCALE_USAGE_SERVICES=100000
ONLY_SCENARIOS=""
SKU_SERVICES=500
ALLOCATIONS=0
while (($#)); do
  case "$1" in
    --duration) DURATION="$2"; shift 2 ;;
    --slice) SLICE_SECONDS="$2"; shift 2 ;;
    --rounds) ROUNDS="$2"; shift 2 ;;
    --warmup) WARMUP="$2"; shift 2 ;;
    --connections) CONNECTIONS="$2"; shift 2 ;;
    --results) RESULTS_FILE="$2"; shift 2 ;;
    --scale) SCALE=1; shift ;;
    --scale-services) SCALE_SERVICES="$2"; shift 2 ;;
    --scale-skus) SCALE_SKUS="$2"; shift 2 ;;
    --scale-usage-services) SCALE_USAGE_SERVICES="$2"; shift 2 ;;
    --scenarios) ONLY_SCENARIOS=",$2,"; shift 2 ;;
    --sku-services) SKU_SERVICES="$2"; shift 2 ;;
    --allocations) ALLOCATIONS=1; shift ;;
    *) echo "unknown argument: $1" >&2; exit 2 ;;
  esac
done
# wrk wants at least one connection per thread: --connections 1 runs one thread.
((CONNECTIONS < THREADS)) && THREADS=$CONNECTIONS
if ((CONNECTIONS < 1)); then
  echo "--connections must be at least 1" >&2; exit 2
fi
if ((SLICE_SECONDS < 1 || DURATION < SLICE_SECONDS || DURATION % SLICE_SECONDS)); then
  echo "--duration must be a whole number of --slice seconds (at least 1)" >&2; exit 2
fi
SLICE_COUNT=$((DURATION / SLICE_SECONDS))

BENCH_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
REPO_DIR="$(dirname "$BENCH_DIR")"
WORK="$(mktemp -d /tmp/cccapi-bench.XXXXXX)"
PIDS=()

cleanup() {
  local pid
  for pid in "${PIDS[@]}"; do
    kill "$pid" 2>/dev/null || true
  done
  for pid in "${PIDS[@]}"; do
    wait "$pid" 2>/dev/null || true
  done
  if [[ -n "${PG_DATABASE:-}" && -n "${BENCH_KEEP_DATABASE:-}" ]]; then
    echo "PostgreSQL database kept: $PG_DATABASE" >&2
  elif [[ -n "${PG_DATABASE:-}" ]]; then
    psql -X -q -d postgres -c "DROP DATABASE IF EXISTS \"$PG_DATABASE\" WITH (FORCE)" >/dev/null 2>&1 || true
  fi
  if [[ -n "${PG_SMALL_DATABASE:-}" ]]; then
    psql -X -q -d postgres -c "DROP DATABASE IF EXISTS \"$PG_SMALL_DATABASE\" WITH (FORCE)" >/dev/null 2>&1 || true
  fi
  echo "logs and raw wrk output kept in $WORK" >&2
}
trap cleanup EXIT INT TERM

log() { echo "[bench $(date -u +%H:%M:%S)] $*" >&2; }

# ---- tools and build -------------------------------------------------------------------------
"$BENCH_DIR/install-wrk.sh"
log "building Release"
# bench/Host is CccApi.Host's own wiring plus the /__bench diagnostics, which the shipped host does not carry.
dotnet build "$BENCH_DIR/Host/CccApi.Bench.Host.csproj" -c Release -nologo -v q >"$WORK/build.log" 2>&1 || { cat "$WORK/build.log"; exit 1; }
dotnet build "$BENCH_DIR/Baseline/Baseline.csproj" -c Release -nologo -v q >"$WORK/build-baseline.log" 2>&1 \
  || { cat "$WORK/build-baseline.log"; exit 1; }
HOST_DIR="$BENCH_DIR/Host/bin/Release/net10.0"
dotnet build "$BENCH_DIR/AdoNet/AdoNet.csproj" -c Release -nologo -v q >"$WORK/build-adonet.log" 2>&1 \
  || { cat "$WORK/build-adonet.log"; exit 1; }
BASELINE_DIR="$BENCH_DIR/Baseline/bin/Release/net10.0"
ADONET_DIR="$BENCH_DIR/AdoNet/bin/Release/net10.0"

# ---- start the two processes -----------------------------------------------------------------
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()'; }

API_KEY="cccak_bench$(head -c 24 /dev/urandom | base64 | tr '+/' '-_' | tr -d '=')"

# ---- the database: a fresh SQLite file, or a fresh PostgreSQL database ----------------------------
if [[ -n "${CCCAPI_BENCH_POSTGRES:-}" ]]; then
  PROVIDER=PostgreSql
  # psql reads the same server and credentials from the PG* variables.
  eval "$(python3 - "$CCCAPI_BENCH_POSTGRES" <<'PY'
import shlex, sys
fields = dict(p.split("=", 1) for p in sys.argv[1].split(";") if "=" in p)
fields = {k.strip().lower(): v.strip() for k, v in fields.items()}
for env, keys in [("PGHOST", ["host", "server"]), ("PGPORT", ["port"]), ("PGUSER", ["username", "user id", "user"]), ("PGPASSWORD", ["password"])]:
    for key in keys:
        if key in fields:
            print(f"export {env}={shlex.quote(fields[key])}")
            break
PY
)"
  PG_DATABASE="cccapi_bench_$(date +%s)_$$"
  psql -X -q -d postgres -c "CREATE DATABASE \"$PG_DATABASE\"" >/dev/null
  CONNECTION_STRING="${CCCAPI_BENCH_POSTGRES%;};Database=$PG_DATABASE"
  DATABASE_DESCRIPTION="PostgreSQL $(psql -X -A -t -d postgres -c 'SHOW server_version' | cut -d' ' -f1) on $PGHOST, database $PG_DATABASE created for the run"
  # Processes on a shared database must be given the certificate that encrypts the Data Protection key ring
  # kept in it (on SQLite each makes one beside the database): a self-signed one for the run.
  openssl req -x509 -newkey rsa:2048 -nodes -subj "/CN=CccApi bench Data Protection" -days 30 \
    -keyout "$WORK/data-protection.key" -out "$WORK/data-protection.crt" 2>/dev/null
  openssl pkcs12 -export -inkey "$WORK/data-protection.key" -in "$WORK/data-protection.crt" \
    -out "$WORK/data-protection.pfx" -passout pass:
  DATA_PROTECTION=(DataProtection__CertificatePath="$WORK/data-protection.pfx")
else
  PROVIDER=Sqlite
  DB="$WORK/bench.db"
  CONNECTION_STRING="Data Source=$DB"
  DATABASE_DESCRIPTION="SQLite, one fresh file (WAL, synchronous=NORMAL)"
  DATA_PROTECTION=()
fi
# --scale measures large read-mostly files: CccApi then maps up to 2 GiB of the file (Database:Sqlite:MemoryMapBytes,
# off by default since it tripled the CPU of each write on a growing file) as an operator of such a database would.
SQLITE_READ=()
if ((SCALE)) && [[ "$PROVIDER" == Sqlite ]]; then SQLITE_READ=(Database__Sqlite__MemoryMapBytes=2147483648); fi

# start NAME DIR DLL PORT [VAR=VALUE...]: runs the app from its Release output; prints its pid.
# Server GC's dynamic heap count (DATAS) is off for both apps: while it shrinks the heap count,
# GC.GetTotalAllocatedBytes goes backwards (dotnet/runtime#131069), which made bytes/request negative.
start() {
  local name="$1" dir="$2" dll="$3" port="$4"
  shift 4
  (
    cd "$dir"
    exec env Database__Provider="$PROVIDER" \
      Database__ConnectionString="$CONNECTION_STRING" \
      Urls="http://127.0.0.1:$port" \
      ASPNETCORE_ENVIRONMENT=Production \
      ServiceHost__RateLimit__PermitLimitPerCaller=100000000 \
      ServiceHost__RateLimit__PermitLimitPerAddress=100000000 \
      Quotas__SkusPerService=100000000 \
      Quotas__CollectionsPerReseller=100000000 \
      CCCAPI_BOOTSTRAP_SUPERUSER_EMAIL=bench@example.com \
      CCCAPI_BOOTSTRAP_SUPERUSER_APIKEY="$API_KEY" \
      CCCAPI_BENCH_DIAGNOSTICS=1 \
      DOTNET_GCDynamicAdaptationMode=0 \
      "${DATA_PROTECTION[@]}" \
      "${SQLITE_READ[@]}" \
      "$@" \
      dotnet "$dll"
  ) >"$WORK/$name.log" 2>&1 &
  echo $!
}

wait_ready() {
  local port="$1" i
  for ((i = 0; i < 120; i++)); do
    curl -fsS -o /dev/null "http://127.0.0.1:$port/api/ping" 2>/dev/null && return 0
    sleep 0.5
  done
  echo "server on port $port did not start" >&2
  return 1
}

CCC_PORT="$(free_port)"
CCC_PID="$(start cccapi "$HOST_DIR" CccApi.Bench.Host.dll "$CCC_PORT")"
PIDS+=("$CCC_PID")
SERVER_PIDS=("$CCC_PID")   # the servers measured (wait_idle watches them)
log "CccApi pid $CCC_PID on 127.0.0.1:$CCC_PORT"
wait_ready "$CCC_PORT" || { cat "$WORK/cccapi.log"; exit 1; }

# The baseline shares the database (migrated and seeded by CccApi); only one of them is loaded at a time.
if ((!SCALE)); then
  BASE_PORT="$(free_port)"
  # The baseline serves the page CccApi renders, as fixed bytes, so the metadata ratio isolates what
  # CccApi's page endpoint adds (route, ?op= lookup, the request's own address and host filled in).
  curl -fsS -o "$WORK/metadata-page.html" "http://127.0.0.1:$CCC_PORT/api/json/metadata?op=CreateService"
  BASE_PID="$(start baseline "$BASELINE_DIR" Baseline.dll "$BASE_PORT" BENCH_METADATA_PAGE="$WORK/metadata-page.html")"
  PIDS+=("$BASE_PID")
  SERVER_PIDS+=("$BASE_PID")
  log "baseline pid $BASE_PID on 127.0.0.1:$BASE_PORT"
  wait_ready "$BASE_PORT" || { cat "$WORK/baseline.log"; exit 1; }
  ADO_PORT="$(free_port)"
  ADO_PID="$(start adonet "$ADONET_DIR" AdoNet.dll "$ADO_PORT")"
  PIDS+=("$ADO_PID")
  SERVER_PIDS+=("$ADO_PID")
  log "ADO.NET target pid $ADO_PID on 127.0.0.1:$ADO_PORT"
  wait_ready "$ADO_PORT" || { cat "$WORK/adonet.log"; exit 1; }
fi

# ---- seed through the API --------------------------------------------------------------------
# api METHOD PATH [JSON]: calls CccApi, fails on a non-2xx, prints the body.
api() {
  local method="$1" path="$2" body="${3:-}" response
  if ! response="$(curl -sS --fail-with-body -X "$method" "http://127.0.0.1:$CCC_PORT/api$path" \
    -H "Authorization: Bearer $API_KEY" -H "Content-Type: application/json" -H "Accept: application/json" \
    ${body:+--data "$body"})"; then
    echo "seeding failed: $method $path -> $response" >&2
    return 1
  fi
  echo "$response"
}
# field NAME: reads a top-level string field from the JSON on stdin.
field() { python3 -c 'import json,sys; print(json.load(sys.stdin)[sys.argv[1]])' "$1"; }

log "seeding"
PARTNER="$(api POST /partners '{"name":"Bench Partner"}' | field partnerGuid)"
SITE="$(api POST /sites '{"name":"Bench Site","providerName":"Bench","jurisdiction":"US","endpoint":"https://site.bench.example"}' | field siteGuid)"
RESELLER="$(api POST "/partners/$PARTNER/resellers" '{"name":"Bench Reseller","companyName":"Bench Co","contactInfo":{"name":"Bench","email":"reseller@bench.example","phoneNumber":"+1 555 0100"}}' | field resellerGuid)"
COLLECTION="$(api POST "/resellers/$RESELLER/collections" \
  "{\"siteGuid\":\"$SITE\",\"name\":\"Bench Collection\",\"collectionCode\":\"BENCH\",\"servicesApiBaseUrl\":\"https://col.bench.example\"}" | field collectionGuid)"
api POST "/resellers/$RESELLER/collectionaccess/$COLLECTION" '{"isDefaultCollectionForSite":true}' >/dev/null
# The searches' second caller: an admin of the bench's reseller, who sees only its services, with its own API key.
RESELLER_ADMIN="$(api POST "/resellers/$RESELLER/users" '{"emailAddress":"reseller-admin@bench.example","password":"bench-reseller-admin"}' | field userGuid)"
RESELLER_API_KEY="$(api POST /apikeys "{\"name\":\"bench reseller admin\",\"adminUserGuid\":\"$RESELLER_ADMIN\"}" | field key)"
SERVICE=""
for ((i = 1; i <= 5; i++)); do
  guid="$(api POST /services "{\"primaryDomain\":\"seed$i.bench.example\",\"resellerGuid\":\"$RESELLER\",\"collectionGuid\":\"$COLLECTION\",\"serviceName\":\"seed$i.bench.example\",\"systemUser\":{\"email\":\"admin@seed$i.bench.example\",\"firstName\":\"S\",\"lastName\":\"U\"}}" | field serviceGuid)"
  api POST "/services/$guid/skus" '{"name":"Seed SKU","unitPrice":1,"quantity":1}' >/dev/null
  SERVICE="${SERVICE:-$guid}"
done
SKU_SERVICES_FILE="$WORK/sku-services.txt"
: >"$SKU_SERVICES_FILE"
for ((i = 1; i <= SKU_SERVICES; i++)); do
  api POST /services "{\"primaryDomain\":\"sku$i.bench.example\",\"resellerGuid\":\"$RESELLER\",\"collectionGuid\":\"$COLLECTION\"}" | field serviceGuid >>"$SKU_SERVICES_FILE"
done
log "seeded partner $PARTNER, reseller $RESELLER, collection $COLLECTION, services (first $SERVICE), $SKU_SERVICES services for CreateServiceSku"
# The usage intake's caller: the bench collection's own key (issue 34).
COLLECTION_KEY=""
((SCALE)) && COLLECTION_KEY="$(api POST "/collections/$COLLECTION/keys" '{"name":"bench intake"}' | field key)"

export BENCH_WRK_DIR="$BENCH_DIR/wrk" BENCH_API_KEY="$API_KEY" BENCH_SERVICE_GUID="$SERVICE" BENCH_SKU_SERVICES_FILE="$SKU_SERVICES_FILE" \
  BENCH_RESELLER_GUID="$RESELLER" BENCH_COLLECTION_GUID="$COLLECTION" BENCH_RESELLER_API_KEY="$RESELLER_API_KEY" \
  BENCH_SEARCH_VALUES="$WORK/search-values" BENCH_PARTNER_GUID="$PARTNER" BENCH_COLLECTION_KEY="$COLLECTION_KEY"

# ---- measuring -------------------------------------------------------------------------------
CLK_TCK="$(getconf CLK_TCK)"
cpu_ticks() { awk '{print $14 + $15}' "/proc/$1/stat"; }   # utime + stime, after the ")" fields stay in place
# steal_and_total: the machine's CPU ticks stolen by the hypervisor and all ticks so far (/proc/stat).
steal_and_total() { awk '/^cpu / {t = 0; for (i = 2; i <= NF; i++) t += $i; print $9, t}' /proc/stat; }
peak_rss_kb() { awk '/^VmHWM:/ {print $2}' "/proc/$1/status"; }
allocated() { curl -fsS "http://127.0.0.1:$1/__bench/gc" | python3 -c 'import json,sys; print(json.load(sys.stdin)["allocatedBytes"])'; }
# diagnostics PORT FILE: saves the server's counters (first-chance exceptions by type included).
diagnostics() { curl -fsS "http://127.0.0.1:$1/__bench/gc" >"$2"; }
# exceptions_between FILE0 FILE1: first-chance exceptions thrown between the two snapshots, by type.
exceptions_between() {
  python3 - "$1" "$2" <<'PY'
import json, sys
before, after = (json.load(open(f)) for f in sys.argv[1:3])
types = {t: n - before["exceptionTypes"].get(t, 0) for t, n in after["exceptionTypes"].items()}
print(after["firstChanceExceptions"] - before["firstChanceExceptions"], " ".join(f"{t}={n}" for t, n in types.items() if n))
PY
}

# pool_and_contention FILE0 FILE1: the thread pool's size and the lock contentions between the two snapshots.
pool_and_contention() {
  python3 - "$@" <<'PY'
import json, sys
before, after = (json.load(open(f)) for f in sys.argv[1:3])
print(f'{after["threadPoolThreads"]} pool threads, {after["lockContentions"] - before["lockContentions"]} lock contentions')
PY
}

RAW="$WORK/raw.tsv"
printf 'round\tscenario\ttarget\trps\tp50_ms\tp99_ms\tcpu_ms_per_req\talloc_bytes_per_req\tpeak_rss_mb\tnon2xx\texceptions\n' >"$RAW"
SLICES="$WORK/slices.tsv"
printf 'round\tscenario\ttarget\tslice\tcpu_ticks\talloc_bytes\tpeak_rss_kb\texceptions\tsummary\n' >"$SLICES"

# settle_postgres: on PostgreSQL, vacuums and analyzes the run's database and waits (up to 30 s) until no
# autovacuum worker is busy, so that maintenance set off by one scenario's writes (CreateService inserts
# thousands of rows) does not take the server's CPU during the next measured run, whichever target it is.
settle_postgres() {
  [[ "$PROVIDER" == PostgreSql ]] || return 0
  # Shared catalogs are skipped with a warning for a non-superuser: not needed here.
  local database
  for database in "$PG_DATABASE" ${PG_SMALL_DATABASE:+"$PG_SMALL_DATABASE"}; do
    PGOPTIONS="-c client_min_messages=error" psql -X -q -d "$database" -c "VACUUM (ANALYZE)" >/dev/null
  done
  local i
  for ((i = 0; i < 30; i++)); do
    [[ "$(psql -X -A -t -d postgres -c "SELECT count(*) FROM pg_stat_activity WHERE backend_type = 'autovacuum worker'")" == 0 ]] && return 0
    sleep 1
  done
}

# wait_idle: waits (up to 30 s) until the servers started here have used, together, under 2% of a CPU for
# half a second; IDLE_WAIT is set to the seconds waited before that half second.
# After a warm-up the runtime keeps compiling hot methods at tier 1 on a background thread for several
# seconds; the profile (perf, 2026-12-03) showed that work from the target warmed last taking up to two
# thirds of a core during the first measured run of the other, so each run starts on quiet processes.
servers_ticks() { local pid total=0; for pid in "${SERVER_PIDS[@]}"; do total=$((total + $(cpu_ticks "$pid"))); done; echo "$total"; }
wait_idle() {
  local i before
  for ((i = 0; i < 60; i++)); do
    before="$(servers_ticks)"
    sleep 0.5
    # CLK_TCK ticks per second: 2% of half a second is CLK_TCK / 100.
    if (( ($(servers_ticks) - before) * 100 <= CLK_TCK )); then
      IDLE_WAIT="$(awk -v n="$i" 'BEGIN { printf "%.1f", n / 2 }')"
      return 0
    fi
  done
  IDLE_WAIT="30 (still busy)"
}

# measure_slice ROUND SCENARIO TARGET PORT PID SCRIPT SLICE: one wrk run of SLICE_SECONDS on one target;
# appends its counters to $SLICES (record_round merges a round's slices).
measure_slice() {
  local round="$1" scenario="$2" target="$3" port="$4" pid="$5" script="$6" slice="$7"
  local out="$WORK/wrk-$round-$scenario-${target// /_}-$slice.txt" cpu0 cpu1 alloc0 alloc1 sampler exceptions steal0 steal1 total0 total1
  settle_postgres
  wait_idle
  # Unique per slice: CreateService builds its domains from it.
  export BENCH_RUN_ID="${round}s${slice}${target:0:1}$RANDOM" BENCH_WRK_SUMMARY="$out.summary" BENCH_TARGET="${target// /_}"
  alloc0="$(allocated "$port")"; cpu0="$(cpu_ticks "$pid")"; read -r steal0 total0 < <(steal_and_total)
  # Exceptions are counted inside the run, away from its edges, where wrk opens and drops connections.
  # The closing snapshot is asked for 0.75 s before the end: it waits its turn in the server like any
  # request, and PostgreSQL runs have stalls of up to half a second. One that still came back after wrk
  # had ended (and so counts wrk's disconnects) is reported.
  (sleep 0.25; diagnostics "$port" "$out.diag0"; sleep "$(awk -v d="$SLICE_SECONDS" 'BEGIN { print d - 1 }')"
   diagnostics "$port" "$out.diag1"; date +%s%N >"$out.diag1.at") &
  sampler=$!
  # wrk drops a request after 2 s unanswered; an intake batch on a cold database may take longer and is counted.
  local timeout=2
  [[ "$scenario" == UsageIntake ]] && timeout=60
  wrk -t"$THREADS" -c"$CONNECTIONS" -d"${SLICE_SECONDS}s" --timeout "${timeout}s" -s "$BENCH_DIR/wrk/$script" "http://127.0.0.1:$port" >"$out" 2>"$out.stderr"
  local wrk_ended snapshot_at
  wrk_ended="$(date +%s%N)"
  wait "$sampler"
  snapshot_at="$(<"$out.diag1.at")"
  if ((snapshot_at > wrk_ended)); then
    log "round $round $scenario $target slice $slice: the closing snapshot came back $(((snapshot_at - wrk_ended) / 1000000)) ms after wrk ended"
  fi
  cpu1="$(cpu_ticks "$pid")"; alloc1="$(allocated "$port")"; read -r steal1 total1 < <(steal_and_total)
  read -r exceptions exception_types < <(exceptions_between "$out.diag0" "$out.diag1") || true
  if ((exceptions > 0)); then log "round $round $scenario $target slice $slice: exceptions during the run: $exception_types"; fi
  printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$round" "$scenario" "$target" "$slice" $((cpu1 - cpu0)) $((alloc1 - alloc0)) \
    "$(peak_rss_kb "$pid")" "$exceptions" "$out.summary" >>"$SLICES"
  SLICE_NOTES+="$target $(awk '/^Requests\/sec:/ {printf "%.0f", $2}' "$out") req/s, $(pool_and_contention "$out.diag0" "$out.diag1"), $(awk -v s=$((steal1 - steal0)) -v t=$((total1 - total0)) 'BEGIN { printf "%.1f", t ? 100 * s / t : 0 }')% stolen, ${IDLE_WAIT} s idle wait; "
}

# record_round ROUND SCENARIO TARGET: merges the target's slices of the round into one row of $RAW.
record_round() {
  local row
  row="$(python3 "$BENCH_DIR/slices.py" "$SLICES" "$CLK_TCK" "$1" "$2" "$3")"
  echo "$row" >>"$RAW"
  log "round $1 $2 $3: $(awk -F'\t' '{ printf "%s req/s, p50 %s ms, p99 %s ms, CPU %s ms/req, non-2xx %s, exceptions %s", $4, $5, $6, $7, $10, $11 }' <<<"$row")"
}

# ---- scale mode: the same two operations on a small and on a large database ---------------------
# bulk_seed SERVICES SKUS: grows the database in SQL (not through the API) to these totals, and when a usage
# scenario is measured gives up to --scale-usage-services of the services a year of usage (timed: USAGE_SEED_SECONDS).
bulk_seed() {
  log "bulk-seeding to $1 services and $2 SKUs"
  if [[ "$PROVIDER" == Sqlite ]]; then
    python3 "$BENCH_DIR/scale/seed_sqlite.py" "$DB" "$SERVICE" "$1" "$2" >&2
  else
    psql -X -q -d "$PG_DATABASE" -v template="$SERVICE" -v services="$1" -v skus="$2" -f "$BENCH_DIR/scale/seed_postgres.sql" >&2
  fi
  ((USAGE)) || return 0
  local usage_services=$(($1 < SCALE_USAGE_SERVICES ? $1 : SCALE_USAGE_SERVICES)) started=$SECONDS
  log "seeding a year of usage for $usage_services services"
  if [[ "$PROVIDER" == Sqlite ]]; then
    python3 "$BENCH_DIR/scale/seed_usage_sqlite.py" "$DB" "$usage_services" >&2
  else
    psql -X -q -d "$PG_DATABASE" -v services="$usage_services" -f "$BENCH_DIR/scale/seed_usage_postgres.sql" >&2
  fi
  USAGE_SEED_SECONDS=$((SECONDS - started))
}

# measure_group ROUND SCENARIO SCRIPT LABEL PORT PID [LABEL PORT PID ...]: the scenario on every target in
# interleaved slices, forwards then backwards (A B B A ... for two, A B C C B A ... for three), so that a
# drift of the machine's speed during the round falls on all alike; each round starts one target further
# on, so none always meets the warmer or fuller database first.
measure_group() {
  local round="$1" scenario="$2" script="$3" step slice block position index count
  shift 3
  local labels=() ports=() pids=()
  while (($#)); do labels+=("$1"); ports+=("$2"); pids+=("$3"); shift 3; done
  count=${#labels[@]}
  SLICE_NOTES=""
  for ((step = 0; step < count * SLICE_COUNT; step++)); do
    slice=$((step / count + 1))
    block=$((step / count)); position=$((step % count))
    ((block % 2)) && position=$((count - 1 - position))
    index=$(((position + round - 1) % count))
    measure_slice "$round" "$scenario" "${labels[index]}" "${ports[index]}" "${pids[index]}" "$script" "$slice"
  done
  log "round $round $scenario slices in order: $SLICE_NOTES"
  for ((index = 0; index < count; index++)); do
    record_round "$round" "$scenario" "${labels[index]}"
  done
}

# scenario  script  [search caller]: the searches (bench/wrk/search.lua) send BENCH_SEARCH's field (Status:
# SearchServiceStatusChanges) as BENCH_SEARCH_CALLER (super, or reseller: the bench reseller's admin).
SCALE_SCENARIOS=(
  "GetService get-service.lua"
  "CreateServiceSku create-service-sku.lua"
  "SearchServices-Domain search.lua Domain super"
  "SearchServices-Name search.lua Name super"
  "SearchServices-Code search.lua Code super"
  "SearchServiceStatusChanges search.lua Status super"
  "SearchServices-Domain-ResellerAdmin search.lua Domain reseller"
  "SearchServices-Name-ResellerAdmin search.lua Name reseller"
  "SearchServices-Code-ResellerAdmin search.lua Code reseller"
  "SearchServiceStatusChanges-ResellerAdmin search.lua Status reseller"
  "UsageIntake usage-intake.lua"
  "GetServicesUsage usage-report.lua Services"
  "GetPartnerServiceUserCountReport usage-report.lua Counts"
)
if ((SCALE)) && [[ -n "$ONLY_SCENARIOS" ]]; then
  kept=()
  for entry in "${SCALE_SCENARIOS[@]}"; do
    [[ "$ONLY_SCENARIOS" == *",${entry%% *},"* ]] && kept+=("$entry")
  done
  ((${#kept[@]})) || { echo "--scenarios names none of: ${SCALE_SCENARIOS[*]%% *}" >&2; exit 2; }
  SCALE_SCENARIOS=("${kept[@]}")
fi
# USAGE: a usage scenario is measured, so the databases get a year of usage.
USAGE=0
[[ " ${SCALE_SCENARIOS[*]} " == *" usage-"* ]] && USAGE=1

# scenario_entry ENTRY: sets SCENARIO and SCRIPT, and exports the search's field and caller (if any).
scenario_entry() {
  read -r SCENARIO SCRIPT BENCH_SEARCH BENCH_SEARCH_CALLER <<<"$1"
  export BENCH_SEARCH BENCH_SEARCH_CALLER
}

# search_values LABEL DATABASE: picks the searches' values (hits and misses) from the database measured as LABEL
# (SQLite: its file; PostgreSQL: its name).
search_values() {
  if [[ "$PROVIDER" == Sqlite ]]; then
    python3 "$BENCH_DIR/scale/search_values.py" "$BENCH_SEARCH_VALUES.${1// /_}" "$RESELLER" sqlite "$2"
    ((!USAGE)) || python3 "$BENCH_DIR/scale/usage_values.py" "$BENCH_SEARCH_VALUES.${1// /_}" sqlite "$2"
  else
    PGDATABASE="$2" python3 "$BENCH_DIR/scale/search_values.py" "$BENCH_SEARCH_VALUES.${1// /_}" "$RESELLER" postgres
    ((!USAGE)) || PGDATABASE="$2" python3 "$BENCH_DIR/scale/usage_values.py" "$BENCH_SEARCH_VALUES.${1// /_}" postgres
  fi
}

# warm_up LABEL PORT: a short wrk run of each scale scenario.
warm_up() {
  local entry
  for entry in "${SCALE_SCENARIOS[@]}"; do
    scenario_entry "$entry"
    BENCH_TARGET="${1// /_}" wrk -t"$THREADS" -c"$CONNECTIONS" -d"${WARMUP}s" -s "$BENCH_DIR/wrk/$SCRIPT" "http://127.0.0.1:$2" >/dev/null
  done
}

# measure_alternating: ROUNDS rounds of each scenario on the small database's CccApi and the large one's.
measure_alternating() {
  local round entry
  warm_up "$SMALL" "$SMALL_PORT"
  warm_up "$LARGE" "$CCC_PORT"
  for ((round = 1; round <= ROUNDS; round++)); do
    for entry in "${SCALE_SCENARIOS[@]}"; do
      scenario_entry "$entry"
      measure_group "$round" "$SCENARIO" "$SCRIPT" "$SMALL" "$SMALL_PORT" "$SMALL_PID" "$LARGE" "$CCC_PORT" "$CCC_PID"
    done
  done
}

# grow_database: bulk-grows the (large) database to the scale size, timing it.
grow_database() {
  local started=$SECONDS
  bulk_seed "$SCALE_SERVICES" "$SCALE_SKUS"
  SEED_SECONDS=$((SECONDS - started))
}

# explain_lookups: one GetService, one CreateServiceSku and each search (as both callers, with values that
# match) through a second CccApi that logs its SQL, then the plan of each SELECT they ran with its verdict
# (every lookup should use an index, never scan a large table).
explain_lookups() {
  local port pid domain name code reseller after before key query
  port="$(free_port)"
  pid="$(start explain "$HOST_DIR" CccApi.Bench.Host.dll "$port" Logging__LogLevel__Microsoft.EntityFrameworkCore.Database.Command=Information)"
  PIDS+=("$pid")
  wait_ready "$port" || { cat "$WORK/explain.log"; exit 1; }
  curl -fsS -o /dev/null "http://127.0.0.1:$port/api/services/$SERVICE" -H "Authorization: Bearer $API_KEY" -H "Accept: application/json"
  curl -fsS -o /dev/null -X POST "http://127.0.0.1:$port/api/services/$SERVICE/skus" -H "Authorization: Bearer $API_KEY" \
    -H "Content-Type: application/json" --data '{"name":"Explain SKU","unitPrice":1,"quantity":1}'
  # A bulk service that exists, and a window of the reseller's history that holds rows, from the large database's values.
  IFS=$'\t' read -r domain name code < <(awk -F'\t' '$1 ~ /^bulk/ { print; exit }' "$BENCH_SEARCH_VALUES.${LARGE// /_}.services-super.tsv")
  IFS=$'\t' read -r reseller after before < <(awk -F'\t' '$2 !~ /^2001/ { print; exit }' "$BENCH_SEARCH_VALUES.${LARGE// /_}.status-reseller.tsv")
  for query in "services?Domain=$domain" "services?Name=${name// /%20}" "services?Code=$code" \
    "services/status?ResellerGuid=$reseller&ChangedAfterDateTime=$after&ChangedBeforeDateTime=$before"; do
    curl -fsS -o /dev/null "http://127.0.0.1:$port/api/$query" -H "Authorization: Bearer $API_KEY" -H "Accept: application/json"
  done
  # The reseller admin searches for one of its own services (the first seeded through the API), so that the page
  # query runs too (an empty count skips it).
  for query in "services?Domain=seed1.bench.example" "services?Name=seed1.bench.example" "services?Code=seed1" \
    "services/status?ResellerGuid=$reseller&ChangedAfterDateTime=$after&ChangedBeforeDateTime=$before"; do
    curl -fsS -o /dev/null "http://127.0.0.1:$port/api/$query" -H "Authorization: Bearer $RESELLER_API_KEY" -H "Accept: application/json"
  done
  local usage_service usage_day usage_month
  if ((USAGE)); then
    # Issue 34's reports (a day and a month of the seeded year, the year's count report, a page past the first) and a
    # batch of two records for a service with usage.
    usage_service="$(sed -n 2p "$BENCH_SEARCH_VALUES.${LARGE// /_}.usage-services.txt")"
    usage_day="$(date -u -d '100 days ago' +%F)"; usage_month="$(date -u -d '100 days ago' +%Y-%m)-01"
    for query in "services/usage?PartnerGuid=$PARTNER&PeriodType=Daily&Period=$usage_day&Page=3" \
      "services/usage?PartnerGuid=$PARTNER&PeriodType=Monthly&Period=$usage_month&Page=3" \
      "partners/$PARTNER/serviceusercountreport?StartPeriod=$(date -u -d '365 days ago' +%Y-%m)-01&EndPeriod=$(date -u -d yesterday +%Y-%m)-01&Page=3"; do
      curl -fsS -o /dev/null "http://127.0.0.1:$port/api/$query" -H "Authorization: Bearer $API_KEY" -H "Accept: application/json"
    done
    curl -fsS -o /dev/null -X POST "http://127.0.0.1:$port/api/collections/$COLLECTION/usage" -H "Authorization: Bearer $COLLECTION_KEY" \
      -H "Content-Type: application/json" \
      --data "{\"records\":[{\"serviceGuid\":\"$usage_service\",\"day\":\"$usage_day\",\"messagesSent\":1},{\"serviceGuid\":\"$usage_service\",\"day\":\"$(date -u -d '99 days ago' +%F)\",\"messagesSent\":2}]}"
  fi
  kill "$pid"; wait "$pid" 2>/dev/null || true
  # The same values for the plans, in each database's form (SQLite: Guids as uppercase text, dates as text).
  local values=(PrimaryDomain="$domain" Domain="$domain" ServiceNameKey="${name,,}" ServiceCode="$code")
  if [[ "$PROVIDER" == Sqlite ]]; then
    values+=(ResellerId="${reseller^^}" "ChangedOn>=${after//[TZ]/ }" "ChangedOn<=${before//[TZ]/ }")
    python3 "$BENCH_DIR/scale/explain.py" "$WORK/explain.log" sqlite "$DB" GUID="$(python3 -c "import uuid, sys; print(str(uuid.UUID(sys.argv[1])).upper())" "$SERVICE")" "${values[@]}"
  else
    values+=(ResellerId="$reseller" "ChangedOn>=$after" "ChangedOn<=$before")
    PGDATABASE="$PG_DATABASE" python3 "$BENCH_DIR/scale/explain.py" "$WORK/explain.log" postgres "$SERVICE" "${values[@]}"
  fi
}

if ((SCALE)); then
  SMALL="1k services"
  LARGE="$(python3 -c "n=$SCALE_SERVICES; print(f'{n // 1000000}M services' if n % 1000000 == 0 else f'{n:,} services')")"
  bulk_seed 1000 5000
  # A copy of the 1k database for a second CccApi, so that the two sizes are measured alternately, minutes
  # apart no more than CccApi and the baseline are (this VM's speed drifts by more than the differences
  # measured, and on PostgreSQL the minutes after the bulk growth carry its autovacuum and checkpoints).
  if [[ "$PROVIDER" == Sqlite ]]; then
    python3 -c 'import sqlite3, sys; d = sqlite3.connect(sys.argv[2]); sqlite3.connect(sys.argv[1]).backup(d); d.close()' \
      "$DB" "$WORK/small.db"
    SMALL_DATABASE="$WORK/small.db"; LARGE_DATABASE="$DB"
    SMALL_CONNECTION="Data Source=$SMALL_DATABASE"
  else
    # A second database on the same server (pg_dump, as CccApi holds connections to the first, which CREATE
    # DATABASE ... TEMPLATE would refuse).
    PG_SMALL_DATABASE="${PG_DATABASE}_1k"
    psql -X -q -d postgres -c "CREATE DATABASE \"$PG_SMALL_DATABASE\"" >/dev/null
    pg_dump --no-owner "$PG_DATABASE" | psql -X -q -v ON_ERROR_STOP=1 -d "$PG_SMALL_DATABASE" >/dev/null
    SMALL_DATABASE="$PG_SMALL_DATABASE"; LARGE_DATABASE="$PG_DATABASE"
    SMALL_CONNECTION="${CCCAPI_BENCH_POSTGRES%;};Database=$PG_SMALL_DATABASE"
  fi
  search_values "$SMALL" "$SMALL_DATABASE"
  SMALL_PORT="$(free_port)"
  SMALL_PID="$(start cccapi-small "$HOST_DIR" CccApi.Bench.Host.dll "$SMALL_PORT" Database__ConnectionString="$SMALL_CONNECTION")"
  PIDS+=("$SMALL_PID")
  SERVER_PIDS+=("$SMALL_PID")
  log "CccApi on the 1k copy: pid $SMALL_PID on 127.0.0.1:$SMALL_PORT"
  wait_ready "$SMALL_PORT" || { cat "$WORK/cccapi-small.log"; exit 1; }
  grow_database
  search_values "$LARGE" "$LARGE_DATABASE"
  measure_alternating
  TABLE="$WORK/table.md"
  {
    python3 "$BENCH_DIR/report.py" "$RAW" "$LARGE" "$SMALL"
    echo
    python3 "$BENCH_DIR/pooled_latency.py" "$SLICES" "$LARGE" "$SMALL"
    echo
    echo "Bulk seeding to $SCALE_SERVICES services and $SCALE_SKUS SKUs took ${SEED_SECONDS} s."
    echo
    echo "### Query plans of the lookups (on the large database)"
    echo
    explain_lookups
  } >"$TABLE"
  cat "$TABLE"
fi

if ((!SCALE)); then
# scenario  script (each on CccApi and on the baseline; those ADO_SCENARIOS names on the ADO.NET target too)
ADO_SCENARIOS=",CreateServiceSku,GetService,ResellerCollectionAccess-PUT,"
SCENARIOS=(
  "CreateServiceSku create-service-sku.lua"
  "CreateService create-service.lua"
  "GetService get-service.lua"
  "ResellerCollectionAccess-PUT reseller-collection-access-put.lua"
  "ping ping.lua"
  "metadata?op=CreateService metadata.lua"
)
if [[ -n "$ONLY_SCENARIOS" ]]; then
  kept=()
  for entry in "${SCENARIOS[@]}"; do
    name="${entry%% *}"
    [[ "$ONLY_SCENARIOS" == *",${name%%\?*},"* ]] && kept+=("$entry")
  done
  ((${#kept[@]})) || { echo "--scenarios names none of: ${SCENARIOS[*]%% *}" >&2; exit 2; }
  SCENARIOS=("${kept[@]}")
fi

log "warming up (${WARMUP}s per scenario and target)"
for entry in "${SCENARIOS[@]}"; do
  read -r name script <<<"$entry"
  BENCH_RUN_ID="wC$RANDOM" wrk -t"$THREADS" -c"$CONNECTIONS" -d"${WARMUP}s" -s "$BENCH_DIR/wrk/$script" "http://127.0.0.1:$CCC_PORT" >/dev/null
  BENCH_RUN_ID="wB$RANDOM" wrk -t"$THREADS" -c"$CONNECTIONS" -d"${WARMUP}s" -s "$BENCH_DIR/wrk/$script" "http://127.0.0.1:$BASE_PORT" >/dev/null
  if [[ "$ADO_SCENARIOS" == *",$name,"* ]]; then
    BENCH_RUN_ID="wA$RANDOM" wrk -t"$THREADS" -c"$CONNECTIONS" -d"${WARMUP}s" -s "$BENCH_DIR/wrk/$script" "http://127.0.0.1:$ADO_PORT" >/dev/null
  fi
done

# The sampler starts at its first call (a listener on the runtime's allocation ticks), here after the warm-up.
ALLOCATION_TARGETS=(CccApi "$CCC_PORT" Baseline "$BASE_PORT" ADO.NET "$ADO_PORT")
if ((ALLOCATIONS)); then
  for ((index = 1; index < ${#ALLOCATION_TARGETS[@]}; index += 2)); do
    curl -fsS -o /dev/null "http://127.0.0.1:${ALLOCATION_TARGETS[index]}/__bench/gc/allocations?reset=true"
  done
fi

for ((round = 1; round <= ROUNDS; round++)); do
  for entry in "${SCENARIOS[@]}"; do
    read -r scenario script <<<"$entry"
    targets=(CccApi "$CCC_PORT" "$CCC_PID" Baseline "$BASE_PORT" "$BASE_PID")
    [[ "$ADO_SCENARIOS" == *",$scenario,"* ]] && targets+=(ADO.NET "$ADO_PORT" "$ADO_PID")
    measure_group "$round" "$scenario" "$script" "${targets[@]}"
  done
done


# ---- report ----------------------------------------------------------------------------------
TABLE="$WORK/table.md"
python3 "$BENCH_DIR/report.py" "$RAW" CccApi Baseline ADO.NET >"$TABLE"
if ((ALLOCATIONS)); then
  snapshots=()
  for ((index = 0; index < ${#ALLOCATION_TARGETS[@]}; index += 2)); do
    curl -fsS -o "$WORK/allocations-${ALLOCATION_TARGETS[index]}.json" "http://127.0.0.1:${ALLOCATION_TARGETS[index + 1]}/__bench/gc/allocations"
    snapshots+=("${ALLOCATION_TARGETS[index]}=$WORK/allocations-${ALLOCATION_TARGETS[index]}.json")
  done
  read -r scenario _ <<<"${SCENARIOS[0]}"
  { echo; python3 "$BENCH_DIR/allocations.py" "$RAW" "$scenario" "${snapshots[@]}"; } >>"$TABLE"
fi
cat "$TABLE"
fi
if [[ -n "$RESULTS_FILE" ]]; then
  {
    echo "# Benchmark results"
    echo
    echo "Command: \`bench/run.sh --duration $DURATION --slice $SLICE_SECONDS --rounds $ROUNDS --warmup $WARMUP --connections $CONNECTIONS --sku-services $SKU_SERVICES$( ((SCALE)) && echo " --scale --scale-services $SCALE_SERVICES --scale-skus $SCALE_SKUS")\` ($CONNECTIONS connections, $THREADS wrk threads, run $(date -u +%Y-%m-%dT%H:%MZ), commit $(git -C "$REPO_DIR" rev-parse --short HEAD))."
    echo
    echo "## Machine"
    echo
    echo "- CPUs (nproc): $(nproc); model: $(awk -F': ' '/^model name/ {print $2; exit}' /proc/cpuinfo)"
    echo "- Memory: $(awk '/^MemTotal:/ {printf "%.1f GiB", $2 / 1048576}' /proc/meminfo)"
    echo "- .NET SDK: $(dotnet --version); OS: $(. /etc/os-release && echo "$PRETTY_NAME"); kernel $(uname -r)"
    echo "- wrk runs on the same cores as the server (load generator and server compete for CPU)."
    if ((SCALE)); then
      echo "- Database: $DATABASE_DESCRIPTION; CccApi alone, seeded through the API, copied for the 1k host, then grown in SQL."
    else
      echo "- Database: $DATABASE_DESCRIPTION; shared by CccApi and the baseline, seeded by CccApi through the API."
    fi
    echo "- Load average when the run ended: $(cut -d' ' -f1-3 /proc/loadavg)."
    echo
    if ((SCALE)); then echo "## Scale results (median of $ROUNDS rounds per database size)"; else echo "## Results (median of $ROUNDS alternating rounds)"; fi
    echo
    cat "$TABLE"
  } >"$RESULTS_FILE"
  log "wrote $RESULTS_FILE"
fi
