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
//! Modules: [`heap`] (layout, allocation, policy), [`scavenge`] (minor), [`compact`] (full), [`cards`] (card
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
pub use heap::{EMERGENCY_BYTES, Heap, HeapConfig, HeapInitError, OutOfMemory, Policy};
pub use layout::{ObjectLayout, RefSlots, RefStrength, RootSet};
pub use verify::HeapCorruption;
