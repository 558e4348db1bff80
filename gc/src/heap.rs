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
//!   Without `-Xmn`, eden is used only up to an adaptive limit: it starts at eden's share of a third of the
//!   initial heap size and grows (to eight times what survived, at least double) after a minor collection
//!   that finds more than an eighth of it alive (or when an object near the large-object threshold does not
//!   fit), so a program with a small live set keeps reusing a few megabytes of warm, mapped memory instead
//!   of faulting in fresh pages.
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
//! survivors are touched as they are used. Dropping the heap unmaps everything. Memory never written since it
//! was mapped (or given back) is zero, so eden and the old generation each keep a boundary above which they
//! hand memory out without zeroing it ([`Space`]'s `clean`). With [`HeapConfig::huge_pages`] the reservation
//! asks for transparent huge pages.
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

/// The smallest starting limit of an adaptive eden.
const MIN_INITIAL_EDEN: usize = 4 << 20;

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
    /// The young generation's size (`-Xmn`), fixed; `None`: at most a third of `max_bytes` (HotSpot's
    /// `NewRatio=2`) and at most [`DEFAULT_YOUNG_CAP`](Self::DEFAULT_YOUNG_CAP), with eden starting at a
    /// third of `initial_bytes` and growing while collections find much of it alive (see [`Heap`]).
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
    /// Back the heap with transparent huge pages where the kernel allows (`-XX:+UseTransparentHugePages`):
    /// touching fresh heap memory then costs a fault per 2 MiB instead of per 4 KiB, at the price of
    /// committing memory in 2 MiB steps.
    pub huge_pages: bool,
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
            huge_pages: true,
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
///
/// `clean` is the low end of the space's memory known to be zero: nothing has written at or above it since
/// the pages were mapped or handed back to the OS, so handing that memory out needs no zeroing (the kernel
/// zeroed it when it first touched the page). Only eden and the old generation, the spaces memory is handed
/// out from, keep it exact; every writer above `clean` raises it ([`Heap::note_written`]).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub(crate) struct Space {
    pub(crate) start: usize,
    pub(crate) top: usize,
    pub(crate) end: usize,
    pub(crate) clean: usize,
}

impl Space {
    fn new(start: usize, end: usize) -> Self {
        Self { start, top: start, end, clean: start }
    }

