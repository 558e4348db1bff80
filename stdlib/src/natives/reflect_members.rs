//! Reflection over members: the natives behind `Class.getDeclaredMethods`/`Fields`, `Method.invoke`, `Field.get`/`set`, annotations and `Class.getResourceAsStream`.
//!
//! A `Method`, `Constructor` or `Field` object names its member by (declaring class mirror, index in
//! `rt::Class::methods`/`fields`, which is the class file's order). The Java side does every check
//! (access, argument counts and types, unboxing and widening); these natives only move values: primitives
//! travel as raw bits in a `long` (an int as its 32 bits, a float or double as its IEEE bits, a boolean as 0
//! or 1), references as objects.

use classfile::attribute::AttributeBody;
use rt::{ClassKind, ClassRef, JResult, JavaThread, NativeRegistry, ObjRef, Runtime, ValueKind, resolve};

use super::{Args, long, reference, void};

/// The VM class behind the mirror in slot `i`.
fn class_at(rt: &Runtime, thread: &mut JavaThread, a: &Args<'_>, i: usize) -> JResult<ClassRef> {
    let mirror = a.obj(i).ok_or_else(|| rt.throw_null_pointer(thread))?;
    rt.class_of_mirror(mirror).ok_or_else(|| rt.throw_new(thread, "java/lang/InternalError", Some("a Class with no VM class")))
}

/// The one-slot form of a primitive of `kind` given as raw bits.
fn narrow(kind: ValueKind, bits: i64) -> u64 {
    let int = bits as i32;
    match kind {
        ValueKind::Long | ValueKind::Double | ValueKind::Reference => bits as u64,
        ValueKind::Boolean => u64::from((int & 1) as u32),
        ValueKind::Byte => u64::from(i32::from(int as i8) as u32),
        ValueKind::Char => u64::from(int as u16),
        ValueKind::Short => u64::from(i32::from(int as i16) as u32),
        _ => u64::from(int as u32),
    }
}

/// Describes the members: one line per member, `flags TAB name TAB descriptor TAB exceptions` (the
/// `Exceptions` attribute's classes, internal names separated by commas; methods only).
fn describe_members(class: ClassRef, fields: bool) -> String {
    let mut out = String::new();
    if fields {
        for f in class.fields.iter() {
            out.push_str(&format!("{}\t{}\t{}\t\n", f.access.0, f.name, f.descriptor));
        }
        return out;
    }
    let cf = class.class_file.as_deref();
    for (i, m) in class.methods.iter().enumerate() {
        let mut exceptions = Vec::new();
        if let Some(cf) = cf
            && let Some(info) = cf.methods.get(i)
        {
            for attribute in &info.attributes {
                if let AttributeBody::Exceptions(list) = &attribute.body {
                    exceptions.extend(list.iter().filter_map(|&e| cf.constant_pool.class_name(e).ok().map(str::to_owned)));
                }
            }
        }
        out.push_str(&format!("{}\t{}\t{}\t{}\n", m.access.0, m.name, m.descriptor, exceptions.join(",")));
    }
    out
}

/// The runtime-visible annotation types (descriptors, one per line) of the class (`kind` 0), its field
/// (`kind` 1) or its method (`kind` 2) number `index`.
fn describe_annotations(class: ClassRef, kind: i32, index: usize) -> String {
    let Some(cf) = class.class_file.as_deref() else { return String::new() };
    let attributes = match kind {
        0 => Some(&cf.attributes),
        1 => cf.fields.get(index).map(|f| &f.attributes),
        _ => cf.methods.get(index).map(|m| &m.attributes),
    };
    let mut out = String::new();
    for attribute in attributes.into_iter().flatten() {
        if let AttributeBody::RuntimeVisibleAnnotations(list) = &attribute.body {
            for annotation in list {
                if let Ok(descriptor) = cf.constant_pool.utf8(annotation.type_index) {
                    out.push_str(descriptor);
                    out.push('\n');
                }
            }
        }
    }
    out
}

