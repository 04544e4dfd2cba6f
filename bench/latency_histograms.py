"""The latency histograms bench/wrk/common.lua writes after each wrk slice, read and merged (slices.py, pooled_latency.py).

A summary file holds three "name value" lines (requests, duration_us, non2xx), then "latency_us count" lines.
"""


def read(path, histogram):
    """Adds the file's latencies to HISTOGRAM (latency in µs -> requests); returns its three counters by name."""
    with open(path) as summary:
        fields = {name: int(value) for name, value in (next(summary).split() for _ in range(3))}
        for line in summary:
            value, count = map(int, line.split())
            histogram[value] = histogram.get(value, 0) + count
    return fields


def percentile(histogram, p):
    """The latency in ms below which P% of the histogram's requests finished."""
    wanted, seen = sum(histogram.values()) * p / 100, 0
    for value in sorted(histogram):
        seen += histogram[value]
        if seen >= wanted:
            return value / 1000
    return 0.0
