//! The object layout, defined once, and raw access to objects in the heap.
//!
//! Every object starts with a two-word header: a mark word (identity hash, lock state, GC age and, during a
//! copy, the forwarding address) and a class word pointing at the VM's [`Class`](crate::class::Class). Arrays add
//! a 32-bit length; their elements start at [`ARRAY_BASE_OFFSET`] so that 8-byte elements are aligned. Instance
//! fields follow the header at offsets the linker assigns. Both tiers read these constants; nothing else
//! hard-codes an offset.
//!
//! This module is where `rt` touches heap memory: [`ObjRef`] is a pointer to an object header, and its
//! accessors read and write at byte offsets. The safety argument is the same for all of them: an `ObjRef` only
//! ever comes from the allocator or from a reference slot the VM wrote, the heap outlives every `ObjRef` of its
//! VM, and the offset given is one the linker laid out for the object's class (or an array index the caller has
//! bounds-checked against [`ObjRef::array_length`]). The verifier guarantees that bytecode never applies a field
//! offset to an object of another class.

use std::ptr::NonNull;
use std::sync::atomic::{AtomicI32, AtomicU64, Ordering};

use crate::class::{Class, ClassRef};

/// Offset of the mark word.
pub const MARK_OFFSET: usize = 0;
/// Offset of the class word.
pub const CLASS_OFFSET: usize = 8;
/// Size of an object header; the first instance field's lowest possible offset.
pub const HEADER_SIZE: usize = 16;
/// Offset of an array's `i32` length.
pub const ARRAY_LENGTH_OFFSET: usize = 16;
/// Offset of an array's element 0, whatever the element size.
pub const ARRAY_BASE_OFFSET: usize = 24;
/// The largest array length Cortado allocates; beyond it is `OutOfMemoryError: Requested array size exceeds VM
/// limit`, as in HotSpot (whose limit is `Integer.MAX_VALUE - 2` for most element types).
pub const MAX_ARRAY_LENGTH: i32 = i32::MAX - 2;

/// The header as a Rust struct, so that tests can check the offsets above against `offset_of!`.
#[repr(C)]
pub struct Header {
    /// Identity hash (bits 8..39), lock and GC bits.
    pub mark: AtomicU64,
    /// The object's class.
    pub class: *const Class,
}

/// Mark-word layout: the identity hash lives in bits 8..39 (31 bits, never zero once assigned; 0 until
/// then), in every lock state. Compiled code reads it inline (`Object.hashCode`).
pub const HASH_SHIFT: u32 = 8;
/// The identity hash's bits, after the shift.
pub const HASH_MASK: u64 = 0x7FFF_FFFF;

/// A reference to a heap object (never null; nullable references are `Option<ObjRef>` or a zero slot).
#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug)]
#[repr(transparent)]
pub struct ObjRef(NonNull<Header>);

// SAFETY: an `ObjRef` is an address; which thread may touch the object behind it is governed by the Java memory
// model and the runtime's safepoint protocol, not by Rust's ownership.
unsafe impl Send for ObjRef {}
// SAFETY: as for `Send`.
unsafe impl Sync for ObjRef {}

/// Types that live in object fields and array elements, with their sizes.
pub trait Primitive: Copy {
    /// Size in bytes.
    const SIZE: usize;
}
macro_rules! primitive {
    ($($t:ty),*) => { $(impl Primitive for $t { const SIZE: usize = std::mem::size_of::<$t>(); })* };
}
primitive!(i8, u16, i16, i32, u32, i64, f32, f64, u64);

impl ObjRef {
    /// The reference held in a slot (0 is null).
    #[inline(always)]
    pub fn from_slot(slot: u64) -> Option<ObjRef> {
        NonNull::new(slot as usize as *mut Header).map(ObjRef)
    }

    /// Wraps freshly allocated memory. The caller has just allocated it and is about to write its header.
    #[inline(always)]
    pub fn from_raw(ptr: NonNull<u8>) -> ObjRef {
        ObjRef(ptr.cast())
    }

    /// The slot form of this reference.
    #[inline(always)]
    pub fn to_slot(self) -> u64 {
        self.0.as_ptr() as usize as u64
    }

    /// The address of the header.
    #[inline(always)]
    pub fn addr(self) -> *mut u8 {
        self.0.as_ptr().cast()
    }

