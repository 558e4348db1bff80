//! The top of the pipeline: the embedding API, the tiering policy and the `cortado` command.
//!
//! Place in the pipeline: depends on `rt`, `interpreter`, `jit` and `stdlib`; the only crate that sees both
//! tiers. [`embed`] is the embedding API (`VmBuilder`, `Vm`: Cortado as a sandboxed scripting runtime inside
//! a Rust program); [`launcher`] and [`java_main`] are the command line's library half (see `main.rs` for the
//! binary). [`tiering`] is the tiering policy.
//!
//! `unsafe`: only `embed`'s `Send` implementation for `Vm` (in `embed/vm.rs`, with its argument).

pub mod embed;
pub mod launcher;
pub mod java_main;
pub mod tiering;
