"""Where each bench server's CPU samples went, from `perf script -F pid,ip,sym,dso` output (bench/profile.sh).

Usage: profile_shares.py SAMPLES RUN_TABLE LABEL=PID [LABEL=PID...]

Prints, per target, a table of parts that add up to 100%: each sample counts once, for the first part (in the
order of PARTS) that any frame of its stack belongs to, so a SQLite page read under a query counts as SQLite's,
not as the kernel's. With each share goes its CPU time per request: the share times the target's CPU ms per
request in RUN_TABLE (bench/run.sh's table, one scenario). Then the heaviest frames by inclusive share (the share
of samples with the frame anywhere on the stack). .NET splits async methods at each await, so a method's inclusive
share is a lower bound. e_sqlite3 is built without frame pointers, so perf sees only the SQLite function a sample
landed in, not its callers: SQLite's work is told apart by that function's name (parser, resolver, planner and
code generator: preparing a statement; the rest: running it).
"""
import collections
import re
import sys

# The functions of SQLite's parser, name resolution, query planner and code generator (and the allocator and
# hash lookups they call; the ADO.NET target, which prepares once, spends almost nothing in them).
SQLITE_PREPARE = (r"^(sqlite3RunParser|yy_\w+|sqlite3Parser\w*|sqlite3GetToken|tokenExpr|keywordCode|sqlite3KeywordCode|"
                  r"resolve\w+|sqlite3Resolve\w+|\w*[wW]here\w*|sqlite3Expr\w*|exprAnalyze\w*|sqlite3Select\w*|select\w+|"
                  r"sqlite3Walk\w*|walk\w+|sqlite3Src\w+|sqlite3Id\w+|sqlite3Locate\w*|sqlite3Find(Table|Index|Db\w*|CollSeq)|"
                  r"sqlite3ColumnIndex|sqlite3Column(Affinity|Coll)|findElementWithHash|sqlite3StrICmp|sqlite3Hash\w+|strHash|"
                  r"sqlite3DbMalloc\w*|sqlite3DbStrN?Dup|sqlite3DbRealloc|sqlite3DbFree\w*|sqlite3DbNNFreeNN|lookaside\w*|"
                  r"sqlite3Vdbe(Add\w*|Change\w*|Make\w*|Resolve\w*|Set\w*|Goto|CurrentAddr|Comment|Explain\w*|UsesBtree|"
                  r"Prepare\w*|JumpHere\w*|Delete\w*|Clear\w*|Finalize|ReusesBtree|GetOp|GetLastOp|Count\w*|Coroutine\w*)|"
                  r"sqlite3Prepare|sqlite3LockAndPrepare|sqlite3_prepare\w*|sqlite3Init\w*|sqlite3Auth\w*|sqlite3Fix\w*|"
                  r"sqlite3Code\w*|sqlite3Generate\w*|sqlite3Compute\w*|sqlite3Table\w*|sqlite3Index\w*|sqlite3KeyInfo\w*|"
                  r"sqlite3Affinity\w*|sqlite3Get(Coll|TempReg|TempRange)\w*|sqlite3Release\w*|sqlite3ExprList\w*|sqlite3_finalize|"
                  r"sqlite3Join\w*|sqlite3Process\w*|sqlite3PExpr\w*|sqlite3Dequote\w*|sqlite3TokenInit|sqlite3Check\w*|"
                  r"sqlite3ParserAddCleanup|sqlite3Add\w*|sqlite3Append\w*|sqlite3Clear\w*|sqlite3Delete\w*|sqlite3Result\w*Names|"
                  r"sqlite3Column(sFrom\w*|Type\w*|Name\w*)|sqlite3SubqueryColType|sqlite3LogEst\w*) \(\S*libe_sqlite3")

# (part, pattern on "symbol (dso)"), first match wins.
PARTS = [
    ("GC (collections, allocation slow path)", r"gc_heap|GCHeap::|WKS::|SVR::|GCToEEInterface"),
    ("SQLite: registering functions (EF's, at each open)", r"CreateFunction|sqlite3_create_function|sqlite3CreateFunc|sqlite3FindFunction|functionDestroy"),
    ("SQLite: preparing statements (parse, resolve, plan, generate code)", SQLITE_PREPARE),
    ("SQLite: running statements, opening, resetting", r"\(\S*libe_sqlite3\S*\)"),
    ("Npgsql (protocol, reading, writing)", r"Npgsql"),
    ("kernel (sockets, scheduling, futex)", r"\(\[kernel\.kallsyms\]\)$"),
    # EF closes a pooled context's connection when the context goes back to the pool (ResetState).
    ("EF Core: opening and closing the connection", r"RelationalConnection(::|\+<)(Open|Close|ResetState)"),
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


def cpu_per_request(run_table, labels):
    """Each target's CPU ms per request in bench/run.sh's table (the scenario's row for it), or None."""
    found = {}
    with open(run_table) as lines:
        for line in lines:
            cells = [cell.strip() for cell in line.strip().strip("|").split("|")]
            if len(cells) >= 6 and cells[1].lower() in labels:
                try:
                    found[cells[1].lower()] = float(cells[5])
                except ValueError:
                    pass
    return found


def main():
    path, run_table = sys.argv[1], sys.argv[2]
    targets = dict((int(pid), label) for label, pid in (arg.split("=") for arg in sys.argv[3:]))
    cpu = cpu_per_request(run_table, {label.lower() for label in targets.values()})
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
    def cell(pid, count):
        share = count / max(totals[pid], 1)
        ms = cpu.get(targets[pid].lower())
        return f"{100 * share:.1f}%" + (f" ({1000 * share * ms:.1f} µs)" if ms is not None else "")

    print("| part | " + " | ".join(targets[pid] for pid in targets) + " |")
    print("|---|" + "---:|" * len(targets))
    for name in order:
        if any(parts[pid][name] for pid in targets):
            print(f"| {name} | " + " | ".join(cell(pid, parts[pid][name]) for pid in targets) + " |")
    print("| all (CPU per request from the run's table) | " + " | ".join(cell(pid, totals[pid]) for pid in targets) + " |")
    print("| samples | " + " | ".join(f"{totals[pid]:,}" for pid in targets) + " |")
    for pid in targets:
        print(f"\n{targets[pid]}: heaviest frames, inclusive share of {totals[pid]:,} samples")
        for frame, count in inclusive[pid].most_common(TOP):
            print(f"  {100 * count / max(totals[pid], 1):5.1f}%  {frame[:160]}")


if __name__ == "__main__":
    main()