    /// The object's class.
    #[inline(always)]
    pub fn class(self) -> ClassRef {
        // SAFETY: every object's class word is written at allocation, before the reference escapes, and classes
        // outlive the objects of their VM.
        unsafe { ClassRef::from_ptr((*self.0.as_ptr()).class) }
    }

    /// Writes a new object's header. Only the allocator calls this, on memory it has just zeroed.
    #[inline(always)]
    pub fn init_header(self, class: ClassRef) {
        // SAFETY: the memory is a fresh allocation of at least `HEADER_SIZE` bytes, owned by the caller.
        unsafe {
            (*self.0.as_ptr()).class = class.as_ptr();
        }
    }

    /// The mark word, for atomic operations by the caller (the identity hash here, the lock state in
    /// [`crate::monitor`]): every change is a compare-and-swap that keeps the bits it does not own.
    #[inline(always)]
    pub(crate) fn mark<'a>(self) -> &'a AtomicU64 {
        // SAFETY: the header is valid while the object lives; callers use the borrow for one operation.
        unsafe { &(*self.0.as_ptr()).mark }
    }

    /// The identity hash code, assigned on first request from `next` (a per-VM generator), never zero.
    pub fn identity_hash(self, next: impl FnOnce() -> u32) -> i32 {
        let mark = self.mark();
        let current = (mark.load(Ordering::Relaxed) >> HASH_SHIFT) & HASH_MASK;
        if current != 0 {
            return current as i32;
        }
        let fresh = u64::from(next()) & HASH_MASK;
        let fresh = if fresh == 0 { 1 } else { fresh };
        let mut old = mark.load(Ordering::Relaxed);
        loop {
            let existing = (old >> HASH_SHIFT) & HASH_MASK;
            if existing != 0 {
                return existing as i32;
            }
            let new = old | (fresh << HASH_SHIFT);
            match mark.compare_exchange_weak(old, new, Ordering::Relaxed, Ordering::Relaxed) {
                Ok(_) => return fresh as i32,
                Err(seen) => old = seen,
            }
        }
    }

    /// Reads a primitive at `offset`.
    #[inline(always)]
    pub fn read<T: Primitive>(self, offset: usize) -> T {
        debug_assert!(offset >= HEADER_SIZE);
        // SAFETY: see the module doc: `offset` lies within the object, laid out for a `T`.
        unsafe { self.addr().add(offset).cast::<T>().read_unaligned() }
    }

    /// Writes a primitive at `offset`.
    #[inline(always)]
    pub fn write<T: Primitive>(self, offset: usize, value: T) {
        debug_assert!(offset >= HEADER_SIZE);
        // SAFETY: see the module doc.
        unsafe { self.addr().add(offset).cast::<T>().write_unaligned(value) }
    }

    /// The 4-byte field or array element at `offset` as an atomic, for compare-and-swap and volatile access;
    /// `None` unless `offset` is past the header and 4-aligned. The caller has checked that the slot lies
    /// within the object (see the module doc).
    #[inline(always)]
    pub fn atomic_i32<'a>(self, offset: usize) -> Option<&'a AtomicI32> {
        if offset < HEADER_SIZE || !offset.is_multiple_of(4) {
            return None;
        }
        // SAFETY: see the module doc; objects are 8-aligned, so the slot is aligned for an `AtomicI32`, and
        // every access to heap memory that can race with this one is atomic or a plain access of the same
        // size, as the Java memory model allows.
        Some(unsafe { &*self.addr().add(offset).cast::<AtomicI32>() })
    }

    /// The 8-byte field or array element at `offset` as an atomic (a `long`, `double` or reference slot);
    /// `None` unless `offset` is past the header and 8-aligned. As for [`atomic_i32`](Self::atomic_i32).
    #[inline(always)]
    pub fn atomic_u64<'a>(self, offset: usize) -> Option<&'a AtomicU64> {
        if offset < HEADER_SIZE || !offset.is_multiple_of(8) {
            return None;
        }
        // SAFETY: as for `atomic_i32`, with 8-byte alignment checked.
        Some(unsafe { &*self.addr().add(offset).cast::<AtomicU64>() })
    }

