"""Reads bench/run.sh's raw.tsv and prints the side-by-side table (medians over rounds) as Markdown."""
import csv
import statistics
import sys
from collections import defaultdict

METRICS = [  # column, header, format, higher is better
    ("rps", "req/s", "{:,.0f}", True),
    ("p50_ms", "p50 ms", "{:.2f}", False),
    ("p99_ms", "p99 ms", "{:.2f}", False),
    ("cpu_ms_per_req", "CPU ms/req", "{:.3f}", False),
    ("alloc_bytes_per_req", "alloc B/req", "{:,.0f}", False),
    ("peak_rss_mb", "peak RSS MB", "{:.0f}", False),
]

rows = list(csv.DictReader(open(sys.argv[1]), delimiter="\t"))
values = defaultdict(list)
non2xx = defaultdict(int)
scenarios = []
for row in rows:
    key = (row["scenario"], row["target"])
    if row["scenario"] not in scenarios:
        scenarios.append(row["scenario"])
    for column, *_ in METRICS:
        values[key + (column,)].append(float(row[column]))
    non2xx[key] += int(row["non2xx"] or 0)


def median(scenario, target, column):
    found = values.get((scenario, target, column))
    return statistics.median(found) if found else None


def cell(scenario, target, column, fmt):
    value = median(scenario, target, column)
    return "" if value is None else fmt.format(value)


header = ["scenario", "target"] + [h for _, h, _, _ in METRICS] + ["non-2xx"]
print("| " + " | ".join(header) + " |")
print("|" + "|".join(["---"] * 2 + ["---:"] * (len(header) - 2)) + "|")
for scenario in scenarios:
    for target in ("CccApi", "Baseline"):
        if median(scenario, target, "rps") is None:
            continue
        cells = [cell(scenario, target, c, f) for c, _, f, _ in METRICS]
        print(f"| {scenario} | {target} | " + " | ".join(cells) + f" | {non2xx[(scenario, target)]} |")
    if median(scenario, "Baseline", "rps") is not None:
        ratios = []
        for column, _, _, _ in METRICS:
            ours, base = median(scenario, "CccApi", column), median(scenario, "Baseline", column)
            ratios.append(f"{ours / base:.2f}x" if base else "")
        print(f"| {scenario} | **CccApi / Baseline** | " + " | ".join(ratios) + " | |")
