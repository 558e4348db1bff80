//! The heap: one virtual reservation split into an old generation and a young one (eden and two survivor
//! spaces), bump allocation, and the entry point of the collectors.
//!
//! Layout, low to high addresses (old first so that every move of the full collection goes downwards):
//!
//! ```text
//! | old (old_max + emergency reserve) | eden | survivor 0 | survivor 1 |
//! ```
//!
//! * The runtime allocates in eden through allocation buffers ([`Heap::alloc_tlab`]), zeroed when handed out.
//! * Large objects ([`Heap::is_large`]) go straight to the old generation ([`Heap::alloc_large`]).
//! * A minor collection ([`crate::scavenge`]) copies eden's and the from-survivor's live objects into the
//!   to-survivor (age + 1) or, at the tenuring threshold or when the survivor space overflows, into the old
//!   generation; it runs only when the old generation can take every young byte (the promotion guarantee),
//!   else the collection is full.
//! * A full collection ([`crate::compact`]) marks from the roots and slides every live object down: old
//!   objects within the old generation, young ones into the old generation as room allows, then into eden.
//!
//! The card table covers the whole reservation; the block-offset table covers the old generation. Old memory
//! is committed as it is used and returned to the OS (above a margin) after a full collection; eden and
//! survivors are touched as they are used. Dropping the heap unmaps everything.
//!
//! The epsilon policy uses the whole reservation as one bump region and never collects.

use std::ptr::NonNull;
use std::time::Instant;

use thiserror::Error;

use crate::barrier::{CARD_BYTES, WriteBarrier};
use crate::cards::{BlockOffsets, CardTable};
use crate::event::{CollectKind, GcCause, GcEvent, HeapStats};
use crate::layout::{ObjectLayout, RootSet};
use crate::memory::{self, ALIGN, PAGE, Reservation};
use crate::object::MAX_AGE;

/// Extra old-generation room usable only while [`Heap::set_emergency`] is on (to construct an
/// `OutOfMemoryError` when the heap is full).
pub const EMERGENCY_BYTES: usize = 1 << 20;

/// Granule in which the old generation's committed size is counted.
const COMMIT_GRANULE: usize = 1 << 20;

/// The byte every word of evacuated and free memory is filled with when verifying, so a stale reference
/// reads as the word `0xDEDE_DEDE_DEDE_DEDE` and fails fast.
pub(crate) const POISON: u8 = 0xDE;

/// Which collector manages the heap.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Policy {
    /// Young copying collection plus full mark-compact.
    #[default]
    Generational,
    /// Never collect (for measurement): one bump region of `max_bytes`.
    Epsilon,
}

/// How the heap is sized and collected.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct HeapConfig {
    /// The heap's maximum size in bytes (`-Xmx`): old generation plus young generation.
    pub max_bytes: usize,
    /// The initial committed size (`-Xms`): reported by [`Heap::capacity`] until the heap grows past it.
    pub initial_bytes: usize,
    /// The young generation's size (`-Xmn`); `None`: a third of `max_bytes` (HotSpot's `NewRatio=2`), at
    /// most [`DEFAULT_YOUNG_CAP`](Self::DEFAULT_YOUNG_CAP).
    pub young_bytes: Option<usize>,
    /// Eden is `survivor_ratio` times the size of one survivor space (HotSpot's `SurvivorRatio`, 8).
    pub survivor_ratio: usize,
    /// Minor collections an object survives before it is promoted (at most 15).
    pub tenuring_threshold: u32,
    /// The collector.
    pub policy: Policy,
    /// Run the heap verifier after every collection (panicking on corruption) and poison evacuated and free
    /// memory.
    pub verify: bool,
}

impl HeapConfig {
    /// The largest default young generation.
    pub const DEFAULT_YOUNG_CAP: usize = 256 << 20;

    /// The young generation's size this configuration gives (before rounding).
    pub fn young_size(&self) -> usize {
        self.young_bytes.unwrap_or((self.max_bytes / 3).min(Self::DEFAULT_YOUNG_CAP))
    }
}

impl Default for HeapConfig {
    fn default() -> Self {
        // HotSpot's default maximum is a quarter of physical memory; a fixed 1 GiB keeps runs reproducible.
        Self {
            max_bytes: 1 << 30,
            initial_bytes: 64 << 20,
            young_bytes: None,
            survivor_ratio: 8,
            tenuring_threshold: MAX_AGE,
            policy: Policy::Generational,
            verify: false,
        }
    }
}

