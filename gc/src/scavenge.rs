//! The minor collection: Cheney-style copying of the young generation's live objects.
//!
//! Evacuating an object copies it to the to-survivor with its age plus one, or into the old generation when
//! that age reaches the tenuring threshold or the to-survivor is full, and leaves a forwarding address in the
//! old copy's mark word (the new copy keeps the runtime's mark bits). The roots are the runtime's root slots
//! and the old objects on dirty cards (only their slots inside the card). Copied objects are then scanned in
//! place: the to-survivor from its start and the old generation from its top at the start of the collection
//! (the promoted objects), breadth-first, until both scan pointers reach their tops — no recursion and no
//! mark stack. A slot whose referent must be copied waits in a short queue while the referent's header is
//! prefetched ([`PREFETCH_DEPTH`]): the copying is bound by cache misses, and the queue overlaps them.
//! Afterwards eden and the from-survivor are empty and the survivors swap roles.
//!
//! Card invariant kept: after the collection, every old slot that points into the young generation is on a
//! dirty card. Each scanned dirty card is cleaned first, and every old slot (on a scanned card or in a promoted
//! object) left pointing into the young generation dirties its card again.
//!
//! Tenuring adapts as in HotSpot: the bytes copied to the to-survivor are counted by age, and the next
//! collection promotes from the age at which they exceed half a survivor space ([`Heap::desired_survivor_bytes`]),
//! so a large long-lived structure is promoted after a collection or two instead of copied fifteen times.
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
use crate::object::{self, MAX_AGE, age, for_each_slot_in, forward, forwardee, is_forwarded, mark_word, with_age};

/// How many slots wait, their referents prefetched, before they are processed: copying is bound by cache
/// misses on the objects it reaches (scattered across eden), and this many misses overlap.
const PREFETCH_DEPTH: usize = 16;

/// The state of one minor collection.
struct Scavenger<'h> {
    heap: &'h mut Heap,
    layout: &'h dyn ObjectLayout,
    /// The young generation's bounds (eden and both survivors); the old generation lies below.
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
    /// Bytes copied into the to-survivor, by their new age.
    ages: [usize; MAX_AGE as usize + 1],
    /// A ring of heap slots holding collected objects whose headers are being prefetched, oldest at `head`.
    pending: [usize; PREFETCH_DEPTH],
    head: usize,
    len: usize,
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
            Some(dest) => {
                self.ages[new_age as usize] += size;
                (dest, with_age(m, new_age))
            }
            None => {
                let dest = self.heap.bump_old(size).expect("the promotion guarantee leaves room for every young object");
                self.promoted += size;
                (dest, with_age(m, 0))
            }
        };
        memory::copy_object(obj, dest, size);
        memory::store(dest, new_mark);
        forward(obj, dest);
        dest
    }

    /// Visits the heap slot `slot` (in a to-survivor or old object): a referent being collected is
    /// prefetched and the slot queued (the oldest queued slot is processed to make room); an old slot already
    /// pointing into the young generation keeps its card dirty.
    #[inline(always)]
    fn visit(&mut self, slot: usize) {
        let v = memory::load(slot) as usize;
        if self.in_collected(v) {
            memory::prefetch(v);
            if self.len == PREFETCH_DEPTH {
                let oldest = std::mem::replace(&mut self.pending[self.head], slot);
                self.head = (self.head + 1) % PREFETCH_DEPTH;
                self.update(oldest);
            } else {
                self.pending[(self.head + self.len) % PREFETCH_DEPTH] = slot;
                self.len += 1;
            }
        } else if slot < self.young_lo && self.is_young(v) {
            self.heap.cards.dirty(slot);
        }
    }

    /// Processes a queued slot: evacuates its referent, stores the new address, and dirties the slot's card
    /// if the slot is old and the referent stays young (the card invariant).
    #[inline(always)]
    fn update(&mut self, slot: usize) {
        let n = self.evacuate(memory::load(slot) as usize);
        memory::store(slot, n as u64);
        if slot < self.young_lo && self.is_young(n) {
            self.heap.cards.dirty(slot);
        }
    }

    /// Processes every queued slot; returns whether there was one.
    fn flush(&mut self) -> bool {
        let had = self.len > 0;
        while self.len > 0 {
            let slot = self.pending[self.head];
            self.head = (self.head + 1) % PREFETCH_DEPTH;
            self.len -= 1;
            self.update(slot);
        }
        had
    }

    /// Visits the reference slots of `obj` inside `[lo, hi)`, and discovers its weak referent.
    fn scan(&mut self, obj: usize, lo: usize, hi: usize) {
        let layout = self.layout;
        for_each_slot_in(layout, obj, lo, hi, |slot| self.visit(slot));
        if let Some((slot, strength)) = layout.weak_referent(obj as *const u8) {
            let slot = slot as usize;
            if slot >= lo && slot < hi {
                if strength == RefStrength::Soft && self.keep_soft {
                    self.visit(slot);
                } else {
                    self.discovered.push(obj);
                }
            }
        }
    }

    /// Scans the old objects overlapping each dirty card below `limit`. Each card is cleaned first; visiting
    /// its slots dirties it again if one still points into the young generation.
    fn scan_dirty_cards(&mut self, limit: usize) {
        let old_start = self.heap.old.start;
        for card in self.heap.cards.dirty_cards(old_start, limit) {
            self.heap.cards.clean(card);
            let end = (card + CARD_BYTES).min(limit);
            let mut obj = self.heap.offsets.block_start(card);
            while let Some(o) = object::next_object(obj, end) {
                self.scan(o, card, end);
                obj = o + object::size_of(self.layout, o);
            }
        }
    }

    /// Scans copied objects until no unscanned object and no queued slot is left.
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
                self.scan(obj, 0, usize::MAX);
                old_scan = obj + size;
                progressed = true;
            }
            if !self.flush() && !progressed {
                return;
            }
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
    let threshold = heap.tenuring_threshold;
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
        ages: [0; MAX_AGE as usize + 1],
        pending: [0; PREFETCH_DEPTH],
        head: 0,
        len: 0,
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
    let (promoted, ages) = (s.promoted, s.ages);
    let heap = s.heap;
    heap.tenuring_threshold = next_threshold(&ages, heap.desired_survivor_bytes(), heap.config.tenuring_threshold);
    heap.stats.promoted_bytes += promoted;
    let (eden, from) = (heap.eden, heap.survivors[heap.from]);
    heap.poison(eden.start, eden.top);
    heap.poison(from.start, from.top);
    heap.eden.top = eden.start;
    heap.survivors[heap.from].top = from.start;
    heap.from = to;
}

/// The tenuring threshold for the next minor collection (HotSpot's adaptive tenuring): the survivors, by age,
/// fill at most `desired` bytes; objects of the age at which they would exceed it, and older, are promoted.
/// `ages[a]` holds the bytes copied at age `a` (their age at the next collection, where they would reach
/// `a + 1`); never above `max`.
fn next_threshold(ages: &[usize], desired: usize, max: u32) -> u32 {
    let mut total = 0;
    for (age, &bytes) in ages.iter().enumerate().skip(1) {
        total += bytes;
        if total > desired {
            return (age as u32 + 1).min(max);
        }
    }
    max
}
