//! The bytecode interpreter: the tier that runs cold methods. **Not yet written.**
//!
//! Place in the pipeline: depends on `rt` only. It will pre-decode ("quicken") each method into a compact
//! instruction array with resolved operands and run it in a plain dispatch loop, split by opcode family,
//! keeping invocation and back-edge counters for the tiering policy in `vm`.
//!
//! Architecture invariant: the interpreter never depends on `jit`; the two meet only in `rt`'s traits.
