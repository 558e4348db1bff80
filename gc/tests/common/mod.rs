//! A synthetic object model for testing the collector without a JVM: the class word (offset 8) encodes the
//! object's size, its number of references and flags; each object carries a unique id after its references.
//!
//! Layout: `[mark][class][referent, if WEAK or SOFT][refs x n][id][payload x extra]`.

#![allow(dead_code, reason = "each test binary uses part of the harness")]

use std::ptr::NonNull;

use gc::{CollectKind, GcCause, GcEvent, Heap, HeapConfig, ObjectLayout, RefSlots, RefStrength, RootSet};

/// Flag: a `WeakReference`-like object (referent at offset 16).
pub const WEAK: u64 = 1;
/// Flag: a `SoftReference`-like object (referent at offset 16).
pub const SOFT: u64 = 2;
/// Flag: an array of references (`Elements` from offset 16).
pub const ARRAY: u64 = 4;

static OFFSETS: [u32; 64] = {
    let mut a = [0u32; 64];
    let mut i = 0;
    while i < 64 {
        a[i] = 16 + 8 * i as u32;
        i += 1;
    }
    a
};

/// Reads the word at `addr`.
pub fn rd(addr: usize) -> u64 {
    // SAFETY: the tests pass only addresses of words inside objects the heap handed out and has not freed.
    unsafe { (addr as *const u64).read() }
}

/// Writes the word at `addr`.
pub fn wr(addr: usize, value: u64) {
    // SAFETY: as for `rd`.
    unsafe { (addr as *mut u64).write(value) }
}

/// The synthetic layout.
pub struct Layout;

fn class(obj: usize) -> u64 {
    rd(obj + 8)
}

fn nrefs(c: u64) -> usize {
    ((c >> 8) & 0xFF_FFFF) as usize
}

fn has_referent(c: u64) -> bool {
    c & (WEAK | SOFT) != 0
}

impl ObjectLayout for Layout {
    fn size_of(&self, obj: *const u8) -> usize {
        (class(obj as usize) >> 32) as usize * 8
    }

    fn ref_slots(&self, obj: *const u8) -> RefSlots<'_> {
        let c = class(obj as usize);
        let n = nrefs(c);
        if c & ARRAY != 0 {
            RefSlots::Elements { first: 16, count: n }
        } else if n == 0 {
            RefSlots::None
        } else {
            let skip = usize::from(has_referent(c));
            RefSlots::Fields(&OFFSETS[skip..skip + n])
        }
    }

    fn weak_referent(&self, obj: *const u8) -> Option<(*mut u64, RefStrength)> {
        let c = class(obj as usize);
        let strength = if c & WEAK != 0 {
            RefStrength::Weak
        } else if c & SOFT != 0 {
            RefStrength::Soft
        } else {
            return None;
        };
        Some(((obj as usize + 16) as *mut u64, strength))
    }
}

/// Root slots in a vector.
pub struct Roots<'a>(pub &'a mut [u64]);

impl RootSet for Roots<'_> {
    fn visit_roots(&mut self, visit: &mut dyn FnMut(*mut u64)) {
        for slot in self.0.iter_mut() {
            visit(slot as *mut u64);
        }
    }
}

/// A tiny mutator: a heap, root slots, one allocation buffer and the events seen.
pub struct Vm {
    pub heap: Heap,
    pub roots: Vec<u64>,
    tlab: (usize, usize),
    pub events: Vec<GcEvent>,
    next_id: u64,
    /// Allocation-buffer size asked for.
    pub tlab_bytes: usize,
}

impl Vm {
    pub fn new(config: HeapConfig, roots: usize) -> Self {
        Self {
            heap: Heap::new(config).expect("heap"),
            roots: vec![0; roots],
            tlab: (0, 0),
            events: Vec::new(),
            next_id: 1,
            tlab_bytes: 32 << 10,
        }
    }

