//! Examples of embedding Cortado in a Rust program (binaries in `src/bin/`, their Java in `java/`):
//!
//! - `plugin_host`: loads a Java plugin from a JAR, gives it a host API (Rust natives), and calls it.
//! - `script_runner`: runs untrusted classes' `main` in a fresh sandboxed VM each, under a fuel budget, a
//!   deadline and a heap limit, and reports their captured output or why they were stopped.
//!
//! `tests/examples.rs` compiles the Java with `javac`, packs the plugin with `jar`, and runs both.
