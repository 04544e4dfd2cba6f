#!/usr/bin/env bash
# CccApi benchmark: builds Release, starts CccApi and the bare minimal-API baseline (bench/Baseline) on
# one fresh SQLite database, seeds it through the API, warms up, then drives both with wrk, alternating,
# and prints requests/s, p50, p99, CPU ms/request, bytes allocated/request and peak RSS side by side.
#
# Usage: bench/run.sh [--duration SECONDS] [--rounds N] [--warmup SECONDS] [--results FILE]
# Only 127.0.0.1 is contacted. Every process started here is stopped on exit.
set -euo pipefail

DURATION=10
ROUNDS=3
WARMUP=3
CONNECTIONS=32
THREADS=2
RESULTS_FILE=""
while (($#)); do
  case "$1" in
    --duration) DURATION="$2"; shift 2 ;;
    --rounds) ROUNDS="$2"; shift 2 ;;
    --warmup) WARMUP="$2"; shift 2 ;;
    --results) RESULTS_FILE="$2"; shift 2 ;;
    --scale) echo "--scale is not implemented yet (see bench/RESULTS.md)" >&2; exit 2 ;;
    *) echo "unknown argument: $1" >&2; exit 2 ;;
  esac
done

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
  echo "logs and raw wrk output kept in $WORK" >&2
}
trap cleanup EXIT INT TERM

log() { echo "[bench $(date -u +%H:%M:%S)] $*" >&2; }

# ---- tools and build -------------------------------------------------------------------------
if ! command -v wrk >/dev/null; then
  log "installing wrk"
  apt-get install -y wrk >/dev/null
fi
log "building Release"
dotnet build "$REPO_DIR/CccApi.sln" -c Release -nologo -v q >"$WORK/build.log" 2>&1 || { cat "$WORK/build.log"; exit 1; }
dotnet build "$BENCH_DIR/Baseline/Baseline.csproj" -c Release -nologo -v q >"$WORK/build-baseline.log" 2>&1 \
  || { cat "$WORK/build-baseline.log"; exit 1; }
HOST_DIR="$REPO_DIR/CccApi.Host/bin/Release/net10.0"
BASELINE_DIR="$BENCH_DIR/Baseline/bin/Release/net10.0"

# ---- start the two processes -----------------------------------------------------------------
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()'; }

API_KEY="cccak_bench$(head -c 24 /dev/urandom | base64 | tr '+/' '-_' | tr -d '=')"
DB="$WORK/bench.db"

