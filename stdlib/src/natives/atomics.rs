//! Natives of `jdk.internal.misc.Atomics`: hardware compare-and-swap, fetch-and-add, exchange and volatile
//! access on object fields and array elements, named by byte offset (the class library's one way to atomics:
//! `java.util.concurrent.atomic` and the concurrent collections build on it).
//!
//! Every access is sequentially consistent (`SeqCst`: on x86-64 a `lock`-prefixed instruction or a store
//! followed by a fence), so the Java classes above get volatile semantics. An offset is checked before use
//! (inside the object, aligned, and a reference slot exactly when the operation is on references): a library
//! bug then throws `InternalError` instead of corrupting the heap. Reference stores mark their card, as every
//! reference store into the heap must.

use std::sync::atomic::{AtomicI32, AtomicU64, Ordering};

use rt::object::{ARRAY_BASE_OFFSET, ObjRef};
use rt::{JResult, JavaThread, NativeRegistry, Runtime, ValueKind};

use super::{Args, boolean, int, long, reference, void};

const CLASS: &str = "jdk/internal/misc/Atomics";
const SEQ: Ordering = Ordering::SeqCst;

/// Whether the 8-byte slot at `offset` of `obj` holds a reference.
fn is_reference_slot(obj: ObjRef, offset: usize) -> bool {
    let class = obj.class();
    match class.element_kind() {
        Some(kind) => kind == ValueKind::Reference,
        None => {
            let slot = offset & !7;
            class.ref_offsets.iter().any(|&o| o as usize == slot)
                || class.weak_referent.is_some_and(|(o, _)| o as usize == slot)
        }
    }
}

/// The object in slot 0 and the offset in slots 1-2, checked for an access of `size` bytes.
fn target(rt: &Runtime, thread: &mut JavaThread, a: &Args<'_>, size: usize, reference: bool) -> JResult<(ObjRef, usize)> {
    let obj = a.obj(0).ok_or_else(|| rt.throw_null_pointer(thread))?;
    let offset = a.long(1);
    let fits = usize::try_from(offset).is_ok_and(|o| o.checked_add(size).is_some_and(|end| end <= rt::alloc::object_size(obj)));
    if !fits || is_reference_slot(obj, offset as usize) != reference {
        let message = format!("Atomics: bad offset {offset} for a {size}-byte access to a {}", obj.class().java_name());
        return Err(rt.throw_new(thread, "java/lang/InternalError", Some(&message)));
    }
    Ok((obj, offset as usize))
}

fn int_slot<'a>(rt: &Runtime, thread: &mut JavaThread, a: &Args<'_>) -> JResult<&'a AtomicI32> {
    let (obj, offset) = target(rt, thread, a, 4, false)?;
    obj.atomic_i32(offset).ok_or_else(|| rt.throw_new(thread, "java/lang/InternalError", Some("Atomics: misaligned int")))
}

fn long_slot<'a>(rt: &Runtime, thread: &mut JavaThread, a: &Args<'_>, reference: bool) -> JResult<(ObjRef, usize, &'a AtomicU64)> {
    let (obj, offset) = target(rt, thread, a, 8, reference)?;
    match obj.atomic_u64(offset) {
        Some(slot) => Ok((obj, offset, slot)),
        None => Err(rt.throw_new(thread, "java/lang/InternalError", Some("Atomics: misaligned 8-byte slot"))),
    }
}

/// Marks the card of a reference slot just written.
fn barrier(rt: &Runtime, obj: ObjRef, offset: usize) {
    rt.barrier().post_write(obj.field_addr(offset));
}