    /// Zeroes `[at, at + size)` where it may hold old data (below `clean`) and records that the range is in
    /// use: the part above `clean` is zero already, and stays zero until handed out.
    fn zero_for_use(&mut self, at: usize, size: usize) {
        let dirty_end = (at + size).min(self.clean);
        if dirty_end > at {
            memory::fill(at, dirty_end - at, 0);
        }
        self.clean = self.clean.max(at + size);
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
    /// Eden in use: `eden.end` is the adaptive limit, at most `survivors[0].start` (eden's reservation).
    pub(crate) eden: Space,
    /// Whether eden's limit adapts (no `-Xmn`).
    adaptive_eden: bool,
    /// The next minor collection promotes objects reaching this age (at most the configured threshold).
    pub(crate) tenuring_threshold: u32,
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
        if config.huge_pages {
            memory.advise_huge_pages();
        }
        let base = memory.start();
        let cards = CardTable::new(base, base + total).map_err(|source| HeapInitError::Reserve { bytes: total, source })?;
        let eden_start = base + old_reserved;
        let s0 = eden_start + eden_bytes;
        let s1 = s0 + survivor;
        let adaptive_eden = config.policy == Policy::Generational && config.young_bytes.is_none();
        let eden_end = if adaptive_eden { eden_start + initial_eden(&config, eden_bytes) } else { s0 };
        // The initial size counts eden as far as it is in use and one survivor, as `capacity` does.
        let initial_old = config.initial_bytes.saturating_sub(eden_end - eden_start + survivor).min(old_bytes);
        Ok(Self {
            config: HeapConfig { tenuring_threshold: config.tenuring_threshold.min(MAX_AGE), ..config },
            old: Space::new(base, base + old_bytes),
            reserve_end: base + old_reserved,
            eden: Space::new(eden_start, eden_end),
            adaptive_eden,
            tenuring_threshold: config.tenuring_threshold.min(MAX_AGE),
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

    /// Eden's current size: its reservation with `-Xmn`, else its adaptive limit.
    pub fn eden_size(&self) -> usize {
        self.eden.end - self.eden.start
    }

    /// Eden's reservation: the most its adaptive limit grows to.
    fn eden_capacity(&self) -> usize {
        self.survivors[0].start - self.eden.start
    }

    /// The most bytes the heap may use (`Runtime.maxMemory`): old generation, eden and one survivor.
    pub fn max(&self) -> usize {
        self.old.end - self.old.start + self.eden_capacity() + self.survivors[0].end - self.survivors[0].start
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
        self.config.policy == Policy::Generational && size > self.eden_capacity() / 8
    }

    /// An allocation buffer of at least `min` and at most `preferred` bytes (multiples of 8) from eden, zeroed,
    /// or `None` when eden has less than `min` left: the runtime then collects and retries. Objects in it
    /// must be laid out from its start, each with a non-zero class word before the next collection; the unused
    /// tail must stay zero.
    pub fn alloc_tlab(&mut self, min: usize, preferred: usize) -> Option<(NonNull<u8>, usize)> {
        let min = min.max(2 * ALIGN).checked_next_multiple_of(ALIGN)?;
        if self.eden.free() < min {
            self.grow_eden_for(min);
        }
        let free = self.eden.free();
        if free < min {
            return self.emergency_tlab(min, preferred);
        }
        let size = (preferred.max(min).min(free)) / ALIGN * ALIGN;
        let at = self.eden.bump(size)?;
        self.eden.zero_for_use(at, size);
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
            self.eden.zero_for_use(at, size);
            self.stats.allocated_bytes += size;
            return NonNull::new(at as *mut u8);
        }
        self.alloc_old(size)
    }

    fn alloc_old(&mut self, size: usize) -> Option<NonNull<u8>> {
        let at = self.bump_old(size)?;
        self.old.zero_for_use(at, size);
        self.stats.allocated_bytes += size;
        NonNull::new(at as *mut u8)
    }

    /// Places `size` bytes at the old generation's top (within the emergency reserve if allowed) and records
    /// the block for card scanning. The caller writes the block; `old.clean` is raised past it when the
    /// allocation or collection that asked for it ends.
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
        let young_before = self.eden.used() + self.survivors[self.from].used();
        let old_top_before = self.old.top;
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
        self.note_written();
        if kind == CollectKind::Minor {
            let survived = self.survivors[self.from].used() + (self.old.top - old_top_before);
            self.adapt_eden(young_before, survived);
        }
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

    /// After a collection: every byte the collector wrote into eden or the old generation lies below their
    /// tops (copies, forwarding links, poison), so their known-zero memory starts at the top at the lowest.
    fn note_written(&mut self) {
        self.eden.clean = self.eden.clean.max(self.eden.top);
        self.old.clean = self.old.clean.max(self.old.top);
    }

    /// After a minor collection that found `survived` of `young_used` bytes alive: when more than an eighth
    /// survived, grows eden's limit (up to its reservation) to at least double, and to eight times what
    /// survived, so that as much surviving next time is an eighth again. The cost of a minor collection is
    /// the bytes it copies, and a larger eden gives objects longer to die; an eden that stays small is reused
    /// while it is still in the cache and its pages are mapped, which a large fresh one is not.
    fn adapt_eden(&mut self, young_used: usize, survived: usize) {
        if self.adaptive_eden && survived > young_used / 8 {
            self.set_eden_limit((2 * (self.eden.end - self.eden.start)).max(8 * survived));
        }
    }

    /// How many bytes the survivors should hold after a minor collection: half a survivor space
    /// (HotSpot's `TargetSurvivorRatio`), of one sized for eden's current limit when eden adapts. Beyond
    /// that the oldest survivors are promoted sooner rather than copied again and again.
    pub(crate) fn desired_survivor_bytes(&self) -> usize {
        let survivor = self.survivors[0].end - self.survivors[0].start;
        let for_eden = (self.eden.end - self.eden.start) / self.config.survivor_ratio.max(1);
        survivor.min(for_eden) / 2
    }

    /// Grows eden's limit (never shrinks it, never past the reservation) to `size` bytes, rounded to pages.
    fn set_eden_limit(&mut self, size: usize) {
        let end = (self.eden.start + size.next_multiple_of(PAGE)).min(self.survivors[0].start);
        self.eden.end = self.eden.end.max(end);
    }

    /// When eden has less than `min` bytes free and adapts: grows it (doubling) until `min` is at most a
    /// quarter of it, so objects close to the large-object threshold do not make every few allocations
    /// collect. Small requests grow nothing: they wait for the collection.
    fn grow_eden_for(&mut self, min: usize) {
        if !self.adaptive_eden {
            return;
        }
        let mut size = self.eden.end - self.eden.start;
        while size < 4 * min && size < self.eden_capacity() {
            size *= 2;
        }
        self.set_eden_limit(size);
    }

    /// Whether the old generation can take every young byte (the precondition of a minor collection).
    fn promotion_guaranteed(&self) -> bool {
        self.old.end.saturating_sub(self.old.top) >= self.eden.used() + self.survivors[self.from].used()
    }

    /// After a full collection: counts as committed the old bytes in use plus 40 % free (HotSpot's
    /// `MinHeapFreeRatio`), at least the initial size, and returns the pages above that to the OS.
    pub(crate) fn resize_old_after_full(&mut self, previous_top: usize) {
        let used = self.old.used();
        let young = self.eden.end - self.eden.start + self.survivors[0].end - self.survivors[0].start;
        let initial = self.config.initial_bytes.saturating_sub(young);
        let want = (used + used / 3 * 2).max(initial).next_multiple_of(COMMIT_GRANULE).min(self.old.end - self.old.start);
        let keep = self.old.start + want.max(used);
        // Up to the known-zero boundary at least, so that the released pages count as zero again.
        let high = previous_top.max(self.old.start + self.old_committed).max(self.old.clean);
        let high = high.next_multiple_of(PAGE).min(self.reserve_end);
        if let Some((released, _)) = self.memory.release(keep, high) {
            self.old.clean = released;
        }
        self.old_committed = want;
    }

    /// Fills `[start, end)` with [`POISON`] in verify mode (below the space's top, so below its `clean`).
    pub(crate) fn poison(&self, start: usize, end: usize) {
        if self.config.verify && end > start {
            memory::fill(start, end - start, POISON);
        }
    }
}

/// Eden's starting limit when it adapts: eden's share of a young generation a third of the initial heap size
/// (HotSpot's `NewSize` from `-Xms`), at least [`MIN_INITIAL_EDEN`], at most the reservation `eden_bytes`.
fn initial_eden(config: &HeapConfig, eden_bytes: usize) -> usize {
    let ratio = config.survivor_ratio.max(1);
    let young = config.initial_bytes / 3;
    (young / (ratio + 2) * ratio / PAGE * PAGE).clamp(MIN_INITIAL_EDEN.min(eden_bytes), eden_bytes)
}
