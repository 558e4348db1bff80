//! The full collection: mark the whole heap, then slide every live object down (Lisp2-style compaction).
//!
//! 1. **Mark** from the roots with an explicit stack (no recursion, so a 10-million-node list is fine): the
//!    mark bit is bit 2 of the mark word. Weak referents (and soft ones in a last-ditch collection) are not
//!    traced; their Reference objects are remembered, and after marking a referent left unmarked is cleared.
//! 2. **Plan**: walk the spaces in address order (old, eden, from-survivor) and give each live object a
//!    destination, filling the old generation first, then eden, then the from-survivor: since the old
//!    generation lies below the young one and destinations fill in the same order as sources, every object
//!    moves down (or stays), so moving in address order never overwrites an object not yet moved. The mark
//!    word becomes the forwarding address; a mark word with runtime bits (identity hash, lock) is saved in a
//!    side table first. The first word of each run of dead objects (or never-allocated zero words) is
//!    overwritten with the address of the next live object, so later passes skip dead runs in one step.
//! 3. **Update** every root and every slot of every live object to the forwarded address, dirtying the card
//!    (at the object's destination) of each old slot that will point into the young generation.
//! 4. **Move** the objects in address order, clear their mark words, restore the saved ones, rebuild the
//!    old generation's block-offset table; then poison the freed memory (verify mode) and give old pages
//!    above the new committed size back to the OS.

use crate::event::GcCause;
use crate::heap::{Heap, Space};
use crate::layout::{ObjectLayout, RefStrength, RootSet, mark};
use crate::memory;
use crate::object::{self, MARK_BIT, for_each_slot, forward, forwardee, is_forwarded, mark_word};

/// Sets the mark bit of `obj` and pushes it, unless already marked.
#[inline(always)]
fn mark_and_push(obj: usize, stack: &mut Vec<usize>) {
    let m = mark_word(obj);
    if m & MARK_BIT == 0 {
        memory::store(obj, m | MARK_BIT);
        stack.push(obj);
    }
}

/// Phase 1: marks everything reachable; returns the Reference objects whose referent was not traced.
fn mark_live(layout: &dyn ObjectLayout, roots: &mut dyn RootSet, keep_soft: bool) -> Vec<usize> {
    let mut stack = Vec::new();
    let mut discovered = Vec::new();
    roots.visit_roots(&mut |slot| {
        let v = memory::load_slot(slot) as usize;
        if v != 0 {
            mark_and_push(v, &mut stack);
        }
    });
    while let Some(obj) = stack.pop() {
        for_each_slot(layout, obj, |slot| {
            let v = memory::load(slot) as usize;
            if v != 0 {
                mark_and_push(v, &mut stack);
            }
        });
        if let Some((slot, strength)) = layout.weak_referent(obj as *const u8) {
            if strength == RefStrength::Soft && keep_soft {
                let v = memory::load(slot as usize) as usize;
                if v != 0 {
                    mark_and_push(v, &mut stack);
                }
            } else {
                discovered.push(obj);
            }
        }
    }
    discovered
}

/// Phase 2 result.
struct Plan {
    /// New tops of the destination regions (old, eden, from-survivor).
    tops: [usize; 3],
    /// Saved non-trivial mark words, by destination.
    preserved: Vec<(usize, u64)>,
    /// Bytes of young objects that will move into the old generation.
    promoted: usize,
}

/// Phase 2: assigns destinations (see the module docs).
fn plan(layout: &dyn ObjectLayout, spaces: &[Space; 3], old_end: usize) -> Plan {
    let regions = [(spaces[0].start, old_end), (spaces[1].start, spaces[1].end), (spaces[2].start, spaces[2].end)];
    let mut tops = [regions[0].0, regions[1].0, regions[2].0];
    let (mut region, mut cursor) = (0, regions[0].0);
    let mut preserved = Vec::new();
    let mut promoted = 0;
    for (index, space) in spaces.iter().enumerate() {
        let mut p = space.start;
        let mut dead_run: Option<usize> = None;
        while let Some(obj) = object::next_object(p, space.top) {
            if obj > p && dead_run.is_none() {
                dead_run = Some(p);
            }
            let size = object::size_of(layout, obj);
            let m = mark_word(obj);
            if m & MARK_BIT == 0 {
                dead_run.get_or_insert(obj);
            } else {
                if let Some(run) = dead_run.take() {
                    memory::store(run, obj as u64);
                }
                while cursor + size > regions[region].1 {
                    tops[region] = cursor;
                    region += 1;
                    cursor = regions[region].0;
                }
                if region == 0 && index > 0 {
                    promoted += size;
                }
                let kept = m & !mark::GC_MASK;
                if kept != 0 {
                    preserved.push((cursor, kept));
                }
                forward(obj, cursor);
                cursor += size;
            }
            p = obj + size;
        }
        if p < space.top && dead_run.is_none() {
            dead_run = Some(p);
        }
        if let Some(run) = dead_run {
            memory::store(run, space.top as u64);
        }
    }
    tops[region] = cursor;
    Plan { tops, preserved, promoted }
}