/// Runs method `index` of the class in slot 0 with the receiver in slot 2 and the arguments in the arrays in
/// slots 3 (raw primitive bits) and 4 (references); dispatches virtually if slot 5 is true.
fn invoke(rt: &Runtime, thread: &mut JavaThread, a: &[u64]) -> JResult<u64> {
    let class = class_at(rt, thread, &Args(a), 0)?;
    let Some(method) = usize::try_from(Args(a).int(1)).ok().and_then(|i| class.methods.get(i)) else {
        return Err(rt.throw_new(thread, "java/lang/InternalError", Some("no such method index")));
    };
    let mut method: rt::MethodRef = rt::vm_ptr::VmPtr::new(method);
    if method.is_static() || method.is_constructor() {
        rt.ensure_initialized(thread, class)?;
    }
    let a = Args(a);
    let mut slots = Vec::with_capacity(usize::from(method.arg_slots));
    if !method.is_static() {
        let receiver = a.obj(2).ok_or_else(|| rt.throw_null_pointer(thread))?;
        if a.int(5) != 0 && !method.is_private() && !method.is_constructor() {
            method = resolve::select_virtual(receiver.class(), method);
        }
        slots.push(receiver.to_slot());
    }
    let prims = a.obj(3);
    let refs = a.obj(4);
    for (k, &kind) in method.params.iter().enumerate() {
        match kind {
            ValueKind::Reference => slots.push(refs.map_or(0, |r| r.array_get::<u64>(k))),
            ValueKind::Long | ValueKind::Double => {
                slots.push(prims.map_or(0, |p| p.array_get::<u64>(k)));
                slots.push(0);
            }
            _ => slots.push(narrow(kind, prims.map_or(0, |p| p.array_get::<i64>(k)))),
        }
    }
    rt.invoke(thread, method, &slots)
}

/// The field `index` of the class in slot 0, with the object it lives in (slot 2; unused for statics, whose
/// class is initialized first): (field kind, where it is).
enum Place {
    Static(ClassRef, usize),
    Instance(ObjRef, usize),
}

fn field_place(rt: &Runtime, thread: &mut JavaThread, a: &[u64]) -> JResult<(ValueKind, Place)> {
    let class = class_at(rt, thread, &Args(a), 0)?;
    let Some(index) = usize::try_from(Args(a).int(1)).ok().filter(|&i| i < class.fields.len()) else {
        return Err(rt.throw_new(thread, "java/lang/InternalError", Some("no such field index")));
    };
    let field = &class.fields[index];
    if field.is_static() {
        rt.ensure_initialized(thread, class)?;
        return Ok((field.kind, Place::Static(class, index)));
    }
    let obj = Args(a).obj(2).ok_or_else(|| rt.throw_null_pointer(thread))?;
    Ok((field.kind, Place::Instance(obj, field.offset as usize)))
}

fn read_field(kind: ValueKind, place: &Place) -> u64 {
    match *place {
        Place::Static(class, index) => class.static_slot(&class.fields[index]).load(std::sync::atomic::Ordering::Relaxed),
        Place::Instance(obj, offset) => match kind {
            ValueKind::Long | ValueKind::Double | ValueKind::Reference => obj.read::<u64>(offset),
            ValueKind::Boolean | ValueKind::Byte => u64::from(i32::from(obj.read::<i8>(offset)) as u32),
            ValueKind::Char => u64::from(obj.read::<u16>(offset)),
            ValueKind::Short => u64::from(i32::from(obj.read::<i16>(offset)) as u32),
            _ => u64::from(obj.read::<u32>(offset)),
        },
    }
}

fn write_field(rt: &Runtime, kind: ValueKind, place: &Place, value: u64) {
    match *place {
        Place::Static(class, index) => {
            let value = if kind == ValueKind::Reference { value } else { narrow(kind, value as i64) };
            class.static_slot(&class.fields[index]).store(value, std::sync::atomic::Ordering::Relaxed);
        }
        Place::Instance(obj, offset) => match kind {
            ValueKind::Long | ValueKind::Double => obj.write::<u64>(offset, value),
            ValueKind::Reference => {
                obj.write::<u64>(offset, value);
                rt.barrier().post_write(obj.field_addr(offset));
            }
            ValueKind::Boolean => obj.write::<i8>(offset, (value & 1) as i8),
            ValueKind::Byte => obj.write::<i8>(offset, value as i8),
            ValueKind::Char | ValueKind::Short => obj.write::<u16>(offset, value as u16),
            _ => obj.write::<u32>(offset, value as u32),
        },
    }
}

/// The integer `value` as the long a `long`-returning native gives back, from a one-slot or two-slot result of
/// `kind` (ints sign-extended, so Java's `(int)` cast recovers them).
fn widen(kind: ValueKind, value: u64) -> i64 {
    match kind {
        ValueKind::Long | ValueKind::Double => value as i64,
        ValueKind::Float => i64::from(value as u32),
        _ => i64::from(value as u32 as i32),
    }
}

