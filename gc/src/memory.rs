//! Raw memory for the heap: zeroed, aligned blocks obtained from the global allocator and freed on drop.
//!
//! This is the only module of `gc` with `unsafe` code.

use std::alloc::{Layout, alloc_zeroed, dealloc};
use std::ptr::NonNull;

/// Alignment of every block, and so of every object: 8 bytes, the size of a slot.
pub const ALIGN: usize = 8;

/// A zeroed block of memory owned by the heap.
#[derive(Debug)]
pub struct Block {
    start: NonNull<u8>,
    layout: Layout,
}

// SAFETY: a `Block` is plain owned memory with no thread affinity; whoever holds the heap decides who touches it.
unsafe impl Send for Block {}
// SAFETY: `Block` exposes only its address and size through `&self`; reads and writes of the memory itself are
// the callers' business and are synchronised by the runtime, never by the block.
unsafe impl Sync for Block {}

impl Block {
    /// A new zeroed block of `size` bytes (rounded up to [`ALIGN`]), or `None` if the allocator refuses.
    pub fn new(size: usize) -> Option<Self> {
        let size = size.max(ALIGN).checked_next_multiple_of(ALIGN)?;
        let layout = Layout::from_size_align(size, ALIGN).ok()?;
        // SAFETY: `layout` has a non-zero size (at least `ALIGN`).
        let start = NonNull::new(unsafe { alloc_zeroed(layout) })?;
        Some(Self { start, layout })
    }

    /// The first byte.
    pub fn start(&self) -> NonNull<u8> {
        self.start
    }

    /// The size in bytes.
    pub fn size(&self) -> usize {
        self.layout.size()
    }

    /// The address `offset` bytes in; `offset` must not exceed the block's size.
    pub fn at(&self, offset: usize) -> NonNull<u8> {
        assert!(offset <= self.size(), "offset {offset} past a block of {} bytes", self.size());
        // SAFETY: `offset` is within the block (or one past its end), so the result stays inside the allocation.
        unsafe { self.start.add(offset) }
    }

    /// Whether `addr` lies inside the block.
    pub fn contains(&self, addr: *const u8) -> bool {
        let start = self.start.as_ptr() as usize;
        (start..start + self.size()).contains(&(addr as usize))
    }
}

impl Drop for Block {
    fn drop(&mut self) {
        // SAFETY: `start` came from `alloc_zeroed` with this very layout and is freed only here, once.
        unsafe { dealloc(self.start.as_ptr(), self.layout) }
    }
}
