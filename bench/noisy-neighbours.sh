#!/usr/bin/env bash
# What one tenant's (or an attacker's) load does to another tenant's requests, on SQLite. Prints the
# victim's requests/s and p50/p99 alone and under each load, and what the load itself got back.
#
#   bench/noisy-neighbours.sh [--rev REV] [--duration SECONDS] [--scenarios signin,provisioning]
#
# signin:        the victim's GetService while 32 connections send wrong-password sign-ins for one
#                account, under three settings: no sign-in limits and unbounded hashing (as before the
#                limits existed), the default hashing bound with no sign-in limits (an attack spread over
#                many addresses), and the defaults (an attack from one address).
# provisioning:  the victim's CreateServiceSku while other resellers create services with SystemUser
#                passwords: 1 connection with the hashing bound lifted (the CPU stays free, so only how
#                long a write holds the lock counts), then 8 connections lifted and with the defaults.
# --rev REV builds that commit instead of the work tree (in a temporary worktree), for a before/after.
set -euo pipefail

DURATION=10
REV=""
SCENARIOS="signin,provisioning"
while [[ $# -gt 0 ]]; do
  case "$1" in
    --duration) DURATION="$2"; shift 2 ;;
    --rev) REV="$2"; shift 2 ;;
    --scenarios) SCENARIOS="$2"; shift 2 ;;
    *) sed -n '2,15p' "$0"; exit 2 ;;
  esac
done

BENCH_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
REPO_DIR="$(dirname "$BENCH_DIR")"
WORK="$(mktemp -d /tmp/cccapi-noisy.XXXXXX)"
PIDS=()
cleanup() {
  local pid
  for pid in "${PIDS[@]}"; do kill "$pid" 2>/dev/null || true; done
  for pid in "${PIDS[@]}"; do wait "$pid" 2>/dev/null || true; done
  [[ -n "$REV" ]] && git -C "$REPO_DIR" worktree remove --force "$WORK/src" >/dev/null 2>&1 || true
  echo "logs kept in $WORK" >&2
}
trap cleanup EXIT INT TERM
log() { echo "[noisy $(date -u +%H:%M:%S)] $*" >&2; }

"$BENCH_DIR/install-wrk.sh"

SOURCE="$REPO_DIR"
if [[ -n "$REV" ]]; then
  git -C "$REPO_DIR" worktree add --detach "$WORK/src" "$REV" >/dev/null 2>&1
  SOURCE="$WORK/src"
fi
log "building $(git -C "$SOURCE" rev-parse --short HEAD)$([[ -z "$REV" && -n "$(git -C "$SOURCE" status --porcelain)" ]] && echo ' + work tree changes') (Release)"
dotnet build "$SOURCE/CccApi.Host/CccApi.Host.csproj" -c Release -nologo -v q -o "$WORK/host" >"$WORK/build.log" 2>&1 || { cat "$WORK/build.log"; exit 1; }

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()'; }
API_KEY="cccak_bench$(head -c 24 /dev/urandom | base64 | tr '+/' '-_' | tr -d '=')"
export BENCH_API_KEY="$API_KEY" BENCH_WRK_DIR="$BENCH_DIR/wrk"

