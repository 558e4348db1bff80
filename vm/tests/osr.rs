//! On-stack replacement really happens: the OSR conformance programs (tests/conformance/Osr*.java) run in the
//! default mode with `-XX:+PrintCompilation`, and the log must show OSR compilations (`%`, `@ bci`) of the
//! loops they were written for, `--stats` must count them, and a GC-stress run of the allocating one in the
//! default mode (collections before, during and after the transition, the heap verified after each) must
//! print what the interpreter prints. The conformance suite compares their output with HotSpot's; this test
//! fails if OSR silently never triggers. Also OSR in class-library methods (whose frame types are computed on
//! demand) and in loops that hold monitors.

mod jit_log;

use jit_log::{compile, cortado, is_log_line, program_output};

const THRESHOLDS: [&str; 2] = ["-XX:CompileThreshold=300", "-XX:OnStackReplacePercentage=100"];

/// The successful OSR compilations in a log: `Class::method @ bci`.
fn osr_compilations(stdout: &str) -> Vec<String> {
    stdout
        .lines()
        // The attributes column starts with `%` for OSR (`%s` for a synchronized method).
        .filter(|l| is_log_line(l) && l.contains(" %") && l.contains(" native "))
        .filter_map(|l| {
            let name = l.split_whitespace().find(|w| w.contains("::"))?;
            let bci = l.split(" @ ").nth(1)?.split_whitespace().next()?;
            Some(format!("{name} @ {bci}"))
        })
        .collect()
}

#[test]
fn osr_triggers_at_the_loops_it_should() {
    let dir = compile(&["OsrLoop", "OsrNested"]);
    let (interpreted, _) = cortado(dir.path(), &["-Xint"], "OsrLoop");
    let mut args = THRESHOLDS.to_vec();
    args.push("-XX:+PrintCompilation");
    let (log, _) = cortado(dir.path(), &args, "OsrLoop");
    let osr = osr_compilations(&log);
    assert!(osr.iter().any(|c| c.starts_with("OsrLoop::main @ ")), "no OSR of OsrLoop::main in:\n{log}");
    assert!(osr.iter().any(|c| c.starts_with("OsrLoop::run @ ")), "no OSR of OsrLoop::run in:\n{log}");
    assert_eq!(program_output(&log), interpreted, "OSR changed what OsrLoop prints");

    let (log, _) = cortado(dir.path(), &args, "OsrNested");
    let osr = osr_compilations(&log);
    for method in ["innerHot", "outerHot", "catchesOwn", "scan", "main"] {
        assert!(osr.iter().any(|c| c.starts_with(&format!("OsrNested::{method} @ "))), "no OSR of {method} in:\n{log}");
    }
    // innerHot's threshold is crossed at its inner loop's head, outerHot's at its outer loop's: the inner head
    // comes later in the bytecode.
    let bci_of = |m: &str| -> u32 {
        let entry = osr.iter().find(|c| c.starts_with(&format!("OsrNested::{m} @ "))).expect("found above");
        entry.rsplit(' ').next().and_then(|b| b.parse().ok()).expect("a bci")
    };
    assert!(bci_of("innerHot") > bci_of("outerHot"), "heads: {osr:?}");
}

#[test]
fn stats_count_osr_and_interpreted_bytecodes() {
    let dir = compile(&["OsrLoop"]);
    let mut args = THRESHOLDS.to_vec();
    args.push("--stats");
    let (_, stats) = cortado(dir.path(), &args, "OsrLoop");
    let value = |key: &str| -> u64 {
        let line = stats.lines().find(|l| l.trim_start().starts_with(key)).unwrap_or_else(|| panic!("no {key} in:\n{stats}"));
        line.split(':').nth(1).and_then(|v| v.split_whitespace().next()).and_then(|v| v.parse().ok()).expect("a count")
    };
    assert!(value("OSR compilations") >= 2, "{stats}");
    let mixed = value("bytecodes interpreted");
    let (_, stats_int) = cortado(dir.path(), &["-Xint", "--stats"], "OsrLoop");
    let interpreted = stats_int
        .lines()
        .find(|l| l.trim_start().starts_with("bytecodes interpreted"))
        .and_then(|l| l.split(':').nth(1)?.trim().parse::<u64>().ok())
        .expect("a count in -Xint");
    // OsrLoop's loops run about twenty million instructions interpreted; OSR leaves a small fraction of that.
    assert!(interpreted > 10_000_000, "{stats_int}");
    assert!(mixed > 0 && mixed * 4 < interpreted, "default {mixed} against -Xint {interpreted}");
}