    /// Reads a reference field at `offset`.
    #[inline(always)]
    pub fn read_ref(self, offset: usize) -> Option<ObjRef> {
        ObjRef::from_slot(self.read::<u64>(offset))
    }

    /// The address of the field at `offset`, for the write barrier.
    #[inline(always)]
    pub fn field_addr(self, offset: usize) -> *const u8 {
        self.addr().wrapping_add(offset)
    }

    /// An array's length.
    #[inline(always)]
    pub fn array_length(self) -> i32 {
        // SAFETY: callers only ask arrays, whose length word is part of their allocation.
        unsafe { self.addr().add(ARRAY_LENGTH_OFFSET).cast::<i32>().read() }
    }

    /// Sets an array's length; only the allocator calls this.
    #[inline(always)]
    pub fn init_array_length(self, length: i32) {
        // SAFETY: the allocator has just allocated an array of `length` elements.
        unsafe { self.addr().add(ARRAY_LENGTH_OFFSET).cast::<i32>().write(length) }
    }

    /// The offset of array element `index` for elements of `size` bytes.
    #[inline(always)]
    pub fn element_offset(index: usize, size: usize) -> usize {
        ARRAY_BASE_OFFSET + index * size
    }

    /// Element `index` of a primitive array, which the caller has bounds-checked.
    #[inline(always)]
    pub fn array_get<T: Primitive>(self, index: usize) -> T {
        debug_assert!(index < self.array_length() as usize);
        self.read(Self::element_offset(index, T::SIZE))
    }

    /// Sets element `index` of a primitive array, which the caller has bounds-checked.
    #[inline(always)]
    pub fn array_set<T: Primitive>(self, index: usize, value: T) {
        debug_assert!(index < self.array_length() as usize);
        self.write(Self::element_offset(index, T::SIZE), value)
    }

    /// The elements of a `char[]` as a slice (for string operations in natives). The caller must not hold the
    /// slice across anything that can allocate, since a moving collector may move the array.
    pub fn char_array<'a>(self) -> &'a [u16] {
        let len = self.array_length() as usize;
        // SAFETY: a char[] of `len` elements starts at ARRAY_BASE_OFFSET (8-aligned, so aligned for u16); the
        // borrow is documented as not surviving an allocation.
        unsafe { std::slice::from_raw_parts(self.addr().add(ARRAY_BASE_OFFSET).cast::<u16>(), len) }
    }

    /// The elements of a `byte[]`, with the same caveat as [`char_array`](Self::char_array).
    pub fn byte_array<'a>(self) -> &'a [i8] {
        let len = self.array_length() as usize;
        // SAFETY: as for `char_array`.
        unsafe { std::slice::from_raw_parts(self.addr().add(ARRAY_BASE_OFFSET).cast::<i8>(), len) }
    }

    /// Copies `count` elements of `size` bytes between arrays (or within one), as `System.arraycopy` does:
    /// correct for overlapping ranges. The caller has checked types and bounds.
    pub fn copy_elements(src: ObjRef, src_pos: usize, dst: ObjRef, dst_pos: usize, count: usize, size: usize) {
        // SAFETY: both ranges were bounds-checked against the arrays' lengths; `copy` handles overlap.
        unsafe {
            std::ptr::copy(
                src.addr().add(Self::element_offset(src_pos, size)),
                dst.addr().add(Self::element_offset(dst_pos, size)),
                count * size,
            )
        }
    }

    /// Copies an object's body (everything after the header) into a fresh object of the same size, for
    /// `Object.clone`.
    pub fn copy_body(src: ObjRef, dst: ObjRef, size: usize) {
        // SAFETY: both objects are `size` bytes long and distinct (`dst` was just allocated).
        unsafe { std::ptr::copy_nonoverlapping(src.addr().add(HEADER_SIZE), dst.addr().add(HEADER_SIZE), size - HEADER_SIZE) }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn layout_constants_match_the_header_struct() {
        assert_eq!(std::mem::offset_of!(Header, mark), MARK_OFFSET);
        assert_eq!(std::mem::offset_of!(Header, class), CLASS_OFFSET);
        assert_eq!(std::mem::size_of::<Header>(), HEADER_SIZE);
        const { assert!(ARRAY_BASE_OFFSET >= ARRAY_LENGTH_OFFSET + 4 && ARRAY_BASE_OFFSET.is_multiple_of(8)) };
    }
}
