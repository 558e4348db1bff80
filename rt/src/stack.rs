//! A thread's interpreter stack: one block of slots holding the locals and operand stacks of its interpreter
//! frames.
//!
//! It is a raw allocation reached only through its base pointer, never through a Rust reference to the whole
//! block, so that the interpreter can keep a copy of the base pointer in a register across calls that take the
//! thread mutably (allocation, resolution, throwing) without those calls invalidating it. The block never
//! moves or changes size while the thread lives.

use std::ptr::NonNull;

/// The slots of one thread's interpreter frames.
#[derive(Debug)]
pub struct StackSlab {
    base: NonNull<u64>,
    len: usize,
}

// SAFETY: the slab is owned by one `JavaThread`; it moves between OS threads only with it.
unsafe impl Send for StackSlab {}

impl StackSlab {
    /// A zeroed slab of `len` slots.
    pub fn new(len: usize) -> Self {
        let boxed: Box<[u64]> = vec![0; len.max(1)].into_boxed_slice();
        let len = boxed.len();
        let base = NonNull::new(Box::into_raw(boxed).cast::<u64>()).expect("a box is non-null");
        Self { base, len }
    }

    /// Number of slots.
    pub fn len(&self) -> usize {
        self.len
    }

    /// Whether the slab is empty (never: it has at least one slot).
    pub fn is_empty(&self) -> bool {
        self.len == 0
    }

    /// The first slot. Whoever indexes from it must stay below [`len`](Self::len).
    pub fn base(&self) -> *mut u64 {
        self.base.as_ptr()
    }

    /// Slot `i`, bounds-checked (for stack walkers and diagnostics; the interpreter indexes from `base`).
    pub fn get(&self, i: usize) -> Option<u64> {
        // SAFETY: `i` is checked against the allocation's length.
        (i < self.len).then(|| unsafe { self.base.as_ptr().add(i).read() })
    }

    /// Sets slot `i`, bounds-checked.
    pub fn set(&mut self, i: usize, value: u64) -> bool {
        if i >= self.len {
            return false;
        }
        // SAFETY: `i` is checked against the allocation's length.
        unsafe { self.base.as_ptr().add(i).write(value) };
        true
    }
}

impl Drop for StackSlab {
    fn drop(&mut self) {
        let slice = std::ptr::slice_from_raw_parts_mut(self.base.as_ptr(), self.len);
        // SAFETY: `base`/`len` came from `Box::into_raw` of a boxed slice of exactly this length, freed only here.
        drop(unsafe { Box::from_raw(slice) });
    }
}
