"""Reads bench/run.sh's raw.tsv and prints the side-by-side table (medians over rounds) as Markdown.

Usage: report.py RAW_TSV [FIRST_TARGET OTHER_TARGET...]
A ratio row FIRST / OTHER follows each scenario for every other target measured on it (default CccApi /
Baseline); in scale mode it is "1M services / 1k services".
"""
import csv
import statistics
import sys
from collections import defaultdict

METRICS = [  # column, header, format
    ("rps", "req/s", "{:,.0f}"),
    ("p50_ms", "p50 ms", "{:.2f}"),
    ("p99_ms", "p99 ms", "{:.2f}"),
    ("cpu_ms_per_req", "CPU ms/req", "{:.3f}"),
    ("alloc_bytes_per_req", "alloc B/req", "{:,.0f}"),
    ("peak_rss_mb", "peak RSS MB", "{:.0f}"),
]

raw = sys.argv[1]
first, others = (sys.argv[2], sys.argv[3:]) if len(sys.argv) > 3 else ("CccApi", ["Baseline"])
rows = list(csv.DictReader(open(raw), delimiter="\t"))
by_round = defaultdict(dict)  # (scenario, target) -> round -> row
counts = defaultdict(int)
scenarios, targets = [], []
for row in rows:
    key = (row["scenario"], row["target"])
    if row["scenario"] not in scenarios:
        scenarios.append(row["scenario"])
    if row["target"] not in targets:
        targets.append(row["target"])
    by_round[key][row["round"]] = row
    counts[key + ("non2xx",)] += int(row["non2xx"] or 0)
    counts[key + ("exceptions",)] += int(row.get("exceptions") or 0)


def median(scenario, target, column):
    found = by_round.get((scenario, target))
    return statistics.median(float(row[column]) for row in found.values()) if found else None


header = ["scenario", "target"] + [h for _, h, _ in METRICS] + ["non-2xx", "exceptions"]
print("| " + " | ".join(header) + " |")
print("|" + "|".join(["---"] * 2 + ["---:"] * (len(header) - 2)) + "|")
for scenario in scenarios:
    for target in targets:
        if median(scenario, target, "rps") is None:
            continue
        cells = ["" if (v := median(scenario, target, c)) is None else f.format(v) for c, _, f in METRICS]
        print(f"| {scenario} | {target} | " + " | ".join(cells)
              + f" | {counts[(scenario, target, 'non2xx')]} | {counts[(scenario, target, 'exceptions')]} |")
    for second in others:
        if median(scenario, first, "rps") is None or median(scenario, second, "rps") is None:
            continue
        ratios = []
        for column, _, _ in METRICS:
            ours, base = median(scenario, first, column), median(scenario, second, column)
            ratios.append(f"{ours / base:.2f}x" if base else "")
        print(f"| {scenario} | **{first} / {second}** | " + " | ".join(ratios) + " | | |")
print()
# The targets of a round run in interleaved slices, so a round's ratio is free of the drift between rounds.
for second in others:
    print(f"Per round, {first} / {second} (req/s, CPU ms per request and p99), then the median of those ratios:")
    print()
    for scenario in scenarios:
        ours, base = by_round.get((scenario, first), {}), by_round.get((scenario, second), {})
        paired = [r for r in ours if r in base]
        if not paired:
            continue
        rps = [float(ours[r]["rps"]) / float(base[r]["rps"]) for r in paired]
        cpu = [float(ours[r]["cpu_ms_per_req"]) / float(base[r]["cpu_ms_per_req"]) for r in paired]
        p99 = [float(ours[r]["p99_ms"]) / float(base[r]["p99_ms"]) for r in paired]
        print(f"- {scenario}: req/s " + " / ".join(f"{x:.2f}" for x in rps) + f" (median {statistics.median(rps):.2f}x);"
              + " CPU " + " / ".join(f"{x:.2f}" for x in cpu) + f" (median {statistics.median(cpu):.2f}x);"
              + " p99 " + " / ".join(f"{x:.2f}" for x in p99) + f" (median {statistics.median(p99):.2f}x)")
    print()
print("exceptions: first-chance exceptions thrown in the server between 0.25 s after the start and 0.75 s before the")
print("end of each wrk slice (summed over slices and rounds), so connections wrk opens and closes at the edges do not count.")
