//! The bytecode verifier: JVMS 4.10 type checking. **Not yet written.**
//!
//! Place in the pipeline: after `classfile` (which has parsed and format-checked a class) and before `rt`
//! links it. It will hold the type checker for class files of version 50 and later (JVMS 4.10.1, driven by
//! the `StackMapTable`), the type-inference verifier for older files (JVMS 4.10.2, with `jsr`/`ret`), and the
//! compact per-bci frame types that feed the interpreter's GC reference maps and the JIT's typed translation.
//!
//! Inputs: a parsed [`classfile`] class and a class-hierarchy trait for subtype questions (loaded lazily by
//! `rt`). Outputs: `VerifyError` diagnostics naming class, method and bci; frame types per bci.
//!
//! Architecture invariant: the verifier never touches the heap and never depends on `rt`, `gc` or either tier.
#![forbid(unsafe_code)]
