"""Prints what each target allocates per request, by type, from the bench-only allocation sampler.

Usage: allocations.py RAW_TSV SCENARIO TARGET=SNAPSHOT_JSON [TARGET=SNAPSHOT_JSON ...]
Each snapshot is GET /__bench/gc/allocations after the measured rounds of one scenario (the sampler was reset after
the warm-up): the runtime's allocation ticks, one per ~100 KB allocated, summed by the type whose allocation crossed
the mark, so a type's share of the ticks is its share of the bytes. The share times the target's bytes allocated per
request (the median of rounds in raw.tsv, measured exactly) gives bytes per request by type. Types under 1% for every
target are summed into one row.
"""
import csv
import json
import statistics
import sys

raw, scenario, pairs = sys.argv[1], sys.argv[2], [a.split("=", 1) for a in sys.argv[3:]]
rows = [r for r in csv.DictReader(open(raw), delimiter="\t") if r["scenario"] == scenario]
targets, per_request, measured_total = [], {}, {}  # target -> type -> bytes/request; target -> bytes/request
for target, path in pairs:
    measured = [float(r["alloc_bytes_per_req"]) for r in rows if r["target"] == target]
    if not measured:
        continue
    snapshot = json.load(open(path))
    total = sum(snapshot.values())
    if not total:
        continue
    targets.append(target)
    measured_total[target] = statistics.median(measured)
    per_request[target] = {t: measured_total[target] * b / total for t, b in snapshot.items()}

if not targets:
    sys.exit(f"no allocation samples for {scenario}")
shown = sorted({t for target in targets for t, b in per_request[target].items() if b >= measured_total[target] / 100},
               key=lambda t: -max(per_request[target].get(t, 0) for target in targets))


def row(name, value_of):
    print(f"| {name} | " + " | ".join(f"{value_of(target):,.0f}" for target in targets) + " |")


print(f"Bytes allocated per request by type, {scenario} (allocation-tick samples; share of the ticks x the measured bytes/request):")
print()
print("| type | " + " | ".join(targets) + " |")
print("|---|" + "---:|" * len(targets))
for name in shown:
    row(name, lambda target: per_request[target].get(name, 0))
row("(other types)", lambda target: measured_total[target] - sum(per_request[target].get(t, 0) for t in shown))
row("(all, measured)", lambda target: measured_total[target])