    /// Retires the allocation buffer (before a collection or a verification).
    pub fn retire(&mut self) {
        if let (Some(cursor), Some(end)) = (NonNull::new(self.tlab.0 as *mut u8), NonNull::new(self.tlab.1 as *mut u8)) {
            self.heap.retire_tlab(cursor, end);
        }
        self.tlab = (0, 0);
    }

    pub fn collect(&mut self, kind: CollectKind, cause: GcCause) -> GcEvent {
        self.retire();
        let event = self.heap.collect(kind, cause, &Layout, &mut Roots(&mut self.roots));
        self.events.push(event.clone());
        event
    }

    pub fn verify(&mut self) {
        self.retire();
        if let Err(e) = self.heap.verify(&Layout, &mut Roots(&mut self.roots)) {
            panic!("heap corrupt: {e}");
        }
    }

    fn try_alloc(&mut self, size: usize) -> Option<usize> {
        if self.heap.is_large(size) {
            return self.heap.alloc_large(size).map(|p| p.as_ptr() as usize);
        }
        if self.tlab.1 - self.tlab.0 >= size {
            let at = self.tlab.0;
            self.tlab.0 += size;
            return Some(at);
        }
        self.retire();
        let (p, n) = self.heap.alloc_tlab(size, self.tlab_bytes)?;
        let at = p.as_ptr() as usize;
        self.tlab = (at + size, at + n);
        Some(at)
    }

    /// `size` bytes, collecting (auto, then last-ditch full) when needed; `None` is out of memory.
    pub fn alloc(&mut self, size: usize) -> Option<usize> {
        if let Some(p) = self.try_alloc(size) {
            return Some(p);
        }
        let kind = if self.heap.is_large(size) { CollectKind::Full } else { CollectKind::Auto };
        self.collect(kind, GcCause::AllocationFailure);
        if let Some(p) = self.try_alloc(size) {
            return Some(p);
        }
        self.collect(CollectKind::Full, GcCause::LastDitch);
        self.try_alloc(size)
    }

    /// A new object with `n` references (null), `flags` and `extra` payload words.
    pub fn new_obj(&mut self, n: usize, flags: u64, extra: usize) -> Option<usize> {
        let referent = usize::from(flags & (WEAK | SOFT) != 0);
        let words = 2 + referent + n + 1 + extra;
        let obj = self.alloc(words * 8)?;
        wr(obj + 8, ((words as u64) << 32) | ((n as u64) << 8) | flags);
        wr(obj + 16 + 8 * (referent + n), self.next_id);
        self.next_id += 1;
        Some(obj)
    }

    pub fn id(obj: usize) -> u64 {
        let c = class(obj);
        rd(obj + 16 + 8 * (usize::from(has_referent(c)) + nrefs(c)))
    }

    pub fn nrefs(obj: usize) -> usize {
        nrefs(class(obj))
    }

    pub fn slot(obj: usize, i: usize) -> usize {
        obj + 16 + 8 * (usize::from(has_referent(class(obj))) + i)
    }

    pub fn get(obj: usize, i: usize) -> u64 {
        rd(Self::slot(obj, i))
    }

    /// Stores with the write barrier.
    pub fn set(&self, obj: usize, i: usize, value: u64) {
        let slot = Self::slot(obj, i);
        wr(slot, value);
        self.heap.barrier().post_write(slot as *const u8);
    }

    pub fn referent(obj: usize) -> u64 {
        rd(obj + 16)
    }

    pub fn set_referent(&self, obj: usize, value: u64) {
        wr(obj + 16, value);
        self.heap.barrier().post_write((obj + 16) as *const u8);
    }
}

/// A small xorshift generator (repeatable runs).
pub struct Rng(pub u64);

impl Rng {
    pub fn next(&mut self) -> u64 {
        let mut x = self.0;
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        self.0 = x;
        x
    }

    pub fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
}

/// A heap configuration for tests: `max` and `young` bytes, verification on.
pub fn config(max: usize, young: usize) -> HeapConfig {
    HeapConfig { max_bytes: max, initial_bytes: max / 4, young_bytes: Some(young), verify: true, ..HeapConfig::default() }
}