pub(super) fn register(natives: &mut NativeRegistry) {
    const M: &str = "java/lang/reflect/Members";
    natives.register(M, "members0", "(Ljava/lang/Class;Z)Ljava/lang/String;", |rt, thread, a| {
        let a = Args(a);
        let class = class_at(rt, thread, &a, 0)?;
        let text = if matches!(class.kind, ClassKind::Instance) { describe_members(class, a.int(1) != 0) } else { String::new() };
        reference(Some(rt.new_string(thread, &text)?))
    });
    natives.register(M, "annotations0", "(Ljava/lang/Class;II)Ljava/lang/String;", |rt, thread, a| {
        let a = Args(a);
        let class = class_at(rt, thread, &a, 0)?;
        let text = describe_annotations(class, a.int(1), usize::try_from(a.int(2)).unwrap_or(usize::MAX));
        reference(Some(rt.new_string(thread, &text)?))
    });
    natives.register(M, "type0", "(Ljava/lang/Class;Ljava/lang/String;)Ljava/lang/Class;", |rt, thread, a| {
        let a = Args(a);
        let class = class_at(rt, thread, &a, 0)?;
        let descriptor = a.obj(1).ok_or_else(|| rt.throw_null_pointer(thread))?;
        let descriptor = rt.string_to_rust(descriptor);
        let primitive = rt::wellknown::PRIMITIVE_KINDS.into_iter().find(|k| descriptor.len() == 1 && descriptor.starts_with(k.descriptor_char()));
        let target = match primitive {
            Some(kind) => rt.primitive_class(kind),
            None => {
                let name = descriptor.strip_prefix('L').and_then(|d| d.strip_suffix(';')).unwrap_or(&descriptor);
                rt.load_class(thread, name, class.loader)?
            }
        };
        reference(Some(rt.mirror_of(thread, target)?))
    });
    natives.register(M, "callerClass0", "()Ljava/lang/Class;", |rt, thread, _| {
        let caller = thread.frames.iter().rev().map(|f| f.method.class).find(|c| !c.name.starts_with("java/lang/reflect/"));
        match caller {
            Some(class) => reference(Some(rt.mirror_of(thread, class)?)),
            None => reference(None),
        }
    });
    const C: &str = "java/lang/Class";
    natives.register(C, "resource0", "(Ljava/lang/String;)[B", |rt, thread, a| {
        let name = Args(a).obj(1).ok_or_else(|| rt.throw_null_pointer(thread))?;
        let name = rt.string_to_rust(name);
        let Ok(Some(found)) = rt.options().class_path.find_resource(&name) else { return reference(None) };
        let byte_array = rt.load_class(thread, "[B", rt::LoaderId::Boot)?;
        let array = rt.alloc_array(thread, byte_array, found.bytes.len() as i32)?;
        for (k, &b) in found.bytes.iter().enumerate() {
            array.array_set::<i8>(k, b as i8);
        }
        reference(Some(array))
    });

    const E: &str = "java/lang/reflect/Executable";
    const INVOKE: &str = "(Ljava/lang/Class;ILjava/lang/Object;[J[Ljava/lang/Object;Z)";
    natives.register(E, "invokeRef0", &format!("{INVOKE}Ljava/lang/Object;"), |rt, thread, a| {
        let value = invoke(rt, thread, a)?;
        reference(ObjRef::from_slot(value))
    });
    natives.register(E, "invokePrim0", &format!("{INVOKE}J"), |rt, thread, a| {
        let class = class_at(rt, thread, &Args(a), 0)?;
        let kind = usize::try_from(Args(a).int(1)).ok().and_then(|i| class.methods.get(i)).map_or(ValueKind::Void, |m| m.ret);
        let value = invoke(rt, thread, a)?;
        long(widen(kind, value))
    });
    natives.register(E, "allocate0", "(Ljava/lang/Class;)Ljava/lang/Object;", |rt, thread, a| {
        let class = class_at(rt, thread, &Args(a), 0)?;
        rt.ensure_initialized(thread, class)?;
        reference(Some(rt.alloc_object(thread, class)?))
    });

    const F: &str = "java/lang/reflect/Field";
    natives.register(F, "getRef0", "(Ljava/lang/Class;ILjava/lang/Object;)Ljava/lang/Object;", |rt, thread, a| {
        let (kind, place) = field_place(rt, thread, a)?;
        reference(ObjRef::from_slot(read_field(kind, &place)))
    });
    natives.register(F, "getPrim0", "(Ljava/lang/Class;ILjava/lang/Object;)J", |rt, thread, a| {
        let (kind, place) = field_place(rt, thread, a)?;
        long(widen(kind, read_field(kind, &place)))
    });
    natives.register(F, "setRef0", "(Ljava/lang/Class;ILjava/lang/Object;Ljava/lang/Object;)V", |rt, thread, a| {
        let (kind, place) = field_place(rt, thread, a)?;
        write_field(rt, kind, &place, Args(a).0.get(3).copied().unwrap_or_default());
        void()
    });
    natives.register(F, "setPrim0", "(Ljava/lang/Class;ILjava/lang/Object;J)V", |rt, thread, a| {
        let (kind, place) = field_place(rt, thread, a)?;
        write_field(rt, kind, &place, Args(a).long(3) as u64);
        void()
    });
}
