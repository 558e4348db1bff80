//! The class library: Cortado's own `java.base` subset, written in Java, compiled at build time, embedded.
//!
//! Place in the pipeline: depends on `rt` (and `classfile` for its tests); `vm` loads these classes through
//! the boot class loader. The Java sources live under `src/java.base/` (a module source root: `module-info.java`
//! and the packages). `build.rs` compiles the whole module with the host's `javac --system none` in one call
//! (class-file version 61, string `+` compiled to `StringBuilder` so nothing in the library needs
//! `invokedynamic`) and embeds every class file; [`embedded`] looks them up by internal name.
//!
//! The contract between these classes and the VM (every `native` method, the fields the VM reads and writes,
//! the startup sequence and the system properties the VM supplies) is written down in `stdlib/NATIVES.md`.
//! The Rust natives live in [`natives`]; [`natives::registry`] gives them to a runtime, and [`BootSource`]
//! serves the embedded classes to its boot loader.
//!
//! Architecture invariant: no JDK source is copied here; the library is written against the Java SE 17 API
//! documentation with HotSpot's observable output as the oracle.
#![forbid(unsafe_code)]

pub mod embedded;
pub mod natives;

pub use embedded::{class_names, find_class};

/// The embedded classes as a runtime's boot class source.
#[derive(Debug, Default, Clone, Copy)]
pub struct BootSource;

impl rt::BootClassSource for BootSource {
    fn find(&self, internal_name: &str) -> Option<std::borrow::Cow<'static, [u8]>> {
        find_class(internal_name).map(std::borrow::Cow::Borrowed)
    }
}
