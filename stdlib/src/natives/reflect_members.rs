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

/// The member classes the class declares (`InnerClasses` rows naming it as the outer class), as internal
/// names in the attribute's order, one per line.
fn member_classes(class: ClassRef) -> String {
    let Some(cf) = class.class_file.as_deref() else { return String::new() };
    let cp = &cf.constant_pool;
    let mut out = String::new();
    for attribute in &cf.attributes {
        if let AttributeBody::InnerClasses(rows) = &attribute.body {
            for row in rows {
                if row.outer_class.is_none() || cp.class_name(row.outer_class).ok() != Some(&*class.name) {
                    continue;
                }
                if let Ok(inner) = cp.class_name(row.inner_class) {
                    out.push_str(inner);
                    out.push('\n');
                }
            }
        }
    }
    out
}

/// The `Record` attribute's components, `name TAB descriptor` per line; `None` without the attribute.
fn record_components(class: ClassRef) -> Option<String> {
    let cf = class.class_file.as_deref()?;
    let cp = &cf.constant_pool;
    cf.attributes.iter().find_map(|attribute| match &attribute.body {
        AttributeBody::Record(components) => Some(
            components
                .iter()
                .map(|c| format!("{}\t{}\n", cp.utf8(c.name).unwrap_or_default(), cp.utf8(c.descriptor).unwrap_or_default()))
                .collect(),
        ),
        _ => None,
    })
}

/// The `Signature` attribute of the class (`kind` 0), its field (1) or method (2) number `index`.
fn signature(class: ClassRef, kind: i32, index: usize) -> Option<String> {
    let cf = class.class_file.as_deref()?;
    let attributes = match kind {
        0 => Some(&cf.attributes),
        1 => cf.fields.get(index).map(|f| &f.attributes),
        _ => cf.methods.get(index).map(|m| &m.attributes),
    }?;
    attributes.iter().find_map(|attribute| match &attribute.body {
        AttributeBody::Signature(i) => cf.constant_pool.utf8(*i).ok().map(str::to_owned),
        _ => None,
    })
}

