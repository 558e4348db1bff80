//! The collector's whole view of objects and roots: the two traits the runtime implements.
//!
//! `gc` never knows Java classes. It knows an object as a block that starts with a mark word (offset 0, partly
//! owned by the collector, see [`mark`]) and whose size and reference slots the runtime reports through
//! [`ObjectLayout`]. It finds live objects from the slots the runtime enumerates through [`RootSet`]. A slot is
//! 8 bytes holding an object's address, or 0 for null; the collector rewrites slots when it moves objects.

/// Where an object's strong references are, as the runtime reports them.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RefSlots<'a> {
    /// No references (primitive arrays, objects without reference fields).
    None,
    /// Reference fields at these byte offsets from the object's start.
    Fields(&'a [u32]),
    /// `count` consecutive reference slots starting `first` bytes from the object's start (an array of
    /// references).
    Elements {
        /// Byte offset of the first slot.
        first: usize,
        /// Number of slots.
        count: usize,
    },
}

/// How strongly a `java.lang.ref.Reference` holds its referent.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RefStrength {
    /// `SoftReference`: kept unless a collection is the last attempt before `OutOfMemoryError`.
    Soft,
    /// `WeakReference` (and `PhantomReference`): cleared as soon as the referent is otherwise unreachable.
    Weak,
}

/// The runtime's description of object layout. Every method is given the address of a live object's start.
pub trait ObjectLayout {
    /// The object's size in bytes, a multiple of 8, header included.
    fn size_of(&self, obj: *const u8) -> usize;

    /// The object's strong reference slots. For a `java.lang.ref.Reference` this excludes the referent, which
    /// [`weak_referent`](Self::weak_referent) reports instead.
    fn ref_slots(&self, obj: *const u8) -> RefSlots<'_>;

    /// For a `java.lang.ref.Reference` object: the address of its referent slot and how strongly it holds it.
    fn weak_referent(&self, obj: *const u8) -> Option<(*mut u64, RefStrength)>;
}

/// Every slot outside the heap that holds a reference: thread stacks, handles, statics, interned strings,
/// mirrors, constant-pool caches, compiled frames.
pub trait RootSet {
    /// Calls `visit` once with the address of each root slot (slots holding 0 may be passed or skipped). No slot
    /// is passed twice in one call: the collector may rewrite a slot when it sees it.
    fn visit_roots(&mut self, visit: &mut dyn FnMut(*mut u64));
}

/// The mark word (offset 0 of every object): which bits belong to whom.
///
/// The runtime owns bits 0-1 (the lock state), bits 8-38 (the identity hash, assigned on first request and
/// copied with the object, so it is stable across moves) and bits 39-63 (the lock's payload: a thin lock's
/// owner and count, or a fat monitor's index). The runtime never sets both low bits outside a collection. The collector owns bits 2-7
/// (mark bit, age) and, during a collection, the whole word of an object it has moved: a forwarded object's
/// mark word is the new address with both low bits set ([`FORWARDED_TAG`](mark::FORWARDED_TAG)). The collector copies an object's
/// mark word with it, so runtime-owned bits survive every move.
pub mod mark {
    /// Bits 0-1: the runtime's lock state (`00`, `01` or `10`; never `11`, the forwarding tag).
    pub const LOCK_MASK: u64 = 0b11;
    /// Low bits of a forwarded object's mark word (the rest is the new address, which is 8-aligned).
    pub const FORWARDED_TAG: u64 = 0b11;
    /// Bits 2-7: the collector's (mark bit, age).
    pub const GC_MASK: u64 = 0xFC;
    /// Bits 8-38: the identity hash.
    pub const HASH_SHIFT: u32 = 8;
    /// Mask of the hash after shifting.
    pub const HASH_MASK: u64 = 0x7FFF_FFFF;
}
