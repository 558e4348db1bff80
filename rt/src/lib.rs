//! The runtime core that both execution tiers share. **Not yet written.**
//!
//! Place in the pipeline: above `classfile`, `verifier` and `gc`; below `interpreter`, `jit`, `stdlib` and
//! `vm`. It will hold class, method and field metadata (typed ids into arenas), linking (field layout,
//! vtables, itables), initialization per JVMS 5.5, constant resolution, the object layout (defined once,
//! read by both tiers), strings and interning, exceptions, threads and frames, the natives registry, the
//! table of `extern "C"` runtime calls for compiled code, and the traits each tier implements.
//!
//! Architecture invariant: no process-global VM state; everything hangs off a VM value.
