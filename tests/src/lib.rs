//! Whole-system tests for Cortado: the HotSpot-oracle conformance harness and the real-class-file corpus.
//!
//! The library half holds the shared helpers (finding the JDK, compiling with `javac`, running both VMs);
//! the tests themselves live in `tests/tests/`.
