//! The heap under everything that allocates, and (from the GC issue on) the generational, moving collector.
//!
//! Place in the pipeline: the bottom of the runtime, beside `classfile`. Today it holds an epsilon heap: bump
//! allocation in chunks up to a maximum size, never collected (the GC issue replaces the policy, not the
//! interface). Allocation returns zeroed, 8-byte-aligned memory or [`OutOfMemory`]; every reference store into
//! the heap calls [`WriteBarrier::post_write`], so the card-marking barrier of the generational collector
//! slots in without touching the callers.
//!
//! Architecture invariant: `gc` knows objects only as sized blocks of memory (and, with the collector, through
//! a small layout interface: size and where the references are); it never depends on `classfile`, `rt` or any
//! notion of a Java class. Its `unsafe` lives in [`memory`] alone.

pub mod barrier;
pub mod heap;
pub mod layout;
pub mod memory;

pub use barrier::WriteBarrier;
pub use heap::{Heap, HeapConfig, HeapStats, OutOfMemory};
pub use layout::{ObjectLayout, RefSlots, RefStrength, RootSet};
