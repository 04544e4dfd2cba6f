"""Prints p50 and p99 over every request of a run (all rounds' slices merged), per scenario and target, as Markdown.

Usage: pooled_latency.py SLICES_TSV FIRST_TARGET OTHER_TARGET
report.py's latency columns are medians of per-round figures, each round's p99 coming from its slowest ~1% (a hundred
requests or so at the scale runs' rates), so one stall in a slice moves it. Merging every slice's latency histogram
(bench/wrk/common.lua) gives the percentiles of all the run's requests on each target, which one stall moves far less.
"""
import csv
import sys
from collections import defaultdict

import latency_histograms
from latency_histograms import percentile

slices_tsv, first, other = sys.argv[1:4]
histograms = defaultdict(dict)  # (scenario, target) -> latency in µs -> requests
scenarios = []
for row in csv.DictReader(open(slices_tsv), delimiter="\t"):
    if row["scenario"] not in scenarios:
        scenarios.append(row["scenario"])
    latency_histograms.read(row["summary"], histograms[(row["scenario"], row["target"])])

print(f"Over every request of the run (all rounds' slices merged), {first} / {other}:")
print()
print(f"| scenario | requests {first} | requests {other} | p50 {first} ms | p50 {other} ms | p50 ratio | p99 {first} ms | p99 {other} ms | p99 ratio |")
print("|---|---:|---:|---:|---:|---:|---:|---:|---:|")
for scenario in scenarios:
    ours, theirs = histograms.get((scenario, first)), histograms.get((scenario, other))
    if not ours or not theirs:
        continue
    cells = [f"{sum(ours.values()):,}", f"{sum(theirs.values()):,}"]
    for p in (50, 99):
        a, b = percentile(ours, p), percentile(theirs, p)
        cells += [f"{a:.2f}", f"{b:.2f}", f"{a / b:.2f}x" if b else ""]
    print(f"| {scenario} | " + " | ".join(cells) + " |")
