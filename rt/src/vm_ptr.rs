//! [`VmPtr`]: a shared pointer to VM metadata (classes, methods) that lives exactly as long as its VM.
//!
//! Classes and methods are boxed by the VM's class table when loaded and freed only when the VM is dropped;
//! object headers, frames, dispatch tables and compiled code point at them directly. `VmPtr` is that pointer
//! made `Copy`, comparable by address and dereferenceable, with the lifetime argument made once, here.

use std::fmt;
use std::hash::{Hash, Hasher};
use std::ptr::NonNull;

/// A pointer to VM-owned metadata.
#[repr(transparent)]
pub struct VmPtr<T>(NonNull<T>);

impl<T> VmPtr<T> {
    /// Wraps metadata the VM owns (boxed in its class table).
    pub fn new(target: &T) -> Self {
        Self(NonNull::from(target))
    }

    /// Wraps a raw pointer read back from an object header or compiled code.
    ///
    /// # Safety
    /// `ptr` must have come from [`VmPtr::as_ptr`] of a live VM's metadata.
    pub unsafe fn from_ptr(ptr: *const T) -> Self {
        // SAFETY: the caller promises a pointer that came from a `VmPtr`, so it is non-null.
        Self(unsafe { NonNull::new_unchecked(ptr.cast_mut()) })
    }

    /// The raw pointer, for object headers and compiled code.
    pub fn as_ptr(self) -> *const T {
        self.0.as_ptr()
    }

    /// The target, borrowed for as long as `vm` (the VM that owns it) is borrowed. `Deref` can only lend the
    /// target for as long as this `VmPtr` value lives; this lends it for the VM's borrow instead, which is what
    /// the metadata's real lifetime is.
    pub fn get<V>(self, vm: &V) -> &T {
        let _ = vm;
        // SAFETY: as for `Deref`: the target lives as long as its VM, which `vm` keeps borrowed.
        unsafe { self.0.as_ref() }
    }
}

impl<T> Clone for VmPtr<T> {
    fn clone(&self) -> Self {
        *self
    }
}
impl<T> Copy for VmPtr<T> {}

impl<T> PartialEq for VmPtr<T> {
    fn eq(&self, other: &Self) -> bool {
        self.0 == other.0
    }
}
impl<T> Eq for VmPtr<T> {}

impl<T> Hash for VmPtr<T> {
    fn hash<H: Hasher>(&self, state: &mut H) {
        self.0.hash(state)
    }
}

// SAFETY: VM metadata is shared between threads and immutable after publication except through atomics and
// locks of its own.
unsafe impl<T: Sync> Send for VmPtr<T> {}
// SAFETY: as for `Send`.
unsafe impl<T: Sync> Sync for VmPtr<T> {}

impl<T> std::ops::Deref for VmPtr<T> {
    type Target = T;
    fn deref(&self) -> &T {
        // SAFETY: the target is boxed by its VM's class table, never moved or freed before the VM is dropped,
        // and no `VmPtr` outlives its VM: they live only in that VM's objects, frames, tables and code.
        unsafe { self.0.as_ref() }
    }
}

impl<T: fmt::Debug> fmt::Debug for VmPtr<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        (**self).fmt(f)
    }
}
