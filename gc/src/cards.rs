//! The card table (one byte per 512-byte card of the whole heap, written by the
//! [`WriteBarrier`]) and the old generation's block-offset table, which finds the object
//! covering the start of any old card, so a minor collection scans only the objects on dirty cards.

use std::io;

use crate::barrier::{CARD_BYTES, CARD_SHIFT, CLEAN, DIRTY, WriteBarrier};
use crate::memory::{self, Reservation};

/// One byte per card of `[heap_start, heap_end)`.
#[derive(Debug)]
pub(crate) struct CardTable {
    table: Reservation,
    heap_start: usize,
}

impl CardTable {
    /// A clean table for the heap `[heap_start, heap_end)` (`heap_start` card-aligned).
    pub(crate) fn new(heap_start: usize, heap_end: usize) -> io::Result<Self> {
        debug_assert_eq!(heap_start % CARD_BYTES, 0);
        let table = Reservation::new((heap_end - heap_start).div_ceil(CARD_BYTES))?;
        Ok(Self { table, heap_start })
    }

    /// The barrier writing this table.
    pub(crate) fn barrier(&self) -> WriteBarrier {
        WriteBarrier::new(self.table.start().wrapping_sub(self.heap_start >> CARD_SHIFT))
    }

    fn byte(&self, addr: usize) -> usize {
        self.table.start() + ((addr - self.heap_start) >> CARD_SHIFT)
    }

    /// Whether the card of heap address `addr` is dirty.
    pub(crate) fn is_dirty(&self, addr: usize) -> bool {
        memory::load_byte(self.byte(addr)) != CLEAN
    }

    /// Dirties the card of heap address `addr`.
    #[inline]
    pub(crate) fn dirty(&self, addr: usize) {
        memory::store_byte(self.byte(addr), DIRTY);
    }

    /// Cleans the card of heap address `addr`.
    pub(crate) fn clean(&self, addr: usize) {
        memory::store_byte(self.byte(addr), CLEAN);
    }

    /// Cleans every card overlapping `[start, end)`.
    pub(crate) fn clean_range(&self, start: usize, end: usize) {
        if end > start {
            let first = self.byte(start);
            memory::fill(first, self.byte(end - 1) + 1 - first, CLEAN);
        }
    }

    /// The start addresses of the dirty cards overlapping `[start, end)` (`start` card-aligned), in order.
    pub(crate) fn dirty_cards(&self, start: usize, end: usize) -> Vec<usize> {
        let mut out = Vec::new();
        if end <= start {
            return out;
        }
        let (first, last) = (self.byte(start), self.byte(end - 1) + 1);
        let mut b = first;
        // Bytes up to a word boundary, then whole words (mostly zero: skipped eight cards at a time).
        while b < last && b % 8 != 0 {
            if memory::load_byte(b) != CLEAN {
                out.push(start + (b - first) * CARD_BYTES);
            }
            b += 1;
        }
        let words = (last - b) / 8;
        for (i, &w) in memory::words(b, words).iter().enumerate() {
            if w != 0 {
                for j in 0..8 {
                    if (w >> (8 * j)) & 0xFF != 0 {
                        out.push(start + (b + i * 8 + j - first) * CARD_BYTES);
                    }
                }
            }
        }
        b += words * 8;
        while b < last {
            if memory::load_byte(b) != CLEAN {
                out.push(start + (b - first) * CARD_BYTES);
            }
            b += 1;
        }
        out
    }
}

/// For each card of the old generation, how many words before the card's start the object covering it begins
/// (an object start from which walking forward reaches the card). Kept up to date as objects are placed in the
/// old generation; entries of cards past its top are stale and never read.
#[derive(Debug)]
pub(crate) struct BlockOffsets {
    start: usize,
    back: Vec<u32>,
}

impl BlockOffsets {
    /// A table for the old generation `[start, end)` (`start` card-aligned).
    pub(crate) fn new(start: usize, end: usize) -> Self {
        Self { start, back: vec![0; (end - start).div_ceil(CARD_BYTES)] }
    }

    /// Records a block (an object, or an allocation buffer parsed from its start) at `[obj, obj + size)`.
    #[inline]
    pub(crate) fn record(&mut self, obj: usize, size: usize) {
        let mut card = obj.next_multiple_of(CARD_BYTES);
        while card < obj + size {
            let index = (card - self.start) / CARD_BYTES;
            self.back[index] = u32::try_from((card - obj) / 8).unwrap_or(u32::MAX);
            card += CARD_BYTES;
        }
    }

    /// An object start at or before the card starting at `card` (which lies below the old generation's top).
    #[inline]
    pub(crate) fn block_start(&self, card: usize) -> usize {
        card - self.back[(card - self.start) / CARD_BYTES] as usize * 8
    }
}
