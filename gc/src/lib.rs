//! The heap under everything that allocates, and the generational, moving collector that manages it.
//!
//! Place in the pipeline: the bottom of the runtime, beside `classfile`. The runtime allocates zeroed,
//! 8-byte-aligned memory from eden through allocation buffers ([`Heap::alloc_tlab`]) and large objects from
//! the old generation ([`Heap::alloc_large`]); when either fails it stops its threads, retires their buffers and
//! calls [`Heap::collect`] with an [`ObjectLayout`] (sizes and reference slots) and a [`RootSet`] (every
//! reference slot outside the heap). Minor collections copy young objects (Cheney), full collections
//! mark-compact the whole heap (Lisp2), both moving objects and rewriting every slot. Every reference store
//! into the heap calls [`WriteBarrier::post_write`] (card marking), so minor collections find old-to-young
//! references without scanning the old generation. An epsilon policy (never collect) stays for measurement.
//!
//! The runtime's side of the contract:
//! * Allocation: [`Heap::alloc_tlab`] buffers are zeroed; lay objects out from the buffer's start and write
//!   each object's class word (never 0) before anything can collect; call [`Heap::retire_tlab`] when a buffer is
//!   replaced and for every live buffer before [`Heap::collect`] or [`Heap::verify`] (buffers are invalid after
//!   a collection). Sizes are multiples of 8, at least 16. Objects with [`Heap::is_large`] sizes go through
//!   [`Heap::alloc_large`]; when it fails, run a full collection before giving up.
//! * Failure protocol: `alloc_tlab` fails -> `collect(Auto, AllocationFailure)` -> retry -> `collect(Full,
//!   LastDitch)` (clears soft references) -> retry -> `OutOfMemoryError`, constructed under
//!   [`Heap::set_emergency`].
//! * Barrier: after every reference store into a heap object (including initialising stores, `arraycopy`,
//!   and stores into objects just allocated, which may be old when large), `barrier.post_write(slot)`.
//! * Roots: every slot outside the heap holding a reference, each exactly once per `visit_roots` call; no
//!   derived pointers (an address inside an object) survive a collection. `ObjectLayout` methods read only the
//!   class word and the array length, never the mark word (it holds a forwarding address during a collection).
//! * Mark word: the runtime never writes bits 2-7, and never sets both lock bits (0b11 means forwarded).
//! * Cleared references ([`GcEvent::cleared_references`]) must be made reachable (queued) before the next
//!   collection if the runtime wants them.
//!
//! Modules: [`heap`] (layout, allocation, adaptive eden and tenuring), [`scavenge`] (minor), [`compact`] (full), [`cards`] (card
//! and block-offset tables), [`barrier`], [`verify`], [`event`] (log lines and counters), [`layout`] (the
//! interface to the runtime), [`object`] (mark-word bits and object walking), [`memory`] (the reservation and
//! raw word access).
//!
//! Architecture invariant: `gc` knows objects only through [`ObjectLayout`] and the mark-word bit ownership of
//! [`layout::mark`]; it never depends on `classfile`, `rt` or any notion of a Java class. Its `unsafe` lives in
//! [`memory`] alone.

pub mod barrier;
pub mod cards;
pub mod compact;
pub mod event;
pub mod heap;
pub mod layout;
pub mod memory;
pub mod object;
pub mod scavenge;
pub mod verify;

pub use barrier::{CARD_SHIFT, CLEAN, DIRTY, WriteBarrier};
pub use event::{CollectKind, GcCause, GcEvent, HeapStats, PauseStats};
pub use heap::{EMERGENCY_BYTES, Heap, HeapConfig, HeapInitError, Policy};
pub use layout::{ObjectLayout, RefSlots, RefStrength, RootSet};
pub use verify::HeapCorruption;
