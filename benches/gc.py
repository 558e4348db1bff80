#!/usr/bin/env python3
"""The garbage-collection report: the allocation-heavy benchmarks on Cortado and HotSpot with the same -Xmx.

For each program (binary trees, collections churn) and each configuration (Cortado -Xint, Cortado default,
HotSpot default collector (G1), HotSpot -XX:+UseSerialGC), runs once with -Xlog:gc and prints wall time,
number of collections (young and full), total and longest pause, from the VM's own log lines, which both VMs
print in HotSpot's unified-logging form (`GC(n) Pause Young (...) 24M->3M(256M) 1.234ms`). Outputs are
checked against HotSpot's. Standard library only; reuses run.py's helpers. See benches/README.md.
"""

import argparse
import os
import re
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import run as bench  # noqa: E402

PROGRAMS = [
    # name, main class, argument, --quick argument
    ("binarytrees", "BinaryTrees", "18", "14"),
    ("collections", "CollectionsChurn", "300", "60"),
]

PAUSE = re.compile(r"GC\(\d+\) Pause (Young|Full)[^\n]*?(\d+(?:\.\d+)?)ms\s*$", re.M)


def gc_summary(stdout):
    """(young count, full count, total pause ms, max pause ms) from -Xlog:gc lines."""
    young = full = 0
    total = longest = 0.0
    for kind, ms in PAUSE.findall(stdout):
        ms = float(ms)
        if kind == "Young":
            young += 1
        else:
            full += 1
        total += ms
        longest = max(longest, ms)
    return young, full, total, longest


def program_output(stdout):
    return "\n".join(l for l in stdout.splitlines() if "][gc" not in l)


def main():
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--quick", action="store_true", help="small sizes, for checking the runner")
    p.add_argument("--xmx", default="256m", help="the heap limit given to every VM (default 256m)")
    p.add_argument("--xmn", default=None, help="the young generation size given to every VM")
    p.add_argument("--cortado", help="use this cortado binary instead of building one")
    p.add_argument("--no-build", action="store_true")
    p.add_argument("--timeout", type=float, default=600)
    args = p.parse_args()
    cortado, note = bench.build_cortado(args)
    if cortado is None:
        sys.exit(note)
    heap = ["-Xmx" + args.xmx] + (["-Xmn" + args.xmn] if args.xmn else [])
    configs = [
        ("Cortado -Xint", cortado, ["-Xint"]),
        ("Cortado", cortado, []),
        ("HotSpot G1", "java", []),
        ("HotSpot Serial", "java", ["-XX:+UseSerialGC"]),
    ]
    with tempfile.TemporaryDirectory() as classes:
        bench.compile_java(classes)
        print("heap: " + " ".join(heap))
        print()
        print("| program | VM | time s | young GCs | full GCs | total pause ms | max pause ms | output |")
        print("|---|---|---:|---:|---:|---:|---:|---|")
        for name, main_class, size, quick in PROGRAMS:
            arg = quick if args.quick else size
            rows = []
            for label, vm, extra in configs:
                cmd = [vm] + extra + heap + ["-Xlog:gc", "-cp", classes, main_class, arg]
                rows.append((label, bench.run_child(cmd, args.timeout)))
            reference = next(program_output(r.stdout) for l, r in rows if l == "HotSpot G1")
            for label, run in rows:
                young, full, total, longest = gc_summary(run.stdout)
                if not run.ok():
                    status = "timeout" if run.timed_out else run.first_stderr_line()
                else:
                    status = "same" if program_output(run.stdout) == reference else "DIFFERS"
                print("| %s %s | %s | %.2f | %d | %d | %.1f | %.2f | %s |" % (
                    name, arg, label, run.wall, young, full, total, longest, status))
        print()
        print("output: each run's stdout (without its GC log lines) against HotSpot G1's.")


if __name__ == "__main__":
    main()
