//! The top of the pipeline: the embedding API, the tiering policy and the `cortado` command.
//!
//! Place in the pipeline: depends on `rt`, `interpreter`, `jit` and `stdlib`; the only crate that sees both
//! tiers. Today it holds the command-line front end's library half (see `main.rs` for the binary); the
//! embedding API (`VmBuilder`, `Vm`) and the tiering policy arrive with the interpreter and JIT issues.

pub mod launcher;
pub mod java_main;
