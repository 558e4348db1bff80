//! The write barrier: the one routine every reference store into the heap goes through.
//!
//! It is a small `Copy` value that holds what the fast path needs (from the generational collector on, the
//! card table's base), so callers keep it next to their other hot state and never take a lock for it. The
//! epsilon heap has no old-to-young pointers to remember, so today the post-write step records nothing.

/// The write barrier of one heap.
#[derive(Debug, Clone, Copy, Default)]
pub struct WriteBarrier;

impl WriteBarrier {
    /// Called after a reference is stored into the heap at `field`.
    #[inline(always)]
    pub fn post_write(self, field: *const u8) {
        let _ = field;
    }
}
