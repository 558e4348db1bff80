//! The class library: Cortado's own `java.base` subset. **Not yet written.**
//!
//! Place in the pipeline: depends on `rt`. It will hold Java sources compiled at build time with
//! `javac --system none` into a module embedded in the binary (loaded by the boot class loader), and the
//! Rust natives those classes declare, registered into `rt`'s natives registry.
#![forbid(unsafe_code)]
