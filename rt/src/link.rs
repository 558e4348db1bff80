//! Linking a class (JVMS 5.4) once its superclass and superinterfaces are loaded: field layout, static
//! storage, methods, the vtable and the itables. Everything here is computed before the class is published,
//! so it is plain data afterwards.

use std::sync::OnceLock;
use std::sync::atomic::{AtomicPtr, AtomicU32, AtomicU64};

use classfile::attribute::AttributeBody;
use classfile::descriptor::{FieldType, MethodDescriptor};
use classfile::{AccessFlags, ClassFile};

use crate::class::{Class, ClassKind, ClassRef, Field, Itable, LoaderId, ValueKind};
use crate::init::InitState;
use crate::method::{Handler, Method, MethodCode, MethodRef};
use crate::object::HEADER_SIZE;
use crate::vm_ptr::VmPtr;

/// Everything needed to build an instance class.
pub(crate) struct ClassParts {
    pub(crate) name: Box<str>,
    pub(crate) loader: LoaderId,
    pub(crate) class_file: ClassFile,
    pub(crate) super_class: Option<ClassRef>,
    pub(crate) interfaces: Vec<ClassRef>,
    pub(crate) id: u32,
    pub(crate) hidden: bool,
}

/// Builds and links an instance class. The result is boxed so its address (and so every `ClassRef` and
/// `MethodRef` into it) never changes.
pub(crate) fn build_instance_class(parts: ClassParts) -> Box<Class> {
    let ClassParts { name, loader, class_file, super_class, interfaces, id, hidden } = parts;
    let cp = &class_file.constant_pool;
    let (fields, instance_size, mut ref_offsets, static_count) = layout_fields(&class_file, super_class);
    let weak_referent = reference_layout(&name, loader, super_class, &fields);
    if let Some((referent, _)) = weak_referent {
        ref_offsets.retain(|&offset| offset != referent);
    }
    let access = class_file.access_flags;
    let source_file = class_file.source_file().map(Into::into);
    let cp_len = cp.len();
    let all_interfaces = collect_interfaces(super_class, &interfaces);
    let mut supers: Vec<ClassRef> = super_class.map(|s| s.supers.to_vec()).unwrap_or_default();
    let mut class = Box::new(Class {
        name,
        loader,
        access,
        kind: ClassKind::Instance,
        super_class,
        interfaces: interfaces.into(),
        supers: Box::new([]),
        all_interfaces: all_interfaces.into(),
        instance_size,
        ref_offsets: ref_offsets.into(),
        weak_referent,
        fields: fields.into(),
        methods: Box::new([]),
        vtable: Box::new([]),
        itables: Box::new([]),
        statics: (0..static_count).map(|_| AtomicU64::new(0)).collect(),
        init: InitState::new(),
        mirror: AtomicU64::new(0),
        class_file: None,
        cp_cache: (0..cp_len).map(|_| OnceLock::new()).collect(),
        source_file,
        array_class: OnceLock::new(),
        id,
        nest_host: OnceLock::new(),
        hidden,
        proxy_counter: AtomicU32::new(0),
        verified: OnceLock::new(),
    });
    let this = ClassRef::new(&class);
    if !access.is_interface() || supers.is_empty() {
        supers.push(this);
    }
    class.supers = supers.into();
    class.methods = build_methods(&class_file, this);
    class.class_file = Some(Box::new(class_file));
    if !access.is_interface() {
        class.vtable = build_vtable(&class, super_class).into();
        class.itables = build_itables(&class).into();
    }
    class
}

/// The weak `referent` slot of `java.lang.ref.Reference` and its subclasses (only the boot loader's
/// `java/lang/ref` classes define the strengths): `SoftReference` holds softly, everything else weakly.
fn reference_layout(name: &str, loader: LoaderId, super_class: Option<ClassRef>, fields: &[Field]) -> Option<(u32, gc::RefStrength)> {
    let boot = loader == LoaderId::Boot;
    if boot && name == "java/lang/ref/Reference" {
        let referent = fields.iter().find(|f| !f.is_static() && &*f.name == "referent" && f.kind == ValueKind::Reference)?;
        return Some((referent.offset, gc::RefStrength::Weak));
    }
    let (offset, inherited) = super_class?.weak_referent?;
    let strength = if boot && name == "java/lang/ref/SoftReference" { gc::RefStrength::Soft } else { inherited };
    Some((offset, strength))
}

