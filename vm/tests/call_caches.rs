//! Call-site caches settle: the conformance program JitCallCaches (tests/conformance/) makes interface and
//! `Object`-method sites see up to eight receiver classes, from one thread and then two at once. Run in the
//! default mode with `--stats` (its loops are compiled once hot, their sites resolved), its sites must turn megamorphic and stop taking the runtime's path: a site goes through
//! the runtime only for each receiver class it records and once more to turn megamorphic. The conformance
//! suite compares its output with HotSpot's; this test fails if the caches churn.

mod jit_log;

use jit_log::{compile, cortado};

/// The numbers of `--stats`' `call-site caches:` line: (sites, megamorphic, calls through the runtime).
fn cache_stats(stats: &str) -> (u64, u64, u64) {
    let line = stats.lines().find(|l| l.trim_start().starts_with("call-site caches:")).unwrap_or_else(|| panic!("no cache line in:\n{stats}"));
    let numbers: Vec<u64> = line
        .split(|c: char| !c.is_ascii_digit())
        .filter(|w| !w.is_empty())
        .filter_map(|w| w.parse().ok())
        .collect();
    match numbers[..] {
        [sites, megamorphic, misses] => (sites, megamorphic, misses),
        _ => panic!("unexpected cache line: {line}"),
    }
}

#[test]
fn megamorphic_sites_settle() {
    let dir = compile(&["JitCallCaches"]);
    let (interpreted, _) = cortado(dir.path(), &["-Xint"], "JitCallCaches");
    let (compiled, stats) = cortado(dir.path(), &["--stats"], "JitCallCaches");
    assert_eq!(compiled, interpreted, "compiled code changed what JitCallCaches prints");
    let (sites, megamorphic, misses) = cache_stats(&stats);
    // applyAll's two interface sites and objectMethods' equals and hashCode sites see more classes than a site
    // records.
    assert!(megamorphic >= 4, "{stats}");
    // The program makes about a million calls at its cached sites; settled sites send almost none of them
    // to the runtime.
    let bound = sites * (rt::compiler::InlineCache::MAX_ENTRIES as u64 + 1) * 2;
    assert!(misses <= bound, "{misses} calls through the runtime at {sites} sites:\n{stats}");
}