# start_host NAME [VAR=VALUE...]: a fresh host on a fresh SQLite file; sets PORT.
start_host() {
  local name="$1"; shift
  PORT="$(free_port)"
  mkdir -p "$WORK/$name"
  (
    cd "$WORK/host"
    exec env Database__ConnectionString="Data Source=$WORK/$name/bench.db" Urls="http://127.0.0.1:$PORT" \
      ASPNETCORE_ENVIRONMENT=Production \
      ServiceHost__RateLimit__PermitLimitPerCaller=100000000 ServiceHost__RateLimit__PermitLimitPerAddress=100000000 \
      CCCAPI_BOOTSTRAP_SUPERUSER_EMAIL=bench@example.com CCCAPI_BOOTSTRAP_SUPERUSER_PASSWORD=Bench-superuser-1 \
      CCCAPI_BOOTSTRAP_SUPERUSER_APIKEY="$API_KEY" "$@" dotnet CccApi.Host.dll
  ) >"$WORK/$name/host.log" 2>&1 &
  PIDS+=("$!")
  HOST_PID="$!"
  for _ in $(seq 120); do curl -fsS -o /dev/null "http://127.0.0.1:$PORT/api/ping" 2>/dev/null && return 0; sleep 0.5; done
  cat "$WORK/$name/host.log"; exit 1
}
stop_host() { kill "$HOST_PID" 2>/dev/null || true; wait "$HOST_PID" 2>/dev/null || true; }

api() {
  curl -sS --fail-with-body -X "$1" "http://127.0.0.1:$PORT/api$2" -H "Authorization: Bearer $API_KEY" \
    -H "Content-Type: application/json" ${3:+--data "$3"}
}
field() { python3 -c 'import json,sys; print(json.load(sys.stdin)[sys.argv[1]])' "$1"; }

# seed RESELLERS: a site, a partner, RESELLERS resellers each with a default collection; sets RESELLER_GUIDS
# (all but the first) and SERVICE (a service with a SKU under the first).
seed() {
  local count="$1" partner site i reseller collection
  partner="$(api POST /partners '{"name":"Noisy Partner"}' | field partnerGuid)"
  site="$(api POST /sites '{"name":"Noisy Site","providerName":"Bench","jurisdiction":"US","endpoint":"https://site.bench.example"}' | field siteGuid)"
  RESELLER_GUIDS=""
  for ((i = 0; i < count; i++)); do
    reseller="$(api POST "/partners/$partner/resellers" "{\"name\":\"Reseller $i\",\"companyName\":\"Co $i\",\"contactInfo\":{\"name\":\"R\",\"email\":\"r$i@bench.example\",\"phoneNumber\":\"+1 555 0100\"}}" | field resellerGuid)"
    collection="$(api POST "/resellers/$reseller/collections" "{\"siteGuid\":\"$site\",\"name\":\"Collection $i\",\"collectionCode\":\"NOISY$i\",\"servicesApiBaseUrl\":\"https://c$i.bench.example\"}" | field collectionGuid)"
    if ((i == 0)); then
      SERVICE="$(api POST /services "{\"primaryDomain\":\"victim.bench.example\",\"resellerGuid\":\"$reseller\"}" | field serviceGuid)"
      api POST "/services/$SERVICE/skus" '{"name":"Seed SKU","unitPrice":1,"quantity":1}' >/dev/null
    else
      RESELLER_GUIDS="${RESELLER_GUIDS:+$RESELLER_GUIDS,}$reseller"
    fi
  done
  export BENCH_SERVICE_GUID="$SERVICE" BENCH_RESELLER_GUIDS="$RESELLER_GUIDS"
}

# victim SCRIPT OUT: 4 connections for DURATION seconds; prints "req/s p50 p99".
victim() {
  wrk -t1 -c4 -d"${DURATION}s" --latency -s "$BENCH_DIR/wrk/$1" "http://127.0.0.1:$PORT" >"$2" 2>&1
  awk '/Requests\/sec/ {rps=$2} /^ +50%/ {p50=$2} /^ +99%/ {p99=$2} END {printf "%s %s %s\n", rps, p50, p99}' "$2"
}

# warm_up SCRIPT: the victim's requests for 5 s, unmeasured, so the first measurement is not the JIT's.
warm_up() { wrk -t1 -c4 -d5s -s "$BENCH_DIR/wrk/$1" "http://127.0.0.1:$PORT" >/dev/null 2>&1; }

