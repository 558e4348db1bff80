//! The write barrier: card marking, the one routine every reference store into the heap goes through.
//!
//! The heap is divided into cards of `1 << CARD_SHIFT` = 512 bytes, each with one byte in the card table
//! ([`CLEAN`] or [`DIRTY`]). After storing a reference into a heap object at address `field`, the mutator
//! dirties the card holding `field`: `card_base[field >> CARD_SHIFT] = DIRTY`, where `card_base` is the card
//! table's address *biased* by the heap's start (`table - (heap_start >> CARD_SHIFT)`), so the fast path is one
//! shift and one byte store, with no bounds check or subtraction. The JIT emits exactly this sequence inline
//! using [`WriteBarrier::card_table_base`], [`CARD_SHIFT`] and [`DIRTY`].
//!
//! A minor collection treats the old objects on dirty cards as roots, then cleans the cards whose slots no
//! longer point into the young generation.
//!
//! Contract: `field` must be an address inside the heap (a slot of a heap object). Runtime slots (handles,
//! statics, thread stacks) are roots, not heap memory, and must never be passed: the card of an address outside
//! the heap lies outside the card table. Stores into young objects may skip the barrier only if the JIT proves
//! the object young; the runtime should call it for every reference store, including initialising stores into
//! freshly allocated objects (a large array is allocated directly in the old generation).

use crate::memory;

/// log2 of the card size: cards are 512 bytes.
pub const CARD_SHIFT: u32 = 9;
/// Bytes per card.
pub const CARD_BYTES: usize = 1 << CARD_SHIFT;
/// Card-table value of a card that may hold old-to-young references.
pub const DIRTY: u8 = 1;
/// Card-table value of a card known to hold no old-to-young references (what fresh memory reads as).
pub const CLEAN: u8 = 0;

/// The write barrier of one heap: the biased card-table base. Copy it next to other hot state; it stays valid
/// as long as the heap lives (the card table never moves).
#[derive(Debug, Clone, Copy)]
pub struct WriteBarrier {
    biased_base: usize,
}

impl WriteBarrier {
    /// The barrier of a card table whose byte for heap address `a` is at `biased_base + (a >> CARD_SHIFT)`.
    pub(crate) fn new(biased_base: usize) -> Self {
        Self { biased_base }
    }

    /// Called after a reference is stored into the heap at `field` (an address inside the heap: see the module
    /// docs). Dirties the card of `field`.
    #[inline(always)]
    pub fn post_write(self, field: *const u8) {
        memory::mark_card(self.biased_base, field as usize, CARD_SHIFT, DIRTY);
    }

    /// The biased card-table base for inline barriers: the card of heap address `a` is the byte at
    /// `card_table_base() + (a >> CARD_SHIFT)`.
    pub fn card_table_base(self) -> usize {
        self.biased_base
    }
}
