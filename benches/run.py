#!/usr/bin/env python3
"""Cortado's benchmark runner: every program in benches/java on Cortado and HotSpot side by side.

Builds Cortado (`cargo build --release -p vm`), compiles the Java programs once with javac, then runs each
program in six configurations (Cortado -Xint, Cortado default, Cortado -Xcomp, HotSpot -Xint, HotSpot C1
only, HotSpot default), best wall time of N runs each, and checks every configuration's output against
HotSpot -Xint's. Prints a Markdown table of times and of ratios to HotSpot -Xint, the geometric means,
the JIT targets of issue 8 (met or not), optionally an SVG plot of the ratios to HotSpot default (--svg),
and a start-up report (hello world: median wall time and peak RSS). Standard library only. See
benches/README.md.
"""

import argparse
import datetime
import math
import os
import platform
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
import time

BENCHES = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(BENCHES)

# name, main class, default size, --quick size
PROGRAMS = [
    ("nbody", "NBody", "1000000", "100000"),
    ("spectralnorm", "SpectralNorm", "700", "220"),
    ("fannkuch", "Fannkuch", "10", "8"),
    ("mandelbrot", "Mandelbrot", "1200", "400"),
    ("sieve", "Sieve", "5000000", "500000"),
    ("richards", "Richards", "60", "6"),
    ("deltablue", "DeltaBlue", "25", "3"),
    ("binarytrees", "BinaryTrees", "15", "12"),
    ("strings", "StringWork", "50000", "5000"),
    ("calls", "Calls", "2000000", "200000"),
    ("pidigits", "PiDigits", "2000", "500"),
    ("plaincalls", "PlainCalls", "20000000", "2000000"),
    ("synccalls", "SyncCalls", "20000000", "2000000"),
]

# column label, which VM, extra VM options; HotSpot -Xint is the reference for outputs and ratios
CONFIGS = [
    ("Cortado -Xint", "cortado", ["-Xint"]),
    ("Cortado", "cortado", []),
    ("Cortado -Xcomp", "cortado", ["-Xcomp"]),
    ("HotSpot -Xint", "java", ["-Xint"]),
    ("HotSpot C1", "java", ["-XX:TieredStopAtLevel=1"]),
    ("HotSpot", "java", []),
]
REFERENCE = "HotSpot -Xint"

# Issue 8's targets: on these compute kernels Cortado default at least 10x its own -Xint and within 1.5x of
# HotSpot C1; over the whole suite, the geometric mean of Cortado default / HotSpot default at most 2.
COMPUTE_KERNELS = ["nbody", "spectralnorm", "fannkuch", "mandelbrot", "sieve"]


class Run:
    """One finished child process."""

    def __init__(self, wall, cpu, status, stdout, stderr, maxrss_kb, timed_out):
        self.wall = wall
        self.cpu = cpu
        self.status = status
        self.stdout = stdout
        self.stderr = stderr
        self.maxrss_kb = maxrss_kb
        self.timed_out = timed_out

    def ok(self):
        return not self.timed_out and self.status == 0

    def first_stderr_line(self):
        for line in self.stderr.splitlines():
            if line.strip():
                return line.strip()
        return "exit status %d, no message" % self.status


def run_child(cmd, timeout):
    """Runs cmd with outputs to files; returns a Run with wall time and the child's own peak RSS."""
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        start = time.perf_counter()
        proc = subprocess.Popen(cmd, stdout=out, stderr=err, stdin=subprocess.DEVNULL, start_new_session=True)
        timed_out = threading.Event()

        def kill():
            timed_out.set()
            try:
                os.killpg(proc.pid, signal.SIGKILL)
            except ProcessLookupError:
                pass

        timer = threading.Timer(timeout, kill)
        timer.start()
        try:
            _, status, usage = os.wait4(proc.pid, 0)
        finally:
            timer.cancel()
        wall = time.perf_counter() - start
        proc.returncode = os.waitstatus_to_exitcode(status)
        out.seek(0)
        err.seek(0)
        return Run(wall, usage.ru_utime + usage.ru_stime, proc.returncode, out.read().decode("utf-8", "replace"),
                   err.read().decode("utf-8", "replace"), usage.ru_maxrss, timed_out.is_set())