/// Instance fields go after the superclass's, largest first so that each is naturally aligned with no
/// padding between groups; static fields get one slot each.
fn layout_fields(cf: &ClassFile, super_class: Option<ClassRef>) -> (Vec<Field>, u32, Vec<u32>, usize) {
    let cp = &cf.constant_pool;
    let mut fields = Vec::with_capacity(cf.fields.len());
    let mut static_count = 0;
    for f in &cf.fields {
        // The format checks have validated names and descriptors already.
        let name = f.name(cp).unwrap_or("?");
        let descriptor = f.descriptor(cp).unwrap_or("I");
        let kind = FieldType::parse(descriptor).map_or(ValueKind::Int, |t| ValueKind::of(&t));
        let constant_value = f.attributes.iter().find_map(|a| match a.body {
            AttributeBody::ConstantValue(i) => Some(i),
            _ => None,
        });
        let mut offset = 0;
        if f.access_flags.is_static() {
            offset = static_count;
            static_count += 1;
        }
        fields.push(Field {
            name: name.into(),
            descriptor: descriptor.into(),
            kind,
            access: f.access_flags,
            offset,
            constant_value: if f.access_flags.is_static() { constant_value } else { None },
        });
    }
    let mut size = super_class.map_or(HEADER_SIZE as u32, |s| s.instance_size);
    let mut ref_offsets: Vec<u32> = super_class.map(|s| s.ref_offsets.to_vec()).unwrap_or_default();
    for width in [8usize, 4, 2, 1] {
        for field in fields.iter_mut().filter(|f| !f.is_static() && f.kind.size() == width) {
            size = size.next_multiple_of(width as u32);
            field.offset = size;
            if field.kind == ValueKind::Reference {
                ref_offsets.push(size);
            }
            size += width as u32;
        }
    }
    (fields, size.next_multiple_of(8), ref_offsets, static_count as usize)
}

fn build_methods(cf: &ClassFile, class: ClassRef) -> Box<[Method]> {
    let cp = &cf.constant_pool;
    cf.methods
        .iter()
        .enumerate()
        .map(|(index, m)| {
            let name = m.name(cp).unwrap_or("?");
            let descriptor = m.descriptor(cp).unwrap_or("()V");
            let parsed = MethodDescriptor::parse(descriptor);
            let params: Box<[ValueKind]> =
                parsed.as_ref().map(|d| d.parameters.iter().map(ValueKind::of).collect()).unwrap_or_default();
            let ret = parsed.as_ref().and_then(|d| d.return_type.as_ref()).map_or(ValueKind::Void, ValueKind::of);
            let receiver = usize::from(!m.access_flags.is_static());
            let arg_slots = receiver + params.iter().map(|p| p.slots()).sum::<usize>();
            let code = m.code().map(|code| {
                let mut line_numbers: Vec<(u16, u16)> = code
                    .attributes
                    .iter()
                    .filter_map(|a| match &a.body {
                        AttributeBody::LineNumberTable(rows) => Some(rows),
                        _ => None,
                    })
                    .flatten()
                    .map(|row| (row.start_pc, row.line_number))
                    .collect();
                line_numbers.sort_by_key(|&(pc, _)| pc);
                MethodCode {
                    max_stack: code.max_stack,
                    max_locals: code.max_locals,
                    bytes: code.code.clone(),
                    handlers: code
                        .exception_table
                        .iter()
                        .map(|h| Handler {
                            start: h.start_pc,
                            end: h.end_pc,
                            handler: h.handler_pc,
                            catch_type: h.catch_type.0,
                        })
                        .collect(),
                    line_numbers: line_numbers.into(),
                }
            });
            Method {
                class,
                index: index as u16,
                name: name.into(),
                descriptor: descriptor.into(),
                access: m.access_flags,
                params,
                ret,
                arg_slots: arg_slots as u16,
                code,
                vtable_index: OnceLock::new(),
                invocations: AtomicU32::new(0),
                backedges: AtomicU32::new(0),
                interpreter_state: OnceLock::new(),
                native: OnceLock::new(),
                compiled_entry: AtomicPtr::new(std::ptr::null_mut()),
                refmaps: OnceLock::new(),
                frames: OnceLock::new(),
            }
        })
        .collect()
}