/// Runs method `index` of the class in slot 0 with the receiver in slot 2 and the arguments in the arrays in
/// slots 3 (raw primitive bits) and 4 (references); dispatches virtually if slot 5 is true.
fn invoke(rt: &Runtime, thread: &mut JavaThread, a: &[u64]) -> JResult<u64> {
    let class = class_at(rt, thread, &Args(a), 0)?;
    let Some(method) = usize::try_from(Args(a).int(1)).ok().and_then(|i| class.methods.get(i)) else {
        return Err(rt.throw_new(thread, "java/lang/InternalError", Some("no such method index")));
    };
    let mut method: rt::MethodRef = rt::vm_ptr::VmPtr::new(method);
    let a = Args(a);
    // Initialization runs Java, which may move the receiver and the argument arrays: they wait in handles.
    let mark = thread.handle_mark();
    let (receiver, prims, refs) = (thread.protect(a.obj(2)), thread.protect(a.obj(3)), thread.protect(a.obj(4)));
    if (method.is_static() || method.is_constructor())
        && let Err(thrown) = rt.ensure_initialized(thread, class)
    {
        thread.release_handles(mark);
        return Err(thrown);
    }
    let (receiver, prims, refs) = (thread.get(receiver), thread.get(prims), thread.get(refs));
    thread.release_handles(mark);
    let mut slots = Vec::with_capacity(usize::from(method.arg_slots));
    if !method.is_static() {
        let receiver = receiver.ok_or_else(|| rt.throw_null_pointer(thread))?;
        if a.int(5) != 0 && !method.is_private() && !method.is_constructor() {
            method = resolve::select_virtual(receiver.class(), method);
        }
        slots.push(receiver.to_slot());
    }
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
    natives.register(M, "memberClasses0", "(Ljava/lang/Class;)Ljava/lang/String;", |rt, thread, a| {
        let class = class_at(rt, thread, &Args(a), 0)?;
        let text = member_classes(class);
        reference(Some(rt.new_string(thread, &text)?))
    });
    natives.register(M, "recordComponents0", "(Ljava/lang/Class;)Ljava/lang/String;", |rt, thread, a| {
        let class = class_at(rt, thread, &Args(a), 0)?;
        match record_components(class) {
            Some(text) => reference(Some(rt.new_string(thread, &text)?)),
            None => reference(None),
        }
    });
    natives.register(M, "signature0", "(Ljava/lang/Class;II)Ljava/lang/String;", |rt, thread, a| {
        let a = Args(a);
        let class = class_at(rt, thread, &a, 0)?;
        match signature(class, a.int(1), usize::try_from(a.int(2)).unwrap_or(usize::MAX)) {
            Some(text) => reference(Some(rt.new_string(thread, &text)?)),
            None => reference(None),
        }
    });
    natives.register(M, "callerClass0", "()Ljava/lang/Class;", |rt, thread, _| {
        let caller = thread.frames.iter().rev().map(|f| f.method.class).find(|c| !c.name.starts_with("java/lang/reflect/"));
        match caller {
            Some(class) => reference(Some(rt.mirror_of(thread, class)?)),
            None => reference(None),
        }
    });
    natives.register("jdk/internal/reflect/Reflection", "getCallerClass", "()Ljava/lang/Class;", |rt, thread, _| {
        // Natives have no frame record: the innermost record is the method that called this native.
        match thread.frames.iter().rev().nth(1) {
            Some(frame) => reference(Some(rt.mirror_of(thread, frame.method.class)?)),
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
    natives.register(E, "initialize0", "(Ljava/lang/Class;)V", |rt, thread, a| {
        let class = class_at(rt, thread, &Args(a), 0)?;
        rt.ensure_initialized(thread, class)?;
        void()
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

// ---------------------------------------------------------------- annotation instances

/// Appends `text` as `length:text` (length in UTF-16 units, as Java's `String.length`).
fn push_text(out: &mut String, text: &str) {
    out.push_str(&format!("{}:{text}", text.encode_utf16().count()));
}

/// Serializes an element value for `Members.readValue`: a tag (`B C D F I J S Z` then the decimal value, raw
/// bits for floats and doubles, and `;`), `s` text, `e` type and name, `c` descriptor, `@` annotation, or `[`
/// count `;` values.
fn push_value(out: &mut String, cf: &classfile::ClassFile, value: &classfile::attribute::annotation::ElementValue) {
    use classfile::Constant;
    use classfile::attribute::annotation::ElementValue as V;
    let cp = &cf.constant_pool;
    match value {
        V::Const { tag: b's', value } => {
            out.push('s');
            push_text(out, cp.utf8(*value).unwrap_or_default());
        }
        V::Const { tag, value } => {
            out.push(char::from(*tag));
            let number = match cp.get(*value) {
                Ok(Constant::Integer(i)) => i64::from(*i),
                Ok(Constant::Float(bits)) => i64::from(*bits),
                Ok(Constant::Long(l)) => *l,
                Ok(Constant::Double(bits)) => *bits as i64,
                _ => 0,
            };
            out.push_str(&format!("{number};"));
        }
        V::Enum { type_name, const_name } => {
            out.push('e');
            push_text(out, cp.utf8(*type_name).unwrap_or_default());
            push_text(out, cp.utf8(*const_name).unwrap_or_default());
        }
        V::Class { class_info } => {
            out.push('c');
            push_text(out, cp.utf8(*class_info).unwrap_or_default());
        }
        V::Annotation(annotation) => {
            out.push('@');
            push_annotation(out, cf, annotation);
        }
        V::Array(values) => {
            out.push_str(&format!("[{};", values.len()));
            for v in values {
                push_value(out, cf, v);
            }
        }
    }
}

/// Serializes an annotation: its type descriptor, the element count and `;`, then each name and value.
fn push_annotation(out: &mut String, cf: &classfile::ClassFile, annotation: &classfile::attribute::annotation::Annotation) {
    push_text(out, cf.constant_pool.utf8(annotation.type_index).unwrap_or_default());
    out.push_str(&format!("{};", annotation.elements.len()));
    for (name, value) in &annotation.elements {
        push_text(out, cf.constant_pool.utf8(*name).unwrap_or_default());
        push_value(out, cf, value);
    }
}

/// The runtime-visible annotations of an element (as [`describe_annotations`] selects it), serialized: the
/// count and `;`, then each annotation.
fn annotation_data(class: ClassRef, kind: i32, index: usize) -> String {
    let Some(cf) = class.class_file.as_deref() else { return "0;".to_owned() };
    let attributes = match kind {
        0 => Some(&cf.attributes),
        1 => cf.fields.get(index).map(|f| &f.attributes),
        _ => cf.methods.get(index).map(|m| &m.attributes),
    };
    let mut body = String::new();
    let mut count = 0;
    for attribute in attributes.into_iter().flatten() {
        if let AttributeBody::RuntimeVisibleAnnotations(list) = &attribute.body {
            for annotation in list {
                count += 1;
                push_annotation(&mut body, cf, annotation);
            }
        }
    }
    format!("{count};{body}")
}

/// The default values of an annotation interface's elements: the count and `;`, then each name and value.
fn annotation_defaults(class: ClassRef) -> String {
    let Some(cf) = class.class_file.as_deref() else { return "0;".to_owned() };
    let mut body = String::new();
    let mut count = 0;
    for m in &cf.methods {
        for attribute in &m.attributes {
            if let AttributeBody::AnnotationDefault(value) = &attribute.body {
                count += 1;
                push_text(&mut body, cf.constant_pool.utf8(m.name).unwrap_or_default());
                push_value(&mut body, cf, value);
            }
        }
    }
    format!("{count};{body}")
}

/// A constant pool being written, with each entry made once.
#[derive(Default)]
struct Pool {
    bytes: Vec<u8>,
    count: u16,
    made: std::collections::HashMap<(u8, String), u16>,
}

impl Pool {
    fn entry(&mut self, tag: u8, key: String, body: Vec<u8>) -> u16 {
        if let Some(&i) = self.made.get(&(tag, key.clone())) {
            return i;
        }
        self.count += 1;
        self.bytes.push(tag);
        self.bytes.extend(body);
        self.made.insert((tag, key), self.count);
        self.count
    }
    /// A `Utf8` entry, in the class file's modified UTF-8.
    fn utf8(&mut self, text: &str) -> u16 {
        let mut encoded = Vec::new();
        for unit in text.encode_utf16() {
            match unit {
                1..=0x7f => encoded.push(unit as u8),
                0 | 0x80..=0x7ff => encoded.extend([0xc0 | (unit >> 6) as u8, 0x80 | (unit & 0x3f) as u8]),
                _ => encoded.extend([0xe0 | (unit >> 12) as u8, 0x80 | ((unit >> 6) & 0x3f) as u8, 0x80 | (unit & 0x3f) as u8]),
            }
        }
        let mut body = (encoded.len() as u16).to_be_bytes().to_vec();
        body.extend(encoded);
        self.entry(1, text.to_owned(), body)
    }
    fn class(&mut self, name: &str) -> u16 {
        let n = self.utf8(name);
        self.entry(7, name.to_owned(), n.to_be_bytes().to_vec())
    }
    fn method_ref(&mut self, class: &str, name: &str, descriptor: &str) -> u16 {
        let c = self.class(class);
        let (n, d) = (self.utf8(name), self.utf8(descriptor));
        let nat = self.entry(12, format!("{name}:{descriptor}"), [n.to_be_bytes(), d.to_be_bytes()].concat());
        self.entry(10, format!("{class}.{name}:{descriptor}"), [c.to_be_bytes(), nat.to_be_bytes()].concat())
    }
}

const VALUES_CLASS: &str = "java/lang/reflect/AnnotationValues";
const VALUES_INIT: &str = "(Ljava/lang/Class;[Ljava/lang/String;[Ljava/lang/Object;)V";

/// One method with a `Code` attribute: (flags, name, descriptor, max_stack, max_locals, code).
fn push_method(out: &mut Vec<u8>, pool: &mut Pool, method: (u16, &str, &str, u16, u16, &[u8])) {
    let (flags, name, descriptor, max_stack, max_locals, code) = method;
    let (n, d, code_name) = (pool.utf8(name), pool.utf8(descriptor), pool.utf8("Code"));
    out.extend(flags.to_be_bytes());
    out.extend(n.to_be_bytes());
    out.extend(d.to_be_bytes());
    out.extend(1u16.to_be_bytes());
    out.extend(code_name.to_be_bytes());
    out.extend((12 + code.len() as u32).to_be_bytes());
    out.extend(max_stack.to_be_bytes());
    out.extend(max_locals.to_be_bytes());
    out.extend((code.len() as u32).to_be_bytes());
    out.extend(code);
    out.extend(0u16.to_be_bytes());
    out.extend(0u16.to_be_bytes());
}

/// The class file of `name`, a final class extending `AnnotationValues` and implementing the annotation
/// interface `annotation`: its constructor passes everything to `AnnotationValues`, and element method number
/// `i` returns `memberValue(i)` cast (and unboxed) to the element's type.
fn annotation_impl_bytes(name: &str, annotation: ClassRef) -> Vec<u8> {
    let mut pool = Pool::default();
    let this = pool.class(name);
    let super_class = pool.class(VALUES_CLASS);
    let interface = pool.class(&annotation.name);
    let mut methods = Vec::new();
    let mut method_count = 1u16;
    let init = pool.method_ref(VALUES_CLASS, "<init>", VALUES_INIT);
    let mut code = vec![0x2a, 0x2b, 0x2c, 0x2d, 0xb7];
    code.extend(init.to_be_bytes());
    code.push(0xb1);
    push_method(&mut methods, &mut pool, (0x0001, "<init>", VALUES_INIT, 4, 4, &code));
    let value = pool.method_ref(VALUES_CLASS, "memberValue", "(I)Ljava/lang/Object;");
    let elements = annotation.methods.iter().filter(|m| !m.is_static() && m.is_abstract());
    for (i, m) in elements.enumerate() {
        let ret = m.descriptor.rsplit(')').next().unwrap_or("V").to_owned();
        let mut code = vec![0x2a, 0x11];
        code.extend((i as u16).to_be_bytes());
        code.push(0xb6);
        code.extend(value.to_be_bytes());
        let unbox = match ret.as_str() {
            "Z" => Some(("java/lang/Boolean", "booleanValue", 0xac)),
            "B" => Some(("java/lang/Byte", "byteValue", 0xac)),
            "C" => Some(("java/lang/Character", "charValue", 0xac)),
            "S" => Some(("java/lang/Short", "shortValue", 0xac)),
            "I" => Some(("java/lang/Integer", "intValue", 0xac)),
            "J" => Some(("java/lang/Long", "longValue", 0xad)),
            "F" => Some(("java/lang/Float", "floatValue", 0xae)),
            "D" => Some(("java/lang/Double", "doubleValue", 0xaf)),
            _ => None,
        };
        match unbox {
            Some((wrapper, getter, return_op)) => {
                let class = pool.class(wrapper);
                code.push(0xc0);
                code.extend(class.to_be_bytes());
                let getter = pool.method_ref(wrapper, getter, &format!("(){ret}"));
                code.push(0xb6);
                code.extend(getter.to_be_bytes());
                code.push(return_op);
            }
            None => {
                let target = ret.strip_prefix('L').and_then(|r| r.strip_suffix(';')).unwrap_or(&ret).to_owned();
                let class = pool.class(&target);
                code.push(0xc0);
                code.extend(class.to_be_bytes());
                code.push(0xb0);
            }
        }
        push_method(&mut methods, &mut pool, (0x0001, &m.name, &m.descriptor, 2, 1, &code));
        method_count += 1;
    }
    let mut out = vec![0xca, 0xfe, 0xba, 0xbe, 0, 0, 0, 52];
    out.extend((pool.count + 1).to_be_bytes());
    out.extend(&pool.bytes);
    out.extend((0x0001u16 | 0x0010 | 0x0020 | 0x1000).to_be_bytes());
    out.extend(this.to_be_bytes());
    out.extend(super_class.to_be_bytes());
    out.extend(1u16.to_be_bytes());
    out.extend(interface.to_be_bytes());
    out.extend(0u16.to_be_bytes());
    out.extend(method_count.to_be_bytes());
    out.extend(methods);
    out.extend(0u16.to_be_bytes());
    out
}

/// Registers the natives that make annotation instances (see `Members.annotation`).
pub(super) fn register_annotations(natives: &mut NativeRegistry) {
    const M: &str = "java/lang/reflect/Members";
    natives.register(M, "annotationData0", "(Ljava/lang/Class;II)Ljava/lang/String;", |rt, thread, a| {
        let a = Args(a);
        let class = class_at(rt, thread, &a, 0)?;
        let text = annotation_data(class, a.int(1), usize::try_from(a.int(2)).unwrap_or(usize::MAX));
        reference(Some(rt.new_string(thread, &text)?))
    });
    natives.register(M, "defaults0", "(Ljava/lang/Class;)Ljava/lang/String;", |rt, thread, a| {
        let class = class_at(rt, thread, &Args(a), 0)?;
        let text = annotation_defaults(class);
        reference(Some(rt.new_string(thread, &text)?))
    });
    natives.register(M, "implClass0", "(Ljava/lang/Class;)Ljava/lang/Class;", |rt, thread, a| {
        let annotation = class_at(rt, thread, &Args(a), 0)?;
        let name = format!("{}$$CortadoImpl", annotation.name);
        let class = match rt.find_loaded(&name, annotation.loader) {
            Some(class) => class,
            None => {
                let bytes = annotation_impl_bytes(&name, annotation);
                rt.define_class(thread, &name, annotation.loader, &bytes, true)?
            }
        };
        reference(Some(rt.mirror_of(thread, class)?))
    });
}