def sh(cmd, **kw):
    return subprocess.run(cmd, capture_output=True, text=True, **kw)


def build_cortado(args):
    """Returns (path to the cortado binary or None, a note to print when it could not be built)."""
    if args.cortado:
        return args.cortado, None
    binary = os.path.join(ROOT, "target", "release", "cortado")
    if not args.no_build:
        print("building Cortado: cargo build --release -p vm", file=sys.stderr)
        res = sh(["cargo", "build", "--release", "-p", "vm"], cwd=ROOT)
        if res.returncode != 0:
            errors = [l for l in res.stderr.splitlines() if l.startswith("error")]
            return None, "cargo build failed: " + (errors[0] if errors else "exit %d" % res.returncode)
    if not os.path.exists(binary):
        return None, "no binary at " + binary
    return binary, None


def compile_java(classes_dir):
    sources = sorted(os.path.join(BENCHES, "java", f) for f in os.listdir(os.path.join(BENCHES, "java"))
                     if f.endswith(".java"))
    res = sh(["javac", "-d", classes_dir] + sources)
    if res.returncode != 0:
        sys.exit("javac failed:\n" + res.stderr)


def fmt_time(seconds):
    return "%.2f" % seconds


def geomean(values):
    return math.exp(sum(math.log(v) for v in values) / len(values)) if values else None


def machine_summary(java, cortado):
    cpu = platform.processor() or platform.machine()
    try:
        with open("/proc/cpuinfo") as f:
            for line in f:
                if line.startswith("model name"):
                    cpu = line.split(":", 1)[1].strip()
                    break
    except OSError:
        pass
    jv = sh([java, "-version"]).stderr.splitlines()
    rev = sh(["git", "rev-parse", "--short", "HEAD"], cwd=ROOT).stdout.strip()
    return "%s, %s, %d cores, %s, load average %.1f at start; %s; Cortado: %s" % (
        datetime.datetime.now().strftime("%Y-%m-%d %H:%M"), cpu, os.cpu_count() or 0, platform.system(),
        os.getloadavg()[0], jv[1].strip() if len(jv) > 1 else "java ?", cortado or "this tree at " + (rev or "?"))


def bench_program(args, binary, build_note, classes, main, size):
    """Returns {config label: (best time or None, cell note)} and the reference output."""
    cells = {}
    runs = {label: [] for label, _, _ in CONFIGS}
    failed = {}
    for label, vm, _ in CONFIGS:
        if vm == "cortado" and binary is None:
            failed[label] = "FAILED (" + build_note + ")"
    for _ in range(args.n):
        for label, vm, opts in CONFIGS:
            if label in failed:
                continue
            exe = binary if vm == "cortado" else args.java
            r = run_child([exe] + opts + ["-cp", classes, main, size], args.timeout)
            if r.timed_out:
                failed[label] = "TIMEOUT (> %ds)" % args.timeout
            elif not r.ok():
                failed[label] = "FAILED (" + r.first_stderr_line() + ")"
            else:
                runs[label].append(r)
    reference = runs[REFERENCE][0].stdout if runs[REFERENCE] else None
    for label, _, _ in CONFIGS:
        if label in failed:
            cells[label] = (None, failed[label])
        elif reference is not None and any(r.stdout != reference for r in runs[label]):
            bad = next(r for r in runs[label] if r.stdout != reference)
            first = (bad.stdout.splitlines() or [""])[0]
            cells[label] = (None, "MISMATCH (printed %r)" % first[:80])
        else:
            cells[label] = (min(r.cpu if args.cpu else r.wall for r in runs[label]), None)
    return cells, reference


