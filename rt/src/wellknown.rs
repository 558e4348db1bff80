//! The classes and field offsets the VM itself uses (to make strings, mirrors and exceptions), looked up once
//! when the runtime boots.

use std::sync::OnceLock;

use crate::class::{ClassRef, ValueKind};

/// Classes and offsets the runtime needs directly.
#[derive(Debug)]
pub struct WellKnown {
    /// `java/lang/Object`.
    pub object: ClassRef,
    /// `java/lang/Class`.
    pub class: ClassRef,
    /// `java/lang/String`.
    pub string: ClassRef,
    /// `java/lang/Throwable`.
    pub throwable: ClassRef,
    /// `[C`, the class of a string's value.
    pub char_array: ClassRef,
    /// Offset of `String.value` (a `char[]`).
    pub string_value: u32,
    /// Offset of `String.hash`.
    pub string_hash: u32,
    /// Offset of `Class.vmClass` (a `long` holding the VM's class pointer).
    pub class_vm_class: u32,
    /// Offset of `Throwable.backtrace`.
    pub throwable_backtrace: u32,
    /// Primitive classes, indexed by [`primitive_index`].
    pub primitives: [ClassRef; 9],
    /// Offset of `Thread.tid` (the registry's name for a thread), found on first use: `java.lang.Thread` need
    /// not be loaded when the runtime boots. `None` if the class or field is missing.
    pub thread_tid: OnceLock<Option<u32>>,
}

/// The index of a primitive kind in [`WellKnown::primitives`].
pub fn primitive_index(kind: ValueKind) -> usize {
    match kind {
        ValueKind::Boolean => 0,
        ValueKind::Byte => 1,
        ValueKind::Char => 2,
        ValueKind::Short => 3,
        ValueKind::Int => 4,
        ValueKind::Float => 5,
        ValueKind::Long => 6,
        ValueKind::Double => 7,
        ValueKind::Void | ValueKind::Reference => 8,
    }
}

/// Primitive kinds in [`primitive_index`] order (`Reference` stands for `void` at index 8).
pub const PRIMITIVE_KINDS: [ValueKind; 9] = [
    ValueKind::Boolean,
    ValueKind::Byte,
    ValueKind::Char,
    ValueKind::Short,
    ValueKind::Int,
    ValueKind::Float,
    ValueKind::Long,
    ValueKind::Double,
    ValueKind::Void,
];

impl WellKnown {
    /// The primitive class of a kind.
    pub fn primitive(&self, kind: ValueKind) -> ClassRef {
        self.primitives[primitive_index(kind)]
    }
}