/// The heap could not be created.
#[derive(Debug, Error)]
pub enum HeapInitError {
    /// The maximum is below what the layout needs.
    #[error("heap maximum of {max_bytes} bytes is below the minimum of {min_bytes}")]
    TooSmall {
        /// The configured maximum.
        max_bytes: usize,
        /// The smallest usable maximum.
        min_bytes: usize,
    },
    /// The young generation does not leave room for the old one.
    #[error("young generation of {young_bytes} bytes does not fit a heap of {max_bytes} bytes")]
    YoungTooLarge {
        /// The configured young size.
        young_bytes: usize,
        /// The configured maximum.
        max_bytes: usize,
    },
    /// The operating system refused the reservation.
    #[error("could not reserve {bytes} bytes of address space for the heap: {source}")]
    Reserve {
        /// The size asked for.
        bytes: usize,
        /// Why.
        source: std::io::Error,
    },
}

/// A bump region `[start, end)` whose objects occupy `[start, top)`.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub(crate) struct Space {
    pub(crate) start: usize,
    pub(crate) top: usize,
    pub(crate) end: usize,
}

impl Space {
    fn new(start: usize, end: usize) -> Self {
        Self { start, top: start, end }
    }

    pub(crate) fn used(&self) -> usize {
        self.top - self.start
    }

    pub(crate) fn free(&self) -> usize {
        self.end - self.top
    }

    /// Whether `addr` lies among the space's objects.
    pub(crate) fn holds(&self, addr: usize) -> bool {
        addr >= self.start && addr < self.top
    }

    /// Bumps the top by `size` if it fits.
    #[inline]
    pub(crate) fn bump(&mut self, size: usize) -> Option<usize> {
        if self.end - self.top < size {
            return None;
        }
        let at = self.top;
        self.top += size;
        Some(at)
    }
}

/// The heap of one VM.
#[derive(Debug)]
pub struct Heap {
    pub(crate) config: HeapConfig,
    /// The old generation; `end` is the normal limit, `reserve_end` the limit in emergency mode.
    pub(crate) old: Space,
    pub(crate) reserve_end: usize,
    pub(crate) eden: Space,
    pub(crate) survivors: [Space; 2],
    /// Index of the from-survivor (the one holding objects; the other is empty between collections).
    pub(crate) from: usize,
    pub(crate) cards: CardTable,
    pub(crate) offsets: BlockOffsets,
    /// Bytes of the old generation counted as committed (grows with use, shrinks after a full collection).
    old_committed: usize,
    emergency: bool,
    pub(crate) next_id: u64,
    pub(crate) stats: HeapStats,
    // Last field: unmapped after the tables that describe it.
    pub(crate) memory: Reservation,
}

impl Heap {
    /// The smallest maximum heap size.
    pub const MIN_BYTES: usize = 1 << 20;

    /// Reserves the heap's address space (nothing is committed until used).
    pub fn new(config: HeapConfig) -> Result<Self, HeapInitError> {
        let max = config.max_bytes.next_multiple_of(PAGE);
        if max < Self::MIN_BYTES {
            return Err(HeapInitError::TooSmall { max_bytes: config.max_bytes, min_bytes: Self::MIN_BYTES });
        }
        let (young, survivor) = match config.policy {
            Policy::Epsilon => (max, 0),
            Policy::Generational => {
                // Whole pages, so that every space boundary is card- and page-aligned.
                let young = config.young_size() / PAGE * PAGE;
                if young > max - max / 8 || young < 64 << 10 {
                    return Err(HeapInitError::YoungTooLarge { young_bytes: young, max_bytes: config.max_bytes });
                }
                let survivor = (young / (config.survivor_ratio.max(1) + 2)).max(CARD_BYTES) / CARD_BYTES * CARD_BYTES;
                (young, survivor)
            }
        };
        let eden_bytes = (young - 2 * survivor) / CARD_BYTES * CARD_BYTES;
        let old_bytes = if config.policy == Policy::Epsilon { 0 } else { max - young };
        let old_reserved = old_bytes + EMERGENCY_BYTES;
        let total = old_reserved + eden_bytes + 2 * survivor;
        let memory = Reservation::new(total).map_err(|source| HeapInitError::Reserve { bytes: total, source })?;
        let base = memory.start();
        let cards = CardTable::new(base, base + total).map_err(|source| HeapInitError::Reserve { bytes: total, source })?;
        let eden_start = base + old_reserved;
        let s0 = eden_start + eden_bytes;
        let s1 = s0 + survivor;
        let initial_old = config.initial_bytes.saturating_sub(young).min(old_bytes);
        Ok(Self {
            config: HeapConfig { tenuring_threshold: config.tenuring_threshold.min(MAX_AGE), ..config },
            old: Space::new(base, base + old_bytes),
            reserve_end: base + old_reserved,
            eden: Space::new(eden_start, s0),
            survivors: [Space::new(s0, s1), Space::new(s1, s1 + survivor)],
            from: 0,
            offsets: BlockOffsets::new(base, base + old_reserved),
            cards,
            old_committed: initial_old,
            emergency: false,
            next_id: 0,
            stats: HeapStats::default(),
            memory,
        })
    }

