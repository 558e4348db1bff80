#!/usr/bin/env python3
"""The parallel speed-up report: ParallelWork's four modes on Cortado and HotSpot.

Runs `ParallelWork MODE N` for MODE in seq, fj (RecursiveTask on a ForkJoinPool with one worker per
processor), stream (a parallel LongStream on the common pool) and pool (a fixed thread pool), on Cortado
(default and -Xint) and HotSpot (default), N times each (best wall time kept), checks that every run prints
HotSpot's checksum, and prints wall and user+sys CPU times with each mode's speed-up over seq on the same VM.
Standard library only; reuses run.py's helpers. See benches/README.md.
"""

import argparse
import os
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import run as bench  # noqa: E402

MODES = ["seq", "fj", "stream", "pool"]
CONFIGS = [
    ("Cortado", "cortado", []),
    ("Cortado -Xint", "cortado", ["-Xint"]),
    ("HotSpot", "java", []),
]


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--size", default="4000000", help="N, the number of mixed values (default 4000000)")
    ap.add_argument("--xint-size", default="400000", help="N for Cortado -Xint (default 400000)")
    ap.add_argument("-n", type=int, default=3, help="runs per cell, best kept (default 3)")
    ap.add_argument("--cortado", help="a cortado binary to use instead of building")
    ap.add_argument("--no-build", action="store_true", help="use target/release/cortado as it is")
    ap.add_argument("--java", default="java")
    ap.add_argument("--timeout", type=float, default=300)
    args = ap.parse_args()
    binary, note = bench.build_cortado(args)
    print(bench.machine_summary(args.java, binary))
    with tempfile.TemporaryDirectory() as classes:
        bench.compile_java(classes)
        print()
        print("| VM | N | mode | wall s | CPU s | speed-up (wall) | output |")
        print("|---|---:|---|---:|---:|---:|---|")
        reference = {}
        for label, vm, opts in CONFIGS:
            size = args.xint_size if "-Xint" in opts else args.size
            exe = binary if vm == "cortado" else args.java
            if exe is None:
                print("| %s | %s | all | | | | %s |" % (label, size, note))
                continue
            seq_wall = None
            for mode in MODES:
                best = None
                for _ in range(args.n):
                    r = bench.run_child([exe] + opts + ["-cp", classes, "ParallelWork", mode, size], args.timeout)
                    if not r.ok():
                        best = r
                        break
                    if best is None or r.wall < best.wall:
                        best = r
                if not best.ok():
                    print("| %s | %s | %s | | | | %s |" % (label, size, mode,
                                                         "TIMEOUT" if best.timed_out else best.first_stderr_line()))
                    continue
                key = size
                if key not in reference:
                    ref = bench.run_child([args.java, "-cp", classes, "ParallelWork", "seq", size], args.timeout)
                    reference[key] = ref.stdout
                same = "same" if best.stdout == reference[key] else "MISMATCH"
                if mode == "seq":
                    seq_wall = best.wall
                speedup = "%.2f" % (seq_wall / best.wall) if seq_wall else ""
                print("| %s | %s | %s | %s | %s | %s | %s |" % (label, size, mode, bench.fmt_time(best.wall),
                                                               bench.fmt_time(best.cpu), speedup, same))
                sys.stdout.flush()


if __name__ == "__main__":
    main()