#[test]
fn osr_under_gc_stress() {
    let dir = compile(&["OsrAllocatingLoop"]);
    let (interpreted, _) = cortado(dir.path(), &["-Xint", "-Xmx24m"], "OsrAllocatingLoop");
    let mut args = THRESHOLDS.to_vec();
    args.extend(["-Xmx24m", "-XX:+GCStress", "-XX:GCStressInterval=500", "-XX:+PrintCompilation"]);
    let (log, _) = cortado(dir.path(), &args, "OsrAllocatingLoop");
    let osr = osr_compilations(&log);
    assert!(osr.iter().any(|c| c.starts_with("OsrAllocatingLoop::main @ ")), "no OSR of main in:\n{log}");
    assert!(osr.iter().any(|c| c.starts_with("OsrAllocatingLoop::churn @ ")), "no OSR of churn in:\n{log}");
    assert_eq!(program_output(&log), interpreted);
}

/// Whether `log` has an OSR compilation of `class::method` (any bci).
fn has_osr(osr: &[String], method: &str) -> bool {
    osr.iter().any(|c| c.starts_with(&format!("{method} @ ")))
}

#[test]
fn osr_in_class_library_methods() {
    // The class library is not verified when it loads: these OSR compilations need the frame types the JIT
    // computes on demand.
    let dir = compile(&["OsrLibraryLoop"]);
    let (interpreted, _) = cortado(dir.path(), &["-Xint"], "OsrLibraryLoop");
    let mut args = THRESHOLDS.to_vec();
    args.push("-XX:+PrintCompilation");
    let (log, _) = cortado(dir.path(), &args, "OsrLibraryLoop");
    let osr = osr_compilations(&log);
    for method in [
        "java.util.Arrays::fill",
        "java.lang.String::indexOf",
        "java.util.HashMap::containsValue",
        "java.util.Hashtable::contains",
        "java.util.Vector::indexOf",
        "java.util.ArrayList::forEach",
    ] {
        assert!(has_osr(&osr, method), "no OSR of {method} in:\n{log}");
    }
    assert!(!log.contains("OSR without frame types"), "a library loop was refused:\n{log}");
    assert_eq!(program_output(&log), interpreted, "OSR changed what OsrLibraryLoop prints");
}

#[test]
fn osr_with_monitors_held() {
    let dir = compile(&["OsrSynchronizedLoop"]);
    let (interpreted, _) = cortado(dir.path(), &["-Xint"], "OsrSynchronizedLoop");
    let mut args = THRESHOLDS.to_vec();
    args.push("-XX:+PrintCompilation");
    let (log, _) = cortado(dir.path(), &args, "OsrSynchronizedLoop");
    let osr = osr_compilations(&log);
    for method in
        ["syncSum", "staticSum", "blockSum", "nested", "perIteration", "throwsOut", "divideInBlock", "indexInStatic", "caughtInside", "allocating"]
    {
        assert!(has_osr(&osr, &format!("OsrSynchronizedLoop::{method}")), "no OSR of {method} in:\n{log}");
    }
    assert_eq!(program_output(&log), interpreted, "OSR changed what OsrSynchronizedLoop prints");
    // Collections while the monitors move between tiers, with the reference maps checked.
    let mut args = THRESHOLDS.to_vec();
    args.extend(["-XX:+GCStress", "-XX:GCStressInterval=100"]);
    let (stressed, _) = cortado(dir.path(), &args, "OsrSynchronizedLoop");
    assert_eq!(stressed, interpreted, "OsrSynchronizedLoop under GC stress");
}

#[test]
fn osr_compiles_a_loop_once_for_all_threads() {
    // Four threads reach the same loop's threshold together: the first compiles, the others wait for it and
    // take its code (OSR compilations are serialized like ordinary ones and the cache looked up again after).
    // High thresholds: every thread is inside the interpreted loop long before the shared count reaches the
    // OSR threshold (300,000), so the others keep asking while the first compiles (without serialization the
    // loop was compiled two to four times in about half the runs).
    let dir = compile(&["OsrSameLoopThreads"]);
    let (interpreted, _) = cortado(dir.path(), &["-Xint"], "OsrSameLoopThreads");
    let args = ["-XX:CompileThreshold=100000", "-XX:OnStackReplacePercentage=300", "-XX:+PrintCompilation"];
    for _ in 0..3 {
        let (log, _) = cortado(dir.path(), &args, "OsrSameLoopThreads");
        let osr = osr_compilations(&log);
        let loops: Vec<&String> = osr.iter().filter(|c| c.starts_with("OsrSameLoopThreads::mix @ ")).collect();
        assert!(!loops.is_empty(), "no OSR of mix in:\n{log}");
        let mut unique = loops.clone();
        unique.sort();
        unique.dedup();
        assert_eq!(loops.len(), unique.len(), "a loop compiled more than once:\n{log}");
        assert_eq!(program_output(&log), interpreted, "OSR changed what OsrSameLoopThreads prints");
    }
}