    /// The configuration.
    pub fn config(&self) -> HeapConfig {
        self.config
    }

    /// The write barrier for stores into this heap (valid as long as the heap lives).
    pub fn barrier(&self) -> WriteBarrier {
        self.cards.barrier()
    }

    /// Allows (or stops allowing) allocation from an extra [`EMERGENCY_BYTES`] of old-generation room, for
    /// constructing an `OutOfMemoryError` when the heap is full. While on, [`alloc_tlab`](Self::alloc_tlab)
    /// falls back to that room when eden is full.
    pub fn set_emergency(&mut self, on: bool) {
        self.emergency = on;
    }

    /// Cumulative counters.
    pub fn stats(&self) -> HeapStats {
        HeapStats { reserved_bytes: self.capacity(), ..self.stats }
    }

    /// Bytes in use: old objects, eden up to its top (allocation buffers count whole), survivors.
    pub fn used(&self) -> usize {
        self.old.used() + self.eden.used() + self.survivors[self.from].used()
    }

    /// Committed bytes (`Runtime.totalMemory`): eden, one survivor and the old generation's committed part.
    pub fn capacity(&self) -> usize {
        let old = self.old_committed.max(self.old.used().next_multiple_of(COMMIT_GRANULE)).min(self.old.end - self.old.start);
        // Never above `max`, even while the emergency reserve past the old generation's end is in use.
        self.eden.end - self.eden.start + self.survivors[0].end - self.survivors[0].start + old
    }

    /// The most bytes the heap may use (`Runtime.maxMemory`): old generation, eden and one survivor.
    pub fn max(&self) -> usize {
        self.old.end - self.old.start + self.eden.end - self.eden.start + self.survivors[0].end - self.survivors[0].start
    }

    /// Whether `addr` lies inside an object area in use (old generation, eden or the from-survivor).
    pub fn contains(&self, addr: *const u8) -> bool {
        let a = addr as usize;
        self.old.holds(a) || self.eden.holds(a) || self.survivors[self.from].holds(a)
    }

    /// Whether `addr` lies in the young generation (eden or a survivor space).
    pub fn in_young(&self, addr: *const u8) -> bool {
        let a = addr as usize;
        self.config.policy == Policy::Generational && a >= self.eden.start && a < self.survivors[1].end
    }

    /// Whether `addr` lies among the old generation's objects.
    pub fn in_old(&self, addr: *const u8) -> bool {
        self.old.holds(addr as usize)
    }

    /// Whether objects of `size` bytes should be allocated with [`alloc_large`](Self::alloc_large).
    pub fn is_large(&self, size: usize) -> bool {
        self.config.policy == Policy::Generational && size > (self.eden.end - self.eden.start) / 8
    }

    /// An allocation buffer of at least `min` and at most `preferred` bytes (multiples of 8) from eden, zeroed,
    /// or `None` when eden has less than `min` left: the runtime then collects and retries. Objects in it
    /// must be laid out from its start, each with a non-zero class word before the next collection; the unused
    /// tail must stay zero.
    pub fn alloc_tlab(&mut self, min: usize, preferred: usize) -> Option<(NonNull<u8>, usize)> {
        let min = min.max(2 * ALIGN).checked_next_multiple_of(ALIGN)?;
        let free = self.eden.free();
        if free < min {
            return self.emergency_tlab(min, preferred);
        }
        let size = (preferred.max(min).min(free)) / ALIGN * ALIGN;
        let at = self.eden.bump(size)?;
        memory::fill(at, size, 0);
        self.stats.allocated_bytes += size;
        NonNull::new(at as *mut u8).map(|p| (p, size))
    }

    /// Retires an allocation buffer whose objects end at `cursor` and whose memory ends at `end`: the unused
    /// tail becomes a filler so the space stays parseable. Call it for every buffer before a collection (and
    /// before the heap is verified); `cursor == end` is allowed.
    pub fn retire_tlab(&mut self, cursor: NonNull<u8>, end: NonNull<u8>) {
        let (cursor, end) = (cursor.as_ptr() as usize, end.as_ptr() as usize);
        debug_assert!(cursor <= end && (self.eden.holds(cursor) || self.old.holds(cursor) || cursor == end));
        if end > cursor {
            crate::object::fill_gap(cursor, end);
        }
    }

