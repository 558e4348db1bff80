//! The heap: bump allocation in chunks, bounded by a maximum size.
//!
//! Today's policy is epsilon (never collect): memory is handed out from the current chunk until it is full,
//! then from a new one, until the configured maximum is reached, at which point allocation fails with
//! [`OutOfMemory`] and the runtime throws `OutOfMemoryError`. Objects larger than a chunk get a block of their own.

use std::ptr::NonNull;

use thiserror::Error;

use crate::memory::{ALIGN, Block};

/// How big the heap may grow.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct HeapConfig {
    /// The most memory the heap hands out, in bytes (`-Xmx`).
    pub max_bytes: usize,
    /// Size of each allocation chunk.
    pub chunk_bytes: usize,
}

impl Default for HeapConfig {
    fn default() -> Self {
        // HotSpot's default maximum is a quarter of physical memory; a fixed 1 GiB keeps runs reproducible.
        Self { max_bytes: 1 << 30, chunk_bytes: 1 << 20 }
    }
}

/// Allocation failed: the heap is at its maximum.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Error)]
#[error("Java heap space: {requested} bytes requested, {used} of {max} bytes in use")]
pub struct OutOfMemory {
    /// The size asked for.
    pub requested: usize,
    /// Bytes in use at the time.
    pub used: usize,
    /// The maximum.
    pub max: usize,
}

/// Counters for `--stats` and `Runtime.totalMemory()`-style questions.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct HeapStats {
    /// Bytes handed out to objects.
    pub allocated_bytes: usize,
    /// Objects allocated.
    pub allocated_objects: u64,
    /// Bytes reserved from the system (chunks and large blocks).
    pub reserved_bytes: usize,
}

/// The heap of one VM.
#[derive(Debug)]
pub struct Heap {
    config: HeapConfig,
    blocks: Vec<Block>,
    /// Offset of the next free byte in the last chunk (`blocks[current]`), if there is a current chunk.
    cursor: usize,
    current: Option<usize>,
    stats: HeapStats,
}

impl Heap {
    /// An empty heap.
    pub fn new(config: HeapConfig) -> Self {
        Self { config, blocks: Vec::new(), cursor: 0, current: None, stats: HeapStats::default() }
    }

    /// The configuration.
    pub fn config(&self) -> HeapConfig {
        self.config
    }

    /// Changes the maximum (the VM raises it briefly to construct an `OutOfMemoryError`).
    pub fn set_max_bytes(&mut self, max_bytes: usize) {
        self.config.max_bytes = max_bytes;
    }

    /// Counters so far.
    pub fn stats(&self) -> HeapStats {
        self.stats
    }

    /// `size` bytes of zeroed memory aligned to 8, or [`OutOfMemory`] once the maximum would be passed.
    pub fn alloc(&mut self, size: usize) -> Result<NonNull<u8>, OutOfMemory> {
        let oom = |heap: &Self| OutOfMemory { requested: size, used: heap.stats.allocated_bytes, max: heap.config.max_bytes };
        let size = size.max(ALIGN).checked_next_multiple_of(ALIGN).ok_or_else(|| oom(self))?;
        if size > self.config.max_bytes.saturating_sub(self.stats.allocated_bytes) {
            return Err(oom(self));
        }
        let addr = if size > self.config.chunk_bytes / 4 {
            // Large objects get their own block so they do not waste the tail of a chunk.
            let block = Block::new(size).ok_or_else(|| oom(self))?;
            let addr = block.start();
            self.stats.reserved_bytes += block.size();
            self.blocks.push(block);
            addr
        } else {
            match self.current {
                Some(i) if self.blocks[i].size() - self.cursor >= size => {}
                _ => {
                    let block = Block::new(self.config.chunk_bytes).ok_or_else(|| oom(self))?;
                    self.stats.reserved_bytes += block.size();
                    self.blocks.push(block);
                    self.current = Some(self.blocks.len() - 1);
                    self.cursor = 0;
                }
            }
            let i = self.current.unwrap_or_default();
            let addr = self.blocks[i].at(self.cursor);
            self.cursor += size;
            addr
        };
        self.stats.allocated_bytes += size;
        self.stats.allocated_objects += 1;
        Ok(addr)
    }

    /// Whether `addr` points into memory this heap handed out (for assertions and the heap verifier).
    pub fn contains(&self, addr: *const u8) -> bool {
        self.blocks.iter().any(|b| b.contains(addr))
    }

    /// The write barrier for stores into this heap.
    pub fn barrier(&self) -> crate::WriteBarrier {
        crate::WriteBarrier
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn allocations_are_zeroed_aligned_and_distinct() {
        let mut heap = Heap::new(HeapConfig { max_bytes: 1 << 20, chunk_bytes: 4096 });
        let a = heap.alloc(24).unwrap();
        let b = heap.alloc(3).unwrap();
        assert_eq!(a.as_ptr() as usize % 8, 0);
        assert_eq!(b.as_ptr() as usize - a.as_ptr() as usize, 24);
        assert!(heap.contains(b.as_ptr()));
        let big = heap.alloc(10_000).unwrap();
        assert!(heap.contains(big.as_ptr()));
        assert_eq!(heap.stats().allocated_bytes, 24 + 8 + 10_000);
    }

    #[test]
    fn the_maximum_is_enforced() {
        let mut heap = Heap::new(HeapConfig { max_bytes: 4096, chunk_bytes: 1024 });
        for _ in 0..4 {
            heap.alloc(1024).unwrap();
        }
        let err = heap.alloc(8).unwrap_err();
        assert_eq!(err.used, 4096);
        assert!(heap.alloc(usize::MAX).is_err());
    }
}
