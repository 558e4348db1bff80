//! The heap and the generational, moving garbage collector. **Not yet written.**
//!
//! Place in the pipeline: underneath everything that allocates. It will hold a bump-pointer nursery with
//! thread-local allocation buffers, survivor spaces and an old generation, a Cheney-style copying minor
//! collector, an old-generation collector, the card-marking write barrier (one routine, with a fast path the
//! JIT can emit inline), precise root enumeration traits, and an epsilon (never-collect) heap for tests.
//!
//! Architecture invariant: `gc` knows objects only through a small layout interface (size, where the
//! references are); it never depends on `classfile`, `rt` or any notion of a Java class.
