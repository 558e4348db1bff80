//! Object access for the collector: mark-word bits, reference-slot enumeration and walking a space object by
//! object, on top of the word access of [`crate::memory`].
//!
//! Collector bits of the mark word (the runtime's are described in [`crate::layout::mark`]):
//! bit 2 is the full collection's mark bit, bits 3-6 the age (number of minor collections survived, 0-15).
//! A forwarded object's whole mark word is its new address with both low bits set.
//!
//! Spaces are parseable: from a space's start, objects follow each other up to its top. The unused tail of a
//! retired allocation buffer holds a *filler*: one word whose low byte is `FILLER_TAG` (bit 7, a collector
//! bit no object's mark word has) and whose upper bits are the tail's size. As a fallback, a word pair
//! `(0, 0)` is skipped a word at a time (an object's class word is never 0); this is exact only for runs of
//! at least two zero words, which is why the runtime must retire its buffers before a collection.

use crate::layout::{ObjectLayout, RefSlots, mark};
use crate::memory::{self, ALIGN};

/// The full collection's mark bit.
pub(crate) const MARK_BIT: u64 = 1 << 2;
/// Position of the age in the mark word.
pub(crate) const AGE_SHIFT: u32 = 3;
/// The age bits.
pub(crate) const AGE_MASK: u64 = 0xF << AGE_SHIFT;
/// Low byte of a filler word (see the module docs).
pub(crate) const FILLER_TAG: u64 = 0x80;

/// Writes a filler over `[start, end)` (8-aligned, at least one word).
pub(crate) fn fill_gap(start: usize, end: usize) {
    memory::store(start, FILLER_TAG | ((end - start) as u64) << 8);
}

/// The highest age the mark word holds.
pub(crate) const MAX_AGE: u32 = 15;

/// The mark word of `obj`.
#[inline(always)]
pub(crate) fn mark_word(obj: usize) -> u64 {
    memory::load(obj)
}

/// Whether a mark word is a forwarding address.
#[inline(always)]
pub(crate) fn is_forwarded(mark_word: u64) -> bool {
    mark_word & mark::FORWARDED_TAG == mark::FORWARDED_TAG
}

/// The new address in a forwarded mark word.
#[inline(always)]
pub(crate) fn forwardee(mark_word: u64) -> usize {
    (mark_word & !mark::FORWARDED_TAG) as usize
}

/// Makes `obj`'s mark word forward to `to`.
#[inline(always)]
pub(crate) fn forward(obj: usize, to: usize) {
    memory::store(obj, to as u64 | mark::FORWARDED_TAG);
}

/// The age in a mark word.
#[inline(always)]
pub(crate) fn age(mark_word: u64) -> u32 {
    ((mark_word & AGE_MASK) >> AGE_SHIFT) as u32
}

/// `mark_word` with its collector bits replaced by `age` (and no mark bit).
#[inline(always)]
pub(crate) fn with_age(mark_word: u64, age: u32) -> u64 {
    (mark_word & !mark::GC_MASK) | (u64::from(age.min(MAX_AGE)) << AGE_SHIFT)
}

/// The object's size as the runtime reports it, checked in debug builds.
#[inline(always)]
pub(crate) fn size_of(layout: &dyn ObjectLayout, obj: usize) -> usize {
    let size = layout.size_of(obj as *const u8);
    debug_assert!(size >= 16 && size.is_multiple_of(ALIGN), "object at {obj:#x} reports size {size}");
    size
}

/// Calls `f` with the address of each strong reference slot of `obj` that lies in `[lo, hi)`.
#[inline]
pub(crate) fn for_each_slot_in(layout: &dyn ObjectLayout, obj: usize, lo: usize, hi: usize, mut f: impl FnMut(usize)) {
    match layout.ref_slots(obj as *const u8) {
        RefSlots::None => {}
        RefSlots::Fields(offsets) => {
            for &offset in offsets {
                let slot = obj + offset as usize;
                if slot >= lo && slot < hi {
                    f(slot);
                }
            }
        }
        RefSlots::Elements { first, count } => {
            let start = (obj + first).max(lo.next_multiple_of(ALIGN));
            let end = (obj + first + count * ALIGN).min(hi);
            let mut slot = start;
            while slot < end {
                f(slot);
                slot += ALIGN;
            }
        }
    }
}

/// Calls `f` with the address of each strong reference slot of `obj`.
#[inline]
pub(crate) fn for_each_slot(layout: &dyn ObjectLayout, obj: usize, f: impl FnMut(usize)) {
    for_each_slot_in(layout, obj, 0, usize::MAX, f);
}

/// The first object start at or after `p` and before `top`, skipping zeroed (never allocated) words.
#[inline]
pub(crate) fn next_object(mut p: usize, top: usize) -> Option<usize> {
    while p < top {
        let m = memory::load(p);
        if m & 0xFF == FILLER_TAG {
            p += (m >> 8) as usize;
        } else if m != 0 || (p + ALIGN < top && memory::load(p + ALIGN) != 0) {
            return Some(p);
        } else {
            p += ALIGN;
        }
    }
    None
}
