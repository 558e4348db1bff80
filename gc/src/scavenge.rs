//! The minor collection: Cheney-style copying of the young generation's live objects.
//!
//! Evacuating an object copies it to the to-survivor with its age plus one, or into the old generation when
//! that age reaches the tenuring threshold or the to-survivor is full, and leaves a forwarding address in the
//! old copy's mark word (the new copy keeps the runtime's mark bits). The roots are the runtime's root slots
//! and the old objects on dirty cards (only their slots inside the card). Copied objects are then scanned in
//! place: the to-survivor from its start and the old generation from its top at the start of the collection
//! (the promoted objects), breadth-first, until both scan pointers reach their tops — no recursion and no
//! mark stack. Afterwards eden and the from-survivor are empty and the survivors swap roles.
//!
//! Card invariant kept: after the collection, every old slot that points into the young generation is on a
//! dirty card. Scanned dirty cards with no such slot left are cleaned; promoted objects with slots into the
//! to-survivor dirty their cards.
//!
//! Reference objects: a weak referent (and a soft one in a last-ditch collection) is not traced. The Reference
//! objects reached are collected and processed once copying is done: a young referent that was copied is
//! updated, one that was not is cleared and the Reference reported.
//!
//! Precondition (checked by [`Heap::collect`]): the old generation has room for every young byte, so
//! promotion never fails.

use crate::barrier::CARD_BYTES;
use crate::event::GcCause;
use crate::heap::Heap;
use crate::layout::{ObjectLayout, RefStrength, RootSet};
use crate::memory;
use crate::object::{self, age, for_each_slot, for_each_slot_in, forward, forwardee, is_forwarded, mark_word, with_age};

/// The state of one minor collection.
struct Scavenger<'h> {
    heap: &'h mut Heap,
    layout: &'h dyn ObjectLayout,
    /// The young generation's bounds (eden and both survivors).
    young_lo: usize,
    young_len: usize,
    /// The to-survivor's bounds: young, but not being collected.
    to_lo: usize,
    to_hi: usize,
    to: usize,
    threshold: u32,
    /// Whether soft referents are traced like strong ones.
    keep_soft: bool,
    /// Reference objects (at their final address) whose referent was not traced.
    discovered: Vec<usize>,
    promoted: usize,
}

