//! The test class-file assembler (classes from a compact text description, edits of `javac` output), for
//! whole-system tests that need ill-typed classes. Its one copy lives beside the verifier's corpus.

#[path = "../../verifier/tests/assembler/mod.rs"]
mod assembler;

pub use assembler::*;
