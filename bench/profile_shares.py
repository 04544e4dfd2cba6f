"""Where each bench server's CPU samples went, from `perf script -F pid,ip,sym,dso` output (bench/profile.sh).

Usage: profile_shares.py SAMPLES LABEL=PID [LABEL=PID...]

Prints, per target, a table of parts that add up to 100%: each sample counts once, for the first part (in the
order of PARTS) that any frame of its stack belongs to, so a SQLite page read under a query counts as SQLite's
execution, not as the kernel's. Then the heaviest frames by inclusive share (the share of samples with the frame
anywhere on the stack). .NET splits async methods at each await, so a method's inclusive share is a lower bound.
"""
import collections
import re
import sys

# (part, pattern on "symbol (dso)"), first match wins.
PARTS = [
    ("GC (collections, allocation slow path)", r"gc_heap|GCHeap::|WKS::|SVR::|GCToEEInterface"),
    ("SQLite: EF's functions registered and removed at open/close", r"sqlite3_create_function|sqlite3CreateFunc|CreateFunction|sqlite3_create_collation"),
    ("SQLite: statement preparation", r"sqlite3_prepare|sqlite3LockAndPrepare|sqlite3RunParser|sqlite3Prepare"),
    ("SQLite: statement execution", r"sqlite3_step|sqlite3VdbeExec|sqlite3_column|sqlite3_bind"),
    ("SQLite: other native (open, reset, finalize)", r"\(\S*libe_sqlite3\S*\)"),
    ("Npgsql (protocol, reading, writing)", r"Npgsql"),
    ("kernel (sockets, scheduling, futex)", r"\(\[kernel\.kallsyms\]\)$"),
    ("EF Core: opening and closing the connection", r"RelationalConnection::(Open|Close)|RelationalConnection\.(Open|Close)"),
    ("EF Core: context lease, queries, SaveChanges", r"Microsoft\.EntityFrameworkCore"),
    ("Microsoft.Data.Sqlite (managed)", r"Microsoft\.Data\.Sqlite|SQLitePCL"),
    ("System.Text.Json", r"System\.Text\.Json"),
    ("DI scope (resolving, disposing)", r"Microsoft\.Extensions\.DependencyInjection"),
    ("CccApi's services and rules", r"CccApi\.ServiceInterface"),
    ("ServiceStackCompat (routing, binding, auth, writing)", r"ServiceStackCompat"),
    ("the ADO.NET target's handlers", r"CccApi\.Bench\.AdoNet|Program\.<"),
    ("ASP.NET Core and Kestrel", r"Microsoft\.AspNetCore|Microsoft\.Extensions"),
    ("JIT", r"libclrjit"),
    ("runtime, other (libcoreclr)", r"libcoreclr"),
    ("thread pool, tasks, other managed", r"System\."),
]
COMPILED = [(name, re.compile(pattern)) for name, pattern in PARTS]
TOP = 35


def samples(path):
    """Yields (pid, [frame, ...]) leaf first, each frame "symbol (dso)"."""
    pid, frames = None, []
    with open(path, errors="replace") as lines:
        for line in lines:
            if line.startswith("\t"):
                parts = line.strip().split(" ", 1)
                frames.append(parts[1] if len(parts) > 1 else parts[0])
            elif line.strip():
                if pid is not None:
                    yield pid, frames
                pid, frames = int(line.split()[0]), []
        if pid is not None:
            yield pid, frames


def part_of(frames):
    for name, pattern in COMPILED:
        if any(pattern.search(frame) for frame in frames):
            return name
    return "unresolved"


def frame_name(frame):
    # A generic method's instantiation or an async state machine reads better without its arguments.
    return re.sub(r"\[Optimized\]|\[OptimizedTier1\]|\[Tier1\]|\[Tier0\]|\[PreJIT\]|\[QuickJitted\]", "", frame).strip()


def main():
    path, targets = sys.argv[1], dict((int(pid), label) for label, pid in (arg.split("=") for arg in sys.argv[2:]))
    parts = {pid: collections.Counter() for pid in targets}
    inclusive = {pid: collections.Counter() for pid in targets}
    totals = collections.Counter()
    for pid, frames in samples(path):
        if pid not in targets:
            continue
        totals[pid] += 1
        parts[pid][part_of(frames)] += 1
        inclusive[pid].update(set(frame_name(frame) for frame in frames))
    order = [name for name, _ in PARTS] + ["unresolved"]
    print("| part | " + " | ".join(targets[pid] for pid in targets) + " |")
    print("|---|" + "---:|" * len(targets))
    for name in order:
        if any(parts[pid][name] for pid in targets):
            print(f"| {name} | " + " | ".join(f"{100 * parts[pid][name] / max(totals[pid], 1):.1f}%" for pid in targets) + " |")
    print("| samples | " + " | ".join(f"{totals[pid]:,}" for pid in targets) + " |")
    for pid in targets:
        print(f"\n{targets[pid]}: heaviest frames, inclusive share of {totals[pid]:,} samples")
        for frame, count in inclusive[pid].most_common(TOP):
            print(f"  {100 * count / max(totals[pid], 1):5.1f}%  {frame[:160]}")


if __name__ == "__main__":
    main()