def run_suite(args, binary, build_note, classes):
    selected = [p for p in PROGRAMS if not args.only or p[0] in args.only]
    unknown = set(args.only or []) - {p[0] for p in PROGRAMS}
    if unknown:
        sys.exit("unknown program(s): %s; known: %s" % (", ".join(sorted(unknown)),
                                                        ", ".join(p[0] for p in PROGRAMS)))
    labels = [c[0] for c in CONFIGS]
    others = [l for l in labels if l != REFERENCE]
    head = ["program", "size"] + [l + " (s)" for l in labels] + [l + " / HS -Xint" for l in others]
    print("| " + " | ".join(head) + " |")
    print("|" + "|".join(["---"] * 2 + ["---:"] * (len(head) - 2)) + "|")
    ratios = {l: [] for l in others}
    notes = []
    times = {}
    for name, main, size, quick in selected:
        size = quick if args.quick else size
        cells, _ = bench_program(args, binary, build_note, classes, main, size)
        ref = cells[REFERENCE][0]
        row = [name, size]
        failures = {}  # one note per distinct failure, naming the columns it hit
        for l in labels:
            t, note = cells[l]
            row.append(fmt_time(t) if t is not None else note.split(" ")[0])
            if note:
                failures.setdefault(note, []).append(l)
        notes += ["%s (%s): %s" % (name, ", ".join(ls), note) for note, ls in failures.items()]
        for l in others:
            t = cells[l][0]
            if t is not None and ref:
                ratios[l].append(t / ref)
                row.append("%.2f" % (t / ref))
            else:
                row.append("-")
        print("| " + " | ".join(row) + " |", flush=True)
        times[name] = {l: cells[l][0] for l in labels}
    means = []
    for l in others:
        g = geomean(ratios[l])
        means.append("%.2f (%d)" % (g, len(ratios[l])) if g is not None else "- (0)")
    print("| geometric mean (programs) | | " + " | ".join([""] * len(labels)) + " | " + " | ".join(means) + " |")
    print()
    g = geomean(ratios["Cortado -Xint"])
    print("Cortado -Xint / HotSpot -Xint, geometric mean over the %d program(s) that ran: %s" % (
        len(ratios["Cortado -Xint"]), "%.2f" % g if g is not None else "none ran"))
    for n in notes:
        print("- " + n)
    targets(times)
    if args.svg:
        write_svg(args, times, labels)


def ratio(times, name, a, b):
    ta, tb = times.get(name, {}).get(a), times.get(name, {}).get(b)
    return ta / tb if ta and tb else None


def targets(times):
    """Prints issue 8's targets against this run, each met or not."""
    print()
    print("Targets (issue 8), from this run:")
    print()
    print("| program | Cortado -Xint / Cortado | Cortado / HotSpot C1 | Cortado / HotSpot |")
    print("|---|---:|---:|---:|")
    show = lambda r: "%.2f" % r if r is not None else "-"
    for name in times:
        print("| %s | %s | %s | %s |" % (name, show(ratio(times, name, "Cortado -Xint", "Cortado")),
                                         show(ratio(times, name, "Cortado", "HotSpot C1")),
                                         show(ratio(times, name, "Cortado", "HotSpot"))))
    kernels = [k for k in COMPUTE_KERNELS if k in times]
    speedups = [(k, ratio(times, k, "Cortado -Xint", "Cortado")) for k in kernels]
    vs_c1 = [(k, ratio(times, k, "Cortado", "HotSpot C1")) for k in kernels]
    verdict = lambda ok: "met" if ok else "NOT met"
    print()
    for k, r in speedups:
        print("- %s: Cortado default %s faster than Cortado -Xint (target >= 10x): %s" % (
            k, show(r) + "x", verdict(r is not None and r >= 10)))
    for k, r in vs_c1:
        print("- %s: Cortado default / HotSpot C1 = %s (target <= 1.5): %s" % (k, show(r), verdict(r is not None and r <= 1.5)))
    overall = [r for r in (ratio(times, n, "Cortado", "HotSpot") for n in times) if r is not None]
    g = geomean(overall)
    print("- geometric mean of Cortado default / HotSpot default over %d programs = %s (target <= 2): %s" % (
        len(overall), show(g), verdict(g is not None and g <= 2)))
    g_speed = geomean([r for _, r in speedups if r is not None])
    g_c1 = geomean([r for _, r in vs_c1 if r is not None])
    print("- geometric means over the compute kernels: -Xint / default %s, default / C1 %s" % (show(g_speed), show(g_c1)))