# start NAME DIR DLL PORT: runs the app from its Release output; prints its pid.
start() {
  local name="$1" dir="$2" dll="$3" port="$4"
  (
    cd "$dir"
    exec env Database__Provider=Sqlite \
      Database__ConnectionString="Data Source=$DB" \
      Urls="http://127.0.0.1:$port" \
      ASPNETCORE_ENVIRONMENT=Production \
      ServiceHost__RateLimit__PermitLimitPerCredential=100000000 \
      ServiceHost__RateLimit__PermitLimitPerAddress=100000000 \
      CCCAPI_BOOTSTRAP_SUPERUSER_EMAIL=bench@example.com \
      CCCAPI_BOOTSTRAP_SUPERUSER_APIKEY="$API_KEY" \
      CCCAPI_BENCH_DIAGNOSTICS=1 \
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
CCC_PID="$(start cccapi "$HOST_DIR" CccApi.Host.dll "$CCC_PORT")"
PIDS+=("$CCC_PID")
log "CccApi pid $CCC_PID on 127.0.0.1:$CCC_PORT"
wait_ready "$CCC_PORT" || { cat "$WORK/cccapi.log"; exit 1; }

# The baseline shares the database (migrated and seeded by CccApi); only one of them is loaded at a time.
BASE_PORT="$(free_port)"
BASE_PID="$(start baseline "$BASELINE_DIR" Baseline.dll "$BASE_PORT")"
PIDS+=("$BASE_PID")
log "baseline pid $BASE_PID on 127.0.0.1:$BASE_PORT"
wait_ready "$BASE_PORT" || { cat "$WORK/baseline.log"; exit 1; }

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
SERVICE=""
for ((i = 1; i <= 5; i++)); do
  guid="$(api POST /services "{\"primaryDomain\":\"seed$i.bench.example\",\"resellerGuid\":\"$RESELLER\",\"collectionGuid\":\"$COLLECTION\",\"serviceName\":\"seed$i.bench.example\",\"systemUser\":{\"email\":\"admin@seed$i.bench.example\",\"firstName\":\"S\",\"lastName\":\"U\"}}" | field serviceGuid)"
  api POST "/services/$guid/skus" '{"name":"Seed SKU","unitPrice":1,"quantity":1}' >/dev/null
  SERVICE="${SERVICE:-$guid}"
done
log "seeded partner $PARTNER, reseller $RESELLER, collection $COLLECTION, services (first $SERVICE)"

export BENCH_WRK_DIR="$BENCH_DIR/wrk" BENCH_API_KEY="$API_KEY" BENCH_SERVICE_GUID="$SERVICE" \
  BENCH_RESELLER_GUID="$RESELLER" BENCH_COLLECTION_GUID="$COLLECTION"

# ---- measuring -------------------------------------------------------------------------------
CLK_TCK="$(getconf CLK_TCK)"
cpu_ticks() { awk '{print $14 + $15}' "/proc/$1/stat"; }   # utime + stime, after the ")" fields stay in place
peak_rss_kb() { awk '/^VmHWM:/ {print $2}' "/proc/$1/status"; }
allocated() { curl -fsS "http://127.0.0.1:$1/__bench/gc" | python3 -c 'import json,sys; print(json.load(sys.stdin)["allocatedBytes"])'; }

# to_ms VALUE: wrk latency ("850.00us", "4.81ms", "1.02s") in milliseconds.
to_ms() { awk -v v="$1" 'BEGIN { n = v + 0; if (v ~ /us$/) n /= 1000; else if (v ~ /ms$/) n = n; else if (v ~ /m$/) n *= 60000; else if (v ~ /s$/) n *= 1000; printf "%.3f", n }'; }

RAW="$WORK/raw.tsv"
printf 'round\tscenario\ttarget\trps\tp50_ms\tp99_ms\tcpu_ms_per_req\talloc_bytes_per_req\tpeak_rss_mb\tnon2xx\n' >"$RAW"

# measure ROUND SCENARIO TARGET PORT PID SCRIPT
measure() {
  local round="$1" scenario="$2" target="$3" port="$4" pid="$5" script="$6"
  local out="$WORK/wrk-$round-$scenario-$target.txt" cpu0 cpu1 alloc0 alloc1
  export BENCH_RUN_ID="${round}${target:0:1}$RANDOM"
  alloc0="$(allocated "$port")"; cpu0="$(cpu_ticks "$pid")"
  wrk -t"$THREADS" -c"$CONNECTIONS" -d"${DURATION}s" --latency -s "$BENCH_DIR/wrk/$script" "http://127.0.0.1:$port" >"$out" 2>"$out.stderr"
  cpu1="$(cpu_ticks "$pid")"; alloc1="$(allocated "$port")"
  local requests rps p50 p99 non2xx
  requests="$(awk '/requests in/ {print $1}' "$out")"
  rps="$(awk '/^Requests\/sec:/ {print $2}' "$out")"
  p50="$(to_ms "$(awk '$1 == "50%" {print $2}' "$out")")"
  p99="$(to_ms "$(awk '$1 == "99%" {print $2}' "$out")")"
  non2xx="$(awk '/Non-2xx/ {print $NF}' "$out")"; non2xx="${non2xx:-0}"
  printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$round" "$scenario" "$target" "$rps" "$p50" "$p99" \
    "$(awk -v c=$((cpu1 - cpu0)) -v t="$CLK_TCK" -v n="$requests" 'BEGIN { printf "%.3f", c * 1000 / t / n }')" \
    "$(awk -v a=$((alloc1 - alloc0)) -v n="$requests" 'BEGIN { printf "%.0f", a / n }')" \
    "$(awk -v k="$(peak_rss_kb "$pid")" 'BEGIN { printf "%.1f", k / 1024 }')" \
    "$non2xx" >>"$RAW"
  log "round $round $scenario $target: $rps req/s, p50 ${p50} ms, p99 ${p99} ms, non-2xx $non2xx"
}

# scenario  script  on-baseline
SCENARIOS=(
  "CreateServiceSku create-service-sku.lua yes"
  "CreateService create-service.lua no"
  "GetService get-service.lua yes"
  "ResellerCollectionAccess-PUT reseller-collection-access-put.lua no"
  "ping ping.lua yes"
  "metadata?op=CreateService metadata.lua no"
)

log "warming up (${WARMUP}s per scenario and target)"
for entry in "${SCENARIOS[@]}"; do
  read -r _ script on_baseline <<<"$entry"
  wrk -t"$THREADS" -c"$CONNECTIONS" -d"${WARMUP}s" -s "$BENCH_DIR/wrk/$script" "http://127.0.0.1:$CCC_PORT" >/dev/null
  if [[ "$on_baseline" == yes ]]; then
    wrk -t"$THREADS" -c"$CONNECTIONS" -d"${WARMUP}s" -s "$BENCH_DIR/wrk/$script" "http://127.0.0.1:$BASE_PORT" >/dev/null
  fi
done

for ((round = 1; round <= ROUNDS; round++)); do
  for entry in "${SCENARIOS[@]}"; do
    read -r scenario script on_baseline <<<"$entry"
    # Alternate which goes first, so neither always runs on the warmer/fuller database.
    if ((round % 2)) || [[ "$on_baseline" != yes ]]; then
      measure "$round" "$scenario" CccApi "$CCC_PORT" "$CCC_PID" "$script"
      if [[ "$on_baseline" == yes ]]; then
        measure "$round" "$scenario" Baseline "$BASE_PORT" "$BASE_PID" "$script"
      fi
    else
      measure "$round" "$scenario" Baseline "$BASE_PORT" "$BASE_PID" "$script"
      measure "$round" "$scenario" CccApi "$CCC_PORT" "$CCC_PID" "$script"
    fi
  done
done

# ---- report ----------------------------------------------------------------------------------
TABLE="$WORK/table.md"
python3 "$BENCH_DIR/report.py" "$RAW" >"$TABLE"
cat "$TABLE"

if [[ -n "$RESULTS_FILE" ]]; then
  {
    echo "# Benchmark results"
    echo
    echo "Command: \`bench/run.sh --duration $DURATION --rounds $ROUNDS --warmup $WARMUP\` ($CONNECTIONS connections, $THREADS wrk threads, run $(date -u +%Y-%m-%dT%H:%MZ), commit $(git -C "$REPO_DIR" rev-parse --short HEAD))."
    echo
    echo "## Machine"
    echo
    echo "- CPUs (nproc): $(nproc); model: $(awk -F': ' '/^model name/ {print $2; exit}' /proc/cpuinfo)"
    echo "- Memory: $(awk '/^MemTotal:/ {printf "%.1f GiB", $2 / 1048576}' /proc/meminfo)"
    echo "- .NET SDK: $(dotnet --version); OS: $(. /etc/os-release && echo "$PRETTY_NAME"); kernel $(uname -r)"
    echo "- wrk runs on the same cores as the server (load generator and server compete for CPU)."
    echo "- Database: SQLite, one fresh file shared by CccApi and the baseline (seeded by CccApi through the API)."
    echo
    echo "## Results (median of $ROUNDS alternating rounds)"
    echo
    cat "$TABLE"
  } >"$RESULTS_FILE"
  log "wrote $RESULTS_FILE"
fi
