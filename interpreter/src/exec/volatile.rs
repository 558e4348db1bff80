//! Volatile fields (JLS 17.4): the quick forms the slow `getfield`/`putfield`/`putstatic` of a volatile field
//! rewrite themselves into. A volatile read is followed by an acquire fence, a volatile write is preceded by
//! a release fence and followed by a full fence (on x86-64 the one instruction that costs anything: the
//! StoreLoad barrier). Accesses are single aligned loads and stores, so a volatile `long` or `double` is
//! never torn. Plain field accesses stay as they were; `getstatic` always loads with acquire ordering,
//! which on x86-64 is a plain load.

use std::sync::atomic::{AtomicU64, Ordering, fence};

use rt::object::ObjRef;

use crate::quick::op;

/// Whether a value of the plain quick form `plain` takes two slots.
#[inline(always)]
pub(super) fn is_wide(plain: u8) -> bool {
    matches!(plain, op::GETFIELD_I64 | op::PUTFIELD_I64)
}

/// Reads the field at `offset` as the plain quick `getfield` form `plain` would, with volatile ordering.
#[inline(always)]
pub(super) fn get(obj: ObjRef, plain: u8, offset: usize) -> u64 {
    let value = match plain {
        op::GETFIELD_I32 => u64::from(obj.read::<u32>(offset)),
        op::GETFIELD_I64 | op::GETFIELD_REF => obj.read::<u64>(offset),
        op::GETFIELD_I8 => u64::from(i32::from(obj.read::<i8>(offset)) as u32),
        op::GETFIELD_U16 => u64::from(obj.read::<u16>(offset)),
        _ => u64::from(i32::from(obj.read::<i16>(offset)) as u32),
    };
    fence(Ordering::Acquire);
    value
}

/// Writes `value` (slot form) to the field at `offset` as the plain quick `putfield` form `plain` would,
/// with volatile ordering. The caller applies the write barrier to reference stores.
#[inline(always)]
pub(super) fn put(obj: ObjRef, plain: u8, offset: usize, value: u64) {
    fence(Ordering::Release);
    match plain {
        op::PUTFIELD_I32 => obj.write::<u32>(offset, value as u32),
        op::PUTFIELD_I64 | op::PUTFIELD_REF => obj.write::<u64>(offset, value),
        op::PUTFIELD_I8 => obj.write::<i8>(offset, value as i8),
        op::PUTFIELD_BOOL => obj.write::<i8>(offset, (value & 1) as i8),
        _ => obj.write::<i16>(offset, value as i16),
    }
    fence(Ordering::SeqCst);
}

/// Stores a volatile static field's value into its slot.
#[inline(always)]
pub(super) fn put_static(slot: &AtomicU64, value: u64) {
    slot.store(value, Ordering::SeqCst);
}

/// Operand `a` of `PUTSTATIC_VOL`: the narrowing code, with this bit set for a two-slot value.
pub(super) const WIDE_STATIC: u8 = 0x80;
