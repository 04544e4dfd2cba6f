"""Merges the slices of one target's round into the row bench/run.sh keeps in raw.tsv.

Usage: slices.py SLICES_TSV CLK_TCK ROUND SCENARIO TARGET
A round of a target is several short wrk runs (slices) interleaved with the other target's, so that the
machine's drift over seconds falls on both alike. Counts add up over the slices; requests/s is all
requests over all the time measured; p50 and p99 come from the slices' merged latency histograms (written
by wrk/common.lua), which is what one run of the summed length would have printed.
"""
import csv
import functools
import sys

import latency_histograms

slices_tsv, clk_tck, round_, scenario, target = sys.argv[1], int(sys.argv[2]), *sys.argv[3:6]
rows = [r for r in csv.DictReader(open(slices_tsv), delimiter="\t")
        if (r["round"], r["scenario"], r["target"]) == (round_, scenario, target)]
if not rows:
    sys.exit(f"no slices for round {round_} {scenario} {target}")

requests = duration_us = non2xx = 0
histogram = {}  # latency in µs -> requests
for row in rows:
    fields = latency_histograms.read(row["summary"], histogram)
    requests += fields["requests"]
    duration_us += fields["duration_us"]
    non2xx += fields["non2xx"]
percentile = functools.partial(latency_histograms.percentile, histogram)

cpu_ticks = sum(int(r["cpu_ticks"]) for r in rows)
allocated = sum(int(r["alloc_bytes"]) for r in rows)
print("\t".join([
    round_, scenario, target,
    f"{requests * 1e6 / duration_us:.2f}",
    f"{percentile(50):.3f}",
    f"{percentile(99):.3f}",
    # No request finished in the round (each outlasted wrk's timeout): no per-request figures.
    f"{cpu_ticks * 1000 / clk_tck / requests:.3f}" if requests else "nan",
    f"{allocated / requests:.0f}" if requests else "nan",
    f"{max(int(r['peak_rss_kb']) for r in rows) / 1024:.1f}",
    str(non2xx),
    str(sum(int(r["exceptions"]) for r in rows)),
]))
