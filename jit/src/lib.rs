//! The JIT: a translation core that turns hot methods into native code with Cranelift. **Not yet written.**
//!
//! Place in the pipeline: depends on `rt` only. JVM bytecode will be its first front end; the core (find
//! blocks, translate, cache, install, invalidate) does not know Java.
//!
//! Architecture invariant: the JIT never depends on `interpreter`; the two meet only in `rt`'s traits.
