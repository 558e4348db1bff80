//! The heap verifier: walks every space object by object and checks that every reference (in the roots and
//! in every object) is null or the start of an object in a space in use, that no object is left forwarded or
//! marked, and that every old slot pointing into the young generation is on a dirty card (a missing write
//! barrier shows up here).

use thiserror::Error;

use crate::heap::{Heap, Policy, Space};
use crate::layout::{ObjectLayout, RootSet};
use crate::memory::{self, ALIGN};
use crate::object::{self, AGE_MASK, for_each_slot, is_forwarded};

/// What the verifier found wrong (addresses in hex).
#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum HeapCorruption {
    /// A slot (a root slot, or a slot inside an object) holds something that is not an object start.
    #[error("slot {slot:#x} holds {value:#x}, which is not the start of an object in the heap")]
    NotAnObject {
        /// The slot's address.
        slot: usize,
        /// What it holds.
        value: u64,
    },
    /// An object reports a size that is not a positive multiple of 8, or runs past its space's top.
    #[error("object at {obj:#x} has size {size}, which does not fit its space (top {top:#x})")]
    BadSize {
        /// The object.
        obj: usize,
        /// Its reported size.
        size: usize,
        /// The top of its space.
        top: usize,
    },
    /// An object's mark word still holds collector state (forwarding or the mark bit) between collections.
    #[error("object at {obj:#x} has mark word {mark:#x} left over from a collection")]
    BadMark {
        /// The object.
        obj: usize,
        /// Its mark word.
        mark: u64,
    },
    /// An old slot points into the young generation but its card is clean: a write barrier was missed.
    #[error("old slot {slot:#x} points to young object {value:#x} but its card is clean (missing write barrier)")]
    CleanCard {
        /// The slot's address.
        slot: usize,
        /// What it holds.
        value: u64,
    },
}

/// One bit per word of the used part of each active space: set at each object start. Sized to what is in
/// use, not to the reserved heap, because stress mode verifies after every collection and zeroing a map of
/// the whole reservation each time (16 MiB for a 1 GiB heap) cost far more than the walk itself.
struct Starts {
    /// Per space: its start, its top, and its bits.
    spaces: Vec<(usize, usize, Vec<u64>)>,
}

impl Starts {
    fn new(spaces: &[Space]) -> Starts {
        let words = |space: &Space| space.used() / ALIGN;
        Starts { spaces: spaces.iter().map(|s| (s.start, s.top, vec![0; words(s).div_ceil(64)])).collect() }
    }

    /// The space holding `addr` (as an index into `spaces`) and the word index inside it.
    fn index(&self, addr: usize) -> Option<(usize, usize)> {
        let k = self.spaces.iter().position(|&(start, top, _)| addr >= start && addr < top)?;
        let off = addr - self.spaces[k].0;
        off.is_multiple_of(ALIGN).then_some((k, off / ALIGN))
    }

    fn set(&mut self, addr: usize) {
        if let Some((k, i)) = self.index(addr) {
            self.spaces[k].2[i / 64] |= 1 << (i % 64);
        }
    }

    fn has(&self, addr: usize) -> bool {
        self.index(addr).is_some_and(|(k, i)| self.spaces[k].2[i / 64] & (1 << (i % 64)) != 0)
    }
}

impl Heap {
    /// The spaces holding objects now.
    fn active_spaces(&self) -> Vec<Space> {
        match self.config.policy {
            Policy::Epsilon => vec![self.eden],
            Policy::Generational => vec![self.old, self.eden, self.survivors[self.from]],
        }
    }

    /// Checks the whole heap (see the module docs); call it only between collections, with every allocation
    /// buffer's objects initialised.
    pub fn verify(&self, layout: &dyn ObjectLayout, roots: &mut dyn RootSet) -> Result<(), HeapCorruption> {
        let spaces = self.active_spaces();
        let mut starts = Starts::new(&spaces);
        let mut objects = Vec::new();
        for space in &spaces {
            let mut p = space.start;
            while let Some(obj) = object::next_object(p, space.top) {
                let size = layout.size_of(obj as *const u8);
                if size < 2 * ALIGN || !size.is_multiple_of(ALIGN) || obj + size > space.top {
                    return Err(HeapCorruption::BadSize { obj, size, top: space.top });
                }
                let mark = memory::load(obj);
                if is_forwarded(mark) || mark & object::MARK_BIT != 0 || (mark & AGE_MASK != 0 && obj < self.eden.start) {
                    return Err(HeapCorruption::BadMark { obj, mark });
                }
                starts.set(obj);
                objects.push(obj);
                p = obj + size;
            }
        }
        let mut bad = None;
        roots.visit_roots(&mut |slot| {
            let value = memory::load_slot(slot);
            if bad.is_none() && value != 0 && !starts.has(value as usize) {
                bad = Some(HeapCorruption::NotAnObject { slot: slot as usize, value });
            }
        });
        if let Some(bad) = bad {
            return Err(bad);
        }
        let generational = self.config.policy == Policy::Generational;
        let (young_lo, young_hi) = (self.eden.start, self.survivors[1].end);
        for obj in objects {
            let mut check = |slot: usize| {
                let value = memory::load(slot);
                if bad.is_some() || value == 0 {
                    return;
                }
                let v = value as usize;
                if !starts.has(v) {
                    bad = Some(HeapCorruption::NotAnObject { slot, value });
                } else if generational && obj < young_lo && v >= young_lo && v < young_hi && !self.cards.is_dirty(slot) {
                    bad = Some(HeapCorruption::CleanCard { slot, value });
                }
            };
            for_each_slot(layout, obj, &mut check);
            if let Some((slot, _)) = layout.weak_referent(obj as *const u8) {
                check(slot as usize);
            }
            if let Some(bad) = bad {
                return Err(bad);
            }
        }
        Ok(())
    }
}