impl Scavenger<'_> {
    /// Whether `v` is a young object being collected (eden or from-survivor).
    #[inline(always)]
    fn in_collected(&self, v: usize) -> bool {
        v.wrapping_sub(self.young_lo) < self.young_len && !(v >= self.to_lo && v < self.to_hi)
    }

    /// Whether `v` points into the young generation.
    #[inline(always)]
    fn is_young(&self, v: usize) -> bool {
        v.wrapping_sub(self.young_lo) < self.young_len
    }

    /// The new address of young object `obj`, copying it on first sight.
    #[inline]
    fn evacuate(&mut self, obj: usize) -> usize {
        let m = mark_word(obj);
        if is_forwarded(m) {
            return forwardee(m);
        }
        let size = object::size_of(self.layout, obj);
        let new_age = age(m) + 1;
        let survivor = if new_age < self.threshold { self.heap.survivors[self.to].bump(size) } else { None };
        let (dest, new_mark) = match survivor {
            Some(dest) => (dest, with_age(m, new_age)),
            None => {
                let dest = self.heap.bump_old(size).expect("the promotion guarantee leaves room for every young object");
                self.promoted += size;
                (dest, with_age(m, 0))
            }
        };
        memory::copy(obj, dest, size);
        memory::store(dest, new_mark);
        forward(obj, dest);
        dest
    }

    /// Updates the slot at `slot`, evacuating its referent if young; returns the slot's new value.
    #[inline(always)]
    fn process(&mut self, slot: usize) -> usize {
        let v = memory::load(slot) as usize;
        if self.in_collected(v) {
            let n = self.evacuate(v);
            memory::store(slot, n as u64);
            n
        } else {
            v
        }
    }

    /// Processes the reference slots of `obj` inside `[lo, hi)`; returns whether one still points into the
    /// young generation.
    fn scan(&mut self, obj: usize, lo: usize, hi: usize) -> bool {
        let layout = self.layout;
        let mut young = false;
        for_each_slot_in(layout, obj, lo, hi, |slot| {
            let n = self.process(slot);
            young |= self.is_young(n);
        });
        if let Some((slot, strength)) = layout.weak_referent(obj as *const u8) {
            let slot = slot as usize;
            if slot >= lo && slot < hi {
                if strength == RefStrength::Soft && self.keep_soft {
                    let n = self.process(slot);
                    young |= self.is_young(n);
                } else {
                    self.discovered.push(obj);
                }
            }
        }
        young
    }

    /// Scans the old objects overlapping each dirty card below `limit`, cleaning cards left without
    /// old-to-young references.
    fn scan_dirty_cards(&mut self, limit: usize) {
        let old_start = self.heap.old.start;
        for card in self.heap.cards.dirty_cards(old_start, limit) {
            let end = (card + CARD_BYTES).min(limit);
            let mut obj = self.heap.offsets.block_start(card);
            let mut young = false;
            while let Some(o) = object::next_object(obj, end) {
                young |= self.scan(o, card, end);
                obj = o + object::size_of(self.layout, o);
            }
            if !young {
                self.heap.cards.clean(card);
            }
        }
    }

    /// Scans copied objects until no unscanned one is left.
    fn drain(&mut self, mut to_scan: usize, mut old_scan: usize) {
        loop {
            let mut progressed = false;
            while to_scan < self.heap.survivors[self.to].top {
                let size = object::size_of(self.layout, to_scan);
                self.scan(to_scan, 0, usize::MAX);
                to_scan += size;
                progressed = true;
            }
            while let Some(obj) = object::next_object(old_scan, self.heap.old.top) {
                let size = object::size_of(self.layout, obj);
                if self.scan(obj, 0, usize::MAX) {
                    self.dirty_young_slots(obj);
                }
                old_scan = obj + size;
                progressed = true;
            }
            if !progressed {
                return;
            }
        }
    }

    /// Dirties the cards of the slots of old object `obj` that point into the young generation (its strong
    /// slots and a soft referent traced as strong).
    fn dirty_young_slots(&mut self, obj: usize) {
        let (layout, cards) = (self.layout, &self.heap.cards);
        let (lo, len) = (self.young_lo, self.young_len);
        let dirty_if_young = |slot: usize| {
            if (memory::load(slot) as usize).wrapping_sub(lo) < len {
                cards.dirty(slot);
            }
        };
        for_each_slot(layout, obj, dirty_if_young);
        if let Some((slot, _)) = layout.weak_referent(obj as *const u8) {
            dirty_if_young(slot as usize);
        }
    }

    /// Clears or updates the referents of the discovered Reference objects; returns the cleared ones.
    fn process_references(&mut self, cleared: &mut Vec<u64>) {
        let old_end = self.heap.eden.start;
        for obj in std::mem::take(&mut self.discovered) {
            let Some((slot, _)) = self.layout.weak_referent(obj as *const u8) else { continue };
            let slot = slot as usize;
            let r = memory::load(slot) as usize;
            let new = if self.in_collected(r) {
                let m = mark_word(r);
                if is_forwarded(m) {
                    memory::store(slot, forwardee(m) as u64);
                    forwardee(m)
                } else {
                    memory::store(slot, 0);
                    cleared.push(obj as u64);
                    0
                }
            } else {
                r
            };
            if obj < old_end && self.is_young(new) {
                self.heap.cards.dirty(slot);
            }
        }
    }
}

/// Runs a minor collection (see the module docs).
pub(crate) fn minor(heap: &mut Heap, layout: &dyn ObjectLayout, roots: &mut dyn RootSet, cause: GcCause, cleared: &mut Vec<u64>) {
    let to = 1 - heap.from;
    let to_space = heap.survivors[to];
    debug_assert_eq!(to_space.top, to_space.start, "the to-survivor is empty between collections");
    let old_top = heap.old.top;
    let young_lo = heap.eden.start;
    let young_len = heap.survivors[1].end - young_lo;
    let threshold = heap.config.tenuring_threshold;
    let mut s = Scavenger {
        heap,
        layout,
        young_lo,
        young_len,
        to_lo: to_space.start,
        to_hi: to_space.end,
        to,
        threshold,
        keep_soft: cause != GcCause::LastDitch,
        discovered: Vec::new(),
        promoted: 0,
    };
    roots.visit_roots(&mut |slot| {
        let v = memory::load_slot(slot) as usize;
        if s.in_collected(v) {
            let n = s.evacuate(v);
            memory::store_slot(slot, n as u64);
        }
    });
    s.scan_dirty_cards(old_top);
    s.drain(to_space.start, old_top);
    s.process_references(cleared);
    let promoted = s.promoted;
    let heap = s.heap;
    heap.stats.promoted_bytes += promoted;
    let (eden, from) = (heap.eden, heap.survivors[heap.from]);
    heap.poison(eden.start, eden.top);
    heap.poison(from.start, from.top);
    heap.eden.top = eden.start;
    heap.survivors[heap.from].top = from.start;
    heap.from = to;
}
