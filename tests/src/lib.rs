//! Whole-system tests for Cortado: the HotSpot-oracle conformance harness.
//!
//! The library holds the harness: finding the JDK ([`jdk`]), running a child process under a deadline
//! ([`process`]), a small thread pool ([`pool`]), the execution modes ([`mode`]), the known-failures list
//! ([`known_failures`]), comparing a run with HotSpot's ([`compare`]), judging and reporting results
//! ([`report`]) and the suite runner ([`conformance`]); [`asm`] assembles ill-typed classes for tests.
//! The Java programs live in `tests/conformance/*.java`.
//! The test entry points live in the `vm` package (`vm/tests/conformance.rs`) because Cargo builds a fresh
//! `cortado` binary only for its own package's integration tests (`CARGO_BIN_EXE_cortado`).
//!
//! Must never depend on the VM's internals: Cortado is tested as a black box, exactly as HotSpot is.

pub mod asm;
pub mod compare;
pub mod conformance;
pub mod jdk;
pub mod known_failures;
pub mod mode;
pub mod pool;
pub mod process;
pub mod report;