/// Superinterfaces, direct and indirect, each once: the superclass's first, then each direct interface
/// followed by its own.
fn collect_interfaces(super_class: Option<ClassRef>, direct: &[ClassRef]) -> Vec<ClassRef> {
    let mut all: Vec<ClassRef> = super_class.map(|s| s.all_interfaces.to_vec()).unwrap_or_default();
    for &i in direct {
        for candidate in std::iter::once(i).chain(i.all_interfaces.iter().copied()) {
            if !all.contains(&candidate) {
                all.push(candidate);
            }
        }
    }
    all
}

/// The runtime package of a class: its loader and package name (JVMS 5.3).
pub(crate) fn same_runtime_package(a: &Class, b: &Class) -> bool {
    fn package(name: &str) -> &str {
        name.rfind('/').map_or("", |i| &name[..i])
    }
    a.loader == b.loader && package(&a.name) == package(&b.name)
}

/// JVMS 5.4.5: whether `m` overrides `candidate`, an inherited method with the same name and descriptor.
fn can_override(m: &Method, candidate: &Method) -> bool {
    if candidate.access.any(AccessFlags::PUBLIC | AccessFlags::PROTECTED) {
        return true;
    }
    same_runtime_package(&m.class, &candidate.class)
}

fn build_vtable(class: &Class, super_class: Option<ClassRef>) -> Vec<MethodRef> {
    let mut vtable: Vec<MethodRef> = super_class.map(|s| s.vtable.to_vec()).unwrap_or_default();
    for m in class.methods.iter().filter(|m| m.is_virtual()) {
        let mut index = None;
        for (i, entry) in vtable.iter_mut().enumerate() {
            if entry.name == m.name && entry.descriptor == m.descriptor && can_override(m, entry) {
                *entry = VmPtr::new(m);
                index.get_or_insert(i);
            }
        }
        let index = index.unwrap_or_else(|| {
            vtable.push(VmPtr::new(m));
            vtable.len() - 1
        });
        let _ = m.vtable_index.set(index as u32);
    }
    // Interface methods the class neither declares nor inherits from a class take a vtable entry too: the
    // maximally specific default method, or the abstract interface method (a "miranda", which throws
    // AbstractMethodError when called). An inherited entry that came from an interface is re-selected,
    // since this class may see a more specific default.
    for interface in class.all_interfaces.iter() {
        for im in interface.methods.iter().filter(|m| m.is_virtual()) {
            let existing = vtable.iter().position(|e| e.name == im.name && e.descriptor == im.descriptor);
            match existing {
                Some(i) if !vtable[i].class.is_interface() => {}
                Some(i) => vtable[i] = select_default(class, im),
                None => vtable.push(select_default(class, im)),
            }
        }
    }
    vtable
}

/// JVMS 5.4.3.3's maximally specific superinterface methods for `im`'s name and descriptor, as seen from
/// `class`: the one non-abstract candidate if there is exactly one, else an abstract one (calling it throws).
pub(crate) fn select_default(class: &Class, im: &Method) -> MethodRef {
    let candidates: Vec<MethodRef> = class
        .all_interfaces
        .iter()
        .filter_map(|i| i.methods.iter().find(|m| m.is_virtual() && m.name == im.name && m.descriptor == im.descriptor))
        .map(VmPtr::new)
        .collect();
    let maximal: Vec<MethodRef> = candidates
        .iter()
        .copied()
        .filter(|c| !candidates.iter().any(|d| d != c && d.class.all_interfaces.contains(&c.class)))
        .collect();
    let concrete: Vec<MethodRef> = maximal.iter().copied().filter(|m| !m.is_abstract()).collect();
    match concrete.as_slice() {
        [one] => *one,
        _ => maximal.first().copied().unwrap_or_else(|| VmPtr::new(im)),
    }
}

fn build_itables(class: &Class) -> Vec<Itable> {
    class
        .all_interfaces
        .iter()
        .map(|&interface| Itable {
            interface,
            methods: interface
                .methods
                .iter()
                .map(|im| {
                    if !im.is_virtual() {
                        return None;
                    }
                    class.vtable.iter().copied().find(|e| e.name == im.name && e.descriptor == im.descriptor)
                })
                .collect(),
        })
        .collect()
}