    /// In emergency mode, a buffer carved from the old generation's reserve.
    fn emergency_tlab(&mut self, min: usize, preferred: usize) -> Option<(NonNull<u8>, usize)> {
        if !self.emergency {
            return None;
        }
        let size = preferred.max(min).min(self.reserve_end - self.old.top) / ALIGN * ALIGN;
        if size < min {
            return None;
        }
        self.alloc_old(size).map(|p| (p, size))
    }

    /// `size` bytes of zeroed memory in the old generation for a large object, or `None` when the old
    /// generation is full (the runtime then runs a full collection and retries). The object is old from the
    /// start: its initialising reference stores need the write barrier like any other.
    pub fn alloc_large(&mut self, size: usize) -> Option<NonNull<u8>> {
        let size = size.max(2 * ALIGN).checked_next_multiple_of(ALIGN)?;
        if self.config.policy == Policy::Epsilon {
            let at = self.eden.bump(size)?;
            memory::fill(at, size, 0);
            self.stats.allocated_bytes += size;
            return NonNull::new(at as *mut u8);
        }
        self.alloc_old(size)
    }

    fn alloc_old(&mut self, size: usize) -> Option<NonNull<u8>> {
        let at = self.bump_old(size)?;
        memory::fill(at, size, 0);
        self.stats.allocated_bytes += size;
        NonNull::new(at as *mut u8)
    }

    /// Places `size` bytes at the old generation's top (within the emergency reserve if allowed) and records
    /// the block for card scanning.
    #[inline]
    pub(crate) fn bump_old(&mut self, size: usize) -> Option<usize> {
        let limit = if self.emergency { self.reserve_end } else { self.old.end };
        if limit - self.old.top < size {
            return None;
        }
        let at = self.old.top;
        self.old.top += size;
        self.offsets.record(at, size);
        Some(at)
    }

    /// Runs a collection and reports it. Before calling, the runtime must stop every mutator at a safepoint
    /// and retire every allocation buffer (they are invalid afterwards); `roots` must enumerate every slot
    /// outside the heap that holds a reference. The epsilon policy does nothing.
    pub fn collect(&mut self, kind: CollectKind, cause: GcCause, layout: &dyn ObjectLayout, roots: &mut dyn RootSet) -> GcEvent {
        let start = Instant::now();
        let used_before = self.used();
        let mut cleared = Vec::new();
        let kind = match (self.config.policy, kind) {
            (Policy::Epsilon, kind) => kind,
            (Policy::Generational, CollectKind::Full) => {
                crate::compact::full(self, layout, roots, cause, &mut cleared);
                CollectKind::Full
            }
            (Policy::Generational, _) if !self.promotion_guaranteed() => {
                crate::compact::full(self, layout, roots, cause, &mut cleared);
                CollectKind::Full
            }
            (Policy::Generational, _) => {
                crate::scavenge::minor(self, layout, roots, cause, &mut cleared);
                CollectKind::Minor
            }
        };
        let pause = start.elapsed();
        if self.config.policy == Policy::Generational {
            match kind {
                CollectKind::Full => self.stats.full.record(pause),
                _ => self.stats.minor.record(pause),
            }
        }
        let event = GcEvent {
            id: self.next_id,
            kind: if kind == CollectKind::Auto { CollectKind::Minor } else { kind },
            cause,
            used_before,
            used_after: self.used(),
            capacity: self.capacity(),
            pause,
            cleared_references: cleared,
        };
        self.next_id += 1;
        if self.config.verify
            && let Err(corruption) = self.verify(layout, roots)
        {
            panic!("heap corrupt after {event}: {corruption}");
        }
        event
    }

    /// Whether the old generation can take every young byte (the precondition of a minor collection).
    fn promotion_guaranteed(&self) -> bool {
        self.old.end.saturating_sub(self.old.top) >= self.eden.used() + self.survivors[self.from].used()
    }

    /// After a full collection: counts as committed the old bytes in use plus 40 % free (HotSpot's
    /// `MinHeapFreeRatio`), at least the initial size, and returns the pages above that to the OS.
    pub(crate) fn resize_old_after_full(&mut self, previous_top: usize) {
        let used = self.old.used();
        let initial = self.config.initial_bytes.saturating_sub(self.survivors[1].end - self.eden.start);
        let want = (used + used / 3 * 2).max(initial).next_multiple_of(COMMIT_GRANULE).min(self.old.end - self.old.start);
        let keep = self.old.start + want.max(used);
        let high = previous_top.max(self.old.start + self.old_committed);
        if high > keep {
            self.memory.release(keep, high);
        }
        self.old_committed = want;
    }

    /// Fills `[start, end)` with [`POISON`] in verify mode.
    pub(crate) fn poison(&self, start: usize, end: usize) {
        if self.config.verify && end > start {
            memory::fill(start, end - start, POISON);
        }
    }
}