pub(super) fn register(natives: &mut NativeRegistry) {
    natives.register(CLASS, "objectFieldOffset", "(Ljava/lang/Class;Ljava/lang/String;)J", |rt, thread, a| {
        let a = Args(a);
        let (Some(mirror), Some(name)) = (a.obj(0), a.obj(1)) else {
            return Err(rt.throw_null_pointer(thread));
        };
        let name = rt.string_to_rust(name);
        let mut current = rt.class_of_mirror(mirror);
        while let Some(class) = current {
            if let Some(field) = class.fields.iter().find(|f| *f.name == *name && !f.is_static()) {
                return long(i64::from(field.offset));
            }
            current = class.super_class;
        }
        Err(rt.throw_new(thread, "java/lang/NoSuchFieldError", Some(&name)))
    });
    natives.register(CLASS, "arrayBaseOffset", "(Ljava/lang/Class;)I", |_, _, _| int(ARRAY_BASE_OFFSET as i32));
    natives.register(CLASS, "arrayIndexScale", "(Ljava/lang/Class;)I", |rt, thread, a| {
        let class = Args(a).obj(0).and_then(|m| rt.class_of_mirror(m)).and_then(|c| c.element_kind());
        match class {
            Some(kind) => int(kind.size() as i32),
            None => Err(rt.throw_new(thread, "java/lang/IllegalArgumentException", Some("not an array class"))),
        }
    });

    natives.register(CLASS, "compareAndSetInt", "(Ljava/lang/Object;JII)Z", |rt, thread, a| {
        let a = Args(a);
        let slot = int_slot(rt, thread, &a)?;
        boolean(slot.compare_exchange(a.int(3), a.int(4), SEQ, SEQ).is_ok())
    });
    natives.register(CLASS, "compareAndExchangeInt", "(Ljava/lang/Object;JII)I", |rt, thread, a| {
        let a = Args(a);
        let slot = int_slot(rt, thread, &a)?;
        int(slot.compare_exchange(a.int(3), a.int(4), SEQ, SEQ).unwrap_or_else(|seen| seen))
    });
    natives.register(CLASS, "getAndAddInt", "(Ljava/lang/Object;JI)I", |rt, thread, a| {
        let a = Args(a);
        int(int_slot(rt, thread, &a)?.fetch_add(a.int(3), SEQ))
    });
    natives.register(CLASS, "getAndSetInt", "(Ljava/lang/Object;JI)I", |rt, thread, a| {
        let a = Args(a);
        int(int_slot(rt, thread, &a)?.swap(a.int(3), SEQ))
    });
    natives.register(CLASS, "getIntVolatile", "(Ljava/lang/Object;J)I", |rt, thread, a| {
        int(int_slot(rt, thread, &Args(a))?.load(SEQ))
    });
    natives.register(CLASS, "putIntVolatile", "(Ljava/lang/Object;JI)V", |rt, thread, a| {
        let a = Args(a);
        int_slot(rt, thread, &a)?.store(a.int(3), SEQ);
        void()
    });

    natives.register(CLASS, "compareAndSetLong", "(Ljava/lang/Object;JJJ)Z", |rt, thread, a| {
        let a = Args(a);
        let (_, _, slot) = long_slot(rt, thread, &a, false)?;
        boolean(slot.compare_exchange(a.long(3) as u64, a.long(5) as u64, SEQ, SEQ).is_ok())
    });
    natives.register(CLASS, "compareAndExchangeLong", "(Ljava/lang/Object;JJJ)J", |rt, thread, a| {
        let a = Args(a);
        let (_, _, slot) = long_slot(rt, thread, &a, false)?;
        long(slot.compare_exchange(a.long(3) as u64, a.long(5) as u64, SEQ, SEQ).unwrap_or_else(|seen| seen) as i64)
    });
    natives.register(CLASS, "getAndAddLong", "(Ljava/lang/Object;JJ)J", |rt, thread, a| {
        let a = Args(a);
        let (_, _, slot) = long_slot(rt, thread, &a, false)?;
        long(slot.fetch_add(a.long(3) as u64, SEQ) as i64)
    });
    natives.register(CLASS, "getAndSetLong", "(Ljava/lang/Object;JJ)J", |rt, thread, a| {
        let a = Args(a);
        let (_, _, slot) = long_slot(rt, thread, &a, false)?;
        long(slot.swap(a.long(3) as u64, SEQ) as i64)
    });
    natives.register(CLASS, "getLongVolatile", "(Ljava/lang/Object;J)J", |rt, thread, a| {
        let (_, _, slot) = long_slot(rt, thread, &Args(a), false)?;
        long(slot.load(SEQ) as i64)
    });
    natives.register(CLASS, "putLongVolatile", "(Ljava/lang/Object;JJ)V", |rt, thread, a| {
        let a = Args(a);
        let (_, _, slot) = long_slot(rt, thread, &a, false)?;
        slot.store(a.long(3) as u64, SEQ);
        void()
    });

    const REF_CAS: &str = "(Ljava/lang/Object;JLjava/lang/Object;Ljava/lang/Object;)";
    natives.register(CLASS, "compareAndSetReference", &format!("{REF_CAS}Z"), |rt, thread, a| {
        let a = Args(a);
        let (obj, offset, slot) = long_slot(rt, thread, &a, true)?;
        let swapped = slot.compare_exchange(a.slot(3), a.slot(4), SEQ, SEQ).is_ok();
        if swapped {
            barrier(rt, obj, offset);
        }
        boolean(swapped)
    });
    natives.register(CLASS, "compareAndExchangeReference", &format!("{REF_CAS}Ljava/lang/Object;"), |rt, thread, a| {
        let a = Args(a);
        let (obj, offset, slot) = long_slot(rt, thread, &a, true)?;
        let result = slot.compare_exchange(a.slot(3), a.slot(4), SEQ, SEQ);
        if result.is_ok() {
            barrier(rt, obj, offset);
        }
        reference(ObjRef::from_slot(result.unwrap_or_else(|seen| seen)))
    });
    natives.register(CLASS, "getAndSetReference", "(Ljava/lang/Object;JLjava/lang/Object;)Ljava/lang/Object;", |rt, thread, a| {
        let a = Args(a);
        let (obj, offset, slot) = long_slot(rt, thread, &a, true)?;
        let old = slot.swap(a.slot(3), SEQ);
        barrier(rt, obj, offset);
        reference(ObjRef::from_slot(old))
    });
    natives.register(CLASS, "getReferenceVolatile", "(Ljava/lang/Object;J)Ljava/lang/Object;", |rt, thread, a| {
        let (_, _, slot) = long_slot(rt, thread, &Args(a), true)?;
        reference(ObjRef::from_slot(slot.load(SEQ)))
    });
    natives.register(CLASS, "putReferenceVolatile", "(Ljava/lang/Object;JLjava/lang/Object;)V", |rt, thread, a| {
        let a = Args(a);
        let (obj, offset, slot) = long_slot(rt, thread, &a, true)?;
        slot.store(a.slot(3), SEQ);
        barrier(rt, obj, offset);
        void()
    });

    natives.register(CLASS, "fullFence", "()V", |_, _, _| {
        std::sync::atomic::fence(SEQ);
        void()
    });
}