/// Calls `f(obj, size)` for each live (forwarded) object of `space`, following dead-run links.
fn for_each_live(layout: &dyn ObjectLayout, space: Space, mut f: impl FnMut(usize, usize)) {
    let mut p = space.start;
    while p < space.top {
        let m = mark_word(p);
        if is_forwarded(m) {
            let size = object::size_of(layout, p);
            f(p, size);
            p += size;
        } else {
            debug_assert!(m as usize > p, "dead-run link at {p:#x} goes backwards");
            p = m as usize;
        }
    }
}

/// The forwarded address of the (live) object `v`.
#[inline(always)]
fn new_address(v: usize) -> usize {
    let m = mark_word(v);
    debug_assert!(is_forwarded(m), "reference to an unmarked object {v:#x}");
    forwardee(m)
}

/// Runs a full collection (see the module docs).
pub(crate) fn full(heap: &mut Heap, layout: &dyn ObjectLayout, roots: &mut dyn RootSet, cause: GcCause, cleared: &mut Vec<u64>) {
    let spaces = [heap.old, heap.eden, heap.survivors[heap.from]];
    let old_end = heap.old.end.max(heap.old.top);
    let keep_soft = cause != GcCause::LastDitch;

    let discovered = mark_live(layout, roots, keep_soft);
    let mut cleared_old = Vec::new();
    for obj in discovered {
        let Some((slot, _)) = layout.weak_referent(obj as *const u8) else { continue };
        let r = memory::load(slot as usize) as usize;
        if r != 0 && mark_word(r) & MARK_BIT == 0 {
            memory::store(slot as usize, 0);
            cleared_old.push(obj);
        }
    }

    let plan = plan(layout, &spaces, old_end);
    cleared.extend(cleared_old.into_iter().map(|obj| new_address(obj) as u64));

    // Phase 3: update references.
    roots.visit_roots(&mut |slot| {
        let v = memory::load_slot(slot) as usize;
        if v != 0 {
            memory::store_slot(slot, new_address(v) as u64);
        }
    });
    heap.cards.clean_range(spaces[0].start, old_end);
    let (young_lo, young_hi) = (heap.eden.start, heap.survivors[1].end);
    let cards = &heap.cards;
    for space in spaces {
        for_each_live(layout, space, |obj, _| {
            let dest = new_address(obj);
            let update = |slot: usize| {
                let v = memory::load(slot) as usize;
                if v != 0 {
                    let n = new_address(v);
                    memory::store(slot, n as u64);
                    if dest < young_lo && n >= young_lo && n < young_hi {
                        cards.dirty(dest + (slot - obj));
                    }
                }
            };
            for_each_slot(layout, obj, update);
            if let Some((slot, _)) = layout.weak_referent(obj as *const u8) {
                update(slot as usize);
            }
        });
    }

    // Phase 4: move.
    for space in spaces {
        for_each_live(layout, space, |obj, size| {
            let dest = new_address(obj);
            memory::copy(obj, dest, size);
            memory::store(dest, 0);
            if dest < young_lo {
                heap.offsets.record(dest, size);
            }
        });
    }
    for (dest, m) in plan.preserved {
        memory::store(dest, m);
    }

    let from = heap.from;
    heap.old.top = plan.tops[0];
    heap.eden.top = plan.tops[1];
    heap.survivors[from].top = plan.tops[2];
    heap.poison(plan.tops[0], spaces[0].top);
    heap.poison(plan.tops[1], spaces[1].top);
    heap.poison(plan.tops[2], spaces[2].top);
    heap.stats.promoted_bytes += plan.promoted;
    heap.resize_old_after_full(spaces[0].top);
}
