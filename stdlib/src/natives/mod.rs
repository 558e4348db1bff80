//! The Rust natives of the class library, registered into `rt`'s natives registry by [`registry`].
//!
//! One file per area of `NATIVES.md`. Arguments arrive in slot form (receiver first for instance methods; a
//! `long`/`double` takes two slots, its value in the first); [`Args`] reads them by Java parameter position.

mod atomics;
mod bigint;
mod enclosing;
mod fs;
mod io;
mod lang;
mod locks;
mod math;
mod reflect;
mod reflect_members;
mod system;
mod thread;
mod thread_dump;
mod throwable;

use rt::{JResult, NativeRegistry, ObjRef};

/// Every native of the class library.
pub fn registry() -> NativeRegistry {
    let mut natives = NativeRegistry::new();
    lang::register(&mut natives);
    thread::register(&mut natives);
    thread_dump::register(&mut natives);
    atomics::register(&mut natives);
    locks::register(&mut natives);
    system::register(&mut natives);
    throwable::register(&mut natives);
    math::register(&mut natives);
    bigint::register(&mut natives);
    enclosing::register(&mut natives);
    reflect::register(&mut natives);
    reflect_members::register(&mut natives);
    reflect_members::register_annotations(&mut natives);
    io::register(&mut natives);
    fs::register(&mut natives);
    natives
}

/// A native's arguments, read by slot index.
pub(crate) struct Args<'a>(pub(crate) &'a [u64]);

impl Args<'_> {
    fn slot(&self, i: usize) -> u64 {
        self.0.get(i).copied().unwrap_or_default()
    }
    /// The reference in slot `i` (`None` for null).
    pub(crate) fn obj(&self, i: usize) -> Option<ObjRef> {
        ObjRef::from_slot(self.slot(i))
    }
    /// The int in slot `i`.
    pub(crate) fn int(&self, i: usize) -> i32 {
        self.slot(i) as u32 as i32
    }
    /// The long in slots `i`, `i + 1`.
    pub(crate) fn long(&self, i: usize) -> i64 {
        self.slot(i) as i64
    }
    /// The double in slots `i`, `i + 1`.
    pub(crate) fn double(&self, i: usize) -> f64 {
        f64::from_bits(self.slot(i))
    }
    /// The float in slot `i`.
    pub(crate) fn float(&self, i: usize) -> f32 {
        f32::from_bits(self.slot(i) as u32)
    }
}

/// An int result.
pub(crate) fn int(v: i32) -> JResult<u64> {
    Ok(u64::from(v as u32))
}

/// A boolean result.
pub(crate) fn boolean(v: bool) -> JResult<u64> {
    Ok(u64::from(v))
}

/// A long result.
pub(crate) fn long(v: i64) -> JResult<u64> {
    Ok(v as u64)
}

/// A reference result.
pub(crate) fn reference(v: Option<ObjRef>) -> JResult<u64> {
    Ok(v.map_or(0, ObjRef::to_slot))
}

/// The void result.
pub(crate) fn void() -> JResult<u64> {
    Ok(0)
}
