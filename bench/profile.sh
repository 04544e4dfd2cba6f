#!/usr/bin/env bash
# Profiles the bench's servers: runs bench/run.sh with the given arguments, its servers started with
# DOTNET_PerfMapEnabled=1 (so perf names JIT-compiled methods), records them with `perf record -g` from the end of
# the first round (warm-up and tiered compilation behind them) to the end of the run, and prints, per target, where
# its CPU samples went (bench/profile_shares.py): one table of parts that add up to 100%, with each part's CPU per
# request from the run's table, then the heaviest methods by inclusive share.
#
# Usage: bench/profile.sh [bench/run.sh arguments]
#   e.g. bench/profile.sh --scenarios GetService --sku-services 1 --rounds 3
# Profile one scenario at a time (the samples of every scenario the run measures are pooled), with at least 2
# rounds: the first is not recorded.
# Needs perf (linux-perf). perf.data, the decoded samples and run.sh's output are kept in the printed directory.
set -euo pipefail

BENCH_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
OUT="$(mktemp -d /tmp/cccapi-profile.XXXXXX)"
command -v perf >/dev/null || { echo "perf is not installed (apt-get install linux-perf)" >&2; exit 2; }

DOTNET_PerfMapEnabled=1 DOTNET_EnableWriteXorExecute=0 "$BENCH_DIR/run.sh" "$@" >"$OUT/run.out" 2>"$OUT/run.log" &
RUN_PID=$!
PERF_PID=""
cleanup() {
  [[ -n "$PERF_PID" ]] && kill -INT "$PERF_PID" 2>/dev/null || true
  kill "$RUN_PID" 2>/dev/null || true
}
trap cleanup INT TERM

until grep -q "\] round 1 " "$OUT/run.log"; do
  if ! kill -0 "$RUN_PID" 2>/dev/null; then cat "$OUT/run.log" >&2; echo "run.sh ended before its first round did" >&2; exit 1; fi
  sleep 0.2
done

# The servers' pids, as run.sh logs them ("CccApi pid N", "baseline pid N", "ADO.NET target pid N").
TARGETS=()
while read -r label pid; do TARGETS+=("$label=$pid"); done < <(
  sed -nE 's/.*\] (CccApi|baseline|ADO\.NET target) pid ([0-9]+).*/\1 \2/p' "$OUT/run.log" | sed 's/ADO.NET target/ADO.NET/')
PID_LIST="$(printf '%s\n' "${TARGETS[@]}" | cut -d= -f2 | paste -sd,)"
echo "recording ${TARGETS[*]} into $OUT/perf.data" >&2
perf record -F 999 -g -e cpu-clock -p "$PID_LIST" -o "$OUT/perf.data" >"$OUT/perf-record.log" 2>&1 &
PERF_PID=$!

RUN_STATUS=0
wait "$RUN_PID" || RUN_STATUS=$?
kill -INT "$PERF_PID" 2>/dev/null || true
wait "$PERF_PID" || true
PERF_PID=""
cat "$OUT/run.out"
((RUN_STATUS == 0)) || { tail -20 "$OUT/run.log" >&2; echo "run.sh failed ($RUN_STATUS)" >&2; exit "$RUN_STATUS"; }

perf script -i "$OUT/perf.data" -F pid,ip,sym,dso >"$OUT/samples.txt" 2>"$OUT/perf-script.log"
python3 "$BENCH_DIR/profile_shares.py" "$OUT/samples.txt" "$OUT/run.out" "${TARGETS[@]}"
echo "profile kept in $OUT" >&2