def write_svg(args, times, labels):
    """The plot: every configuration's time over HotSpot default's, per program (benches/svg.py)."""
    import svg
    reference = "HotSpot"
    shown = [l for l in labels if l != reference]
    programs = [p for p in times if times[p].get(reference)]
    ratios = {p: {l: ratio(times, p, l, reference) for l in shown} for p in programs}
    title = "Cortado and HotSpot 17, time relative to HotSpot default (%s)" % datetime.date.today().isoformat()
    with open(args.svg, "w") as f:
        f.write(svg.chart(title, programs, shown, ratios, "HotSpot default"))
    print()
    print("plot written to " + args.svg)


def median(xs):
    xs = sorted(xs)
    mid = len(xs) // 2
    return xs[mid] if len(xs) % 2 else (xs[mid - 1] + xs[mid]) / 2


def startup(args, binary, build_note, classes):
    print()
    print("Start-up: hello world, median of %d runs" % args.startup_runs)
    print()
    print("| VM | command | wall (ms) | peak RSS (MB) |")
    print("|---|---|---:|---:|")
    rows = [("HotSpot", [args.java, "-Xshare:auto", "-cp", classes, "Hello"])]
    if binary is not None:
        rows.insert(0, ("Cortado", [binary, "-cp", classes, "Hello"]))
    else:
        print("| Cortado | cortado -cp DIR Hello | FAILED (%s) | - |" % build_note)
    expected = None
    for vm, cmd in rows:
        walls, rss, failure = [], [], None
        for _ in range(args.startup_runs):
            r = run_child(cmd, args.timeout)
            if not r.ok():
                failure = "TIMEOUT" if r.timed_out else "FAILED (" + r.first_stderr_line() + ")"
                break
            if expected is None and vm == "HotSpot":
                expected = r.stdout
            walls.append(r.wall)
            rss.append(r.maxrss_kb)
        shown = " ".join(os.path.basename(c) if i == 0 else ("DIR" if c == classes else c)
                         for i, c in enumerate(cmd))
        if failure:
            print("| %s | %s | %s | - |" % (vm, shown, failure))
        else:
            print("| %s | %s | %.1f | %.1f |" % (vm, shown, median(walls) * 1000, median(rss) / 1024))


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("-n", type=int, default=3, help="runs per program and configuration, best taken (3)")
    ap.add_argument("--only", type=lambda s: [x.strip() for x in s.split(",") if x.strip()],
                    help="comma-separated programs: " + ",".join(p[0] for p in PROGRAMS))
    ap.add_argument("--quick", action="store_true", help="about a tenth of the default work")
    ap.add_argument("--no-build", action="store_true", help="use target/release/cortado as it is")
    ap.add_argument("--cortado", help="a cortado binary to use instead of building one")
    ap.add_argument("--cpu", action="store_true",
                    help="time by user+sys CPU (all threads) instead of wall, for a busy machine")
    ap.add_argument("--java", default="java", help="the HotSpot launcher (java on PATH)")
    ap.add_argument("--timeout", type=int, default=300, help="seconds before one run is killed (300)")
    ap.add_argument("--startup-runs", type=int, default=10, help="hello-world runs for the median (10)")
    ap.add_argument("--no-startup", action="store_true", help="skip the start-up report")
    ap.add_argument("--svg", help="write the plot of ratios to HotSpot default to this file (e.g. benches/report.svg)")
    ap.add_argument("--startup-only", action="store_true", help="only the start-up report")
    args = ap.parse_args()
    if args.n < 1:
        ap.error("-n must be at least 1")
    for tool in (args.java, "javac"):
        if shutil.which(tool) is None:
            sys.exit("%s not found: install a JDK 17 (e.g. apt-get install openjdk-17-jdk-headless)" % tool)
    binary, build_note = build_cortado(args)
    with tempfile.TemporaryDirectory(prefix="cortado-bench-") as classes:
        compile_java(classes)
        print("Machine: " + machine_summary(args.java, args.cortado))
        print("Runs: best of %d%s; times in seconds (%s); ratios to HotSpot -Xint, lower is faster" % (
            args.n, ", --quick sizes" if args.quick else "",
            "user+sys CPU of the process, all its threads" if args.cpu else "wall"))
        print()
        if not args.startup_only:
            run_suite(args, binary, build_note, classes)
        if not args.no_startup:
            startup(args, binary, build_note, classes)


if __name__ == "__main__":
    main()
