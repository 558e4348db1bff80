//! The HotSpot-oracle conformance suite over the freshly built `cortado` binary, one test per mode.
//!
//! Lives in the `vm` package because Cargo builds `CARGO_BIN_EXE_cortado` only for this package's
//! integration tests; the harness itself is the `cortado-tests` library. Run a subset with
//! `CORTADO_CONFORMANCE_ONLY=Hello,Arith cargo test -p vm --test conformance -- --nocapture`.

use cortado_tests::conformance::{Config, Suite};
use cortado_tests::mode::Mode;
use std::sync::LazyLock;

/// Shared by the three tests so the corpus is compiled and run on HotSpot once, not once per mode.
static SUITE: LazyLock<Suite> =
    LazyLock::new(|| Suite::new(Config::new(env!("CARGO_BIN_EXE_cortado"), env!("CARGO_TARGET_TMPDIR"))));

#[test]
fn conformance_xint() {
    SUITE.check(Mode::Xint);
}

#[test]
fn conformance_default() {
    SUITE.check(Mode::Default);
}

#[test]
fn conformance_xcomp() {
    SUITE.check(Mode::Xcomp);
}

/// The programs of `tests/conformance/gc-stress.txt` with a collection every few allocations and the heap
/// verified after each, in the interpreter.
#[test]
fn conformance_gc_stress_xint() {
    SUITE.check_gc_stress(Mode::Xint);
}

/// The same programs under GC stress with every method compiled before its first call: collections happen
/// inside compiled code, whose frames the collector walks through the JIT's stack maps.
#[test]
fn conformance_gc_stress_xcomp() {
    SUITE.check_gc_stress(Mode::Xcomp);
}

/// The same programs under GC stress in the default mode: methods compiled as they get hot (and loops entered
/// through on-stack replacement) while collections run, so the collector walks stacks that mix interpreted and
/// compiled frames, and sees frames at the moment they change tier.
#[test]
fn conformance_gc_stress_default() {
    SUITE.check_gc_stress(Mode::Default);
}