# load SCRIPT CONNECTIONS OUT: starts a load in the background for longer than the victim runs.
load() {
  wrk -t"$(( $2 < 2 ? $2 : 2 ))" -c"$2" -d"$((DURATION + 4))s" -s "$BENCH_DIR/wrk/$1" "http://127.0.0.1:$PORT" >"$3" 2>&1 &
  LOAD_PID="$!"
  PIDS+=("$LOAD_PID")
  sleep 2
}
# load_summary OUT: what the load got (call finish_load first: a $(...) subshell cannot wait for it).
finish_load() { wait "$LOAD_PID" 2>/dev/null || true; }
load_summary() {
  awk '/Requests\/sec/ {rps=$2} /Non-2xx/ {non2xx=$5} /requests in/ {total=$1} END {printf "%s req/s, %s of %s not 2xx", rps, (non2xx ? non2xx : 0), total}' "$1"
}

row() { printf '| %-58s | %9s | %9s | %9s | %s |\n' "$@"; }
header() { row "$1" "req/s" "p50" "p99" "the load got"; row "---" "---" "---" "---" "---"; }

echo "# noisy neighbours at $(git -C "$SOURCE" rev-parse --short HEAD), ${DURATION}s per measurement, $(nproc) cores, SQLite"

if [[ ",$SCENARIOS," == *",signin,"* ]]; then
  echo
  header "victim GetService (4 connections) while ..."
  for setting in "unlimited:Authentication__MaxConcurrentPasswordChecks=100000 Authentication__SignInLimitPerAddress=100000000 Authentication__SignInFailureLimitPerAccountAndAddress=100000000" \
                 "bounded:Authentication__SignInLimitPerAddress=100000000 Authentication__SignInFailureLimitPerAccountAndAddress=100000000" \
                 "defaults:"; do
    name="${setting%%:*}"; vars="${setting#*:}"
    # shellcheck disable=SC2086
    start_host "signin-$name" $vars
    seed 1 >/dev/null
    warm_up get-service.lua
    [[ "$name" == "unlimited" ]] && read -r rps p50 p99 < <(victim get-service.lua "$WORK/signin-alone.txt") && row "alone" "$rps" "$p50" "$p99" "-"
    load sign-in-wrong-password.lua 32 "$WORK/signin-$name-load.txt"
    read -r rps p50 p99 < <(victim get-service.lua "$WORK/signin-$name-victim.txt")
    finish_load
    row "32 wrong-password sign-ins ($name)" "$rps" "$p50" "$p99" "$(load_summary "$WORK/signin-$name-load.txt")"
    stop_host
  done
fi

if [[ ",$SCENARIOS," == *",provisioning,"* ]]; then
  echo
  header "victim CreateServiceSku (4 connections) while ..."
  # CONNECTIONS:NAME:SETTINGS. One connection leaves the CPU free, so only how long the write lock is held counts.
  for setting in "1:unbounded hashing:Authentication__MaxConcurrentPasswordChecks=100000" \
                 "8:unbounded hashing:Authentication__MaxConcurrentPasswordChecks=100000" "8:defaults:"; do
    connections="${setting%%:*}"; rest="${setting#*:}"; name="${rest%%:*}"; vars="${rest#*:}"
    label="provisioning-$connections-${name// /-}"
    # shellcheck disable=SC2086
    start_host "$label" $vars
    seed 9 >/dev/null
    export BENCH_RUN_ID="$(date +%s)"
    warm_up create-service-sku.lua
    [[ "$connections" == 1 ]] && read -r rps p50 p99 < <(victim create-service-sku.lua "$WORK/provisioning-alone.txt") && row "alone" "$rps" "$p50" "$p99" "-"
    load create-service-with-password.lua "$connections" "$WORK/$label-load.txt"
    read -r rps p50 p99 < <(victim create-service-sku.lua "$WORK/$label-victim.txt")
    finish_load
    row "$connections reseller(s) creating services with passwords ($name)" "$rps" "$p50" "$p99" "$(load_summary "$WORK/$label-load.txt")"
    stop_host
  done
fi
