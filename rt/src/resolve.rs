//! Resolution of symbolic references (JVMS 5.4.3): classes, fields, methods, interface methods and string
//! constants, cached per class and constant-pool index so both tiers resolve each reference once. A failed
//! resolution is cached too, and rethrown as the same kind of error on every later attempt, as JVMS requires.

use std::any::Any;
use std::sync::atomic::{AtomicU64, Ordering};

use classfile::{Constant, CpIndex};

use crate::class::{ClassRef, Field, LoaderId};
use crate::link::{same_runtime_package, select_default};
use crate::method::MethodRef;
use crate::object::ObjRef;
use crate::runtime::Runtime;
use crate::thread::{JResult, JavaThread};

/// A resolved constant.
pub enum Resolved {
    /// A `Class` constant.
    Class(ClassRef),
    /// A `Fieldref`.
    Field(FieldRef),
    /// A `Methodref` or `InterfaceMethodref`.
    Method(MethodRef),
    /// A `String` constant: the interned string (a GC root, updated in place if the string moves).
    String(AtomicU64),
    /// Resolution failed with this error; later attempts throw the same kind of error again.
    Failed {
        /// The error's class (internal name).
        class: Box<str>,
        /// Its message.
        message: Option<Box<str>>,
    },
    /// Something a tier resolved for itself (an `invokedynamic` call site, a method handle).
    Other(Box<dyn Any + Send + Sync>),
}

impl std::fmt::Debug for Resolved {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Class(c) => write!(f, "Class({})", c.name),
            Self::Field(r) => write!(f, "Field({}.{})", r.holder.name, r.name),
            Self::Method(m) => write!(f, "Method({m:?})"),
            Self::String(_) => f.write_str("String"),
            Self::Failed { class, message } => write!(f, "Failed({class}: {message:?})"),
            Self::Other(_) => f.write_str("Other"),
        }
    }
}

/// A resolved field: the class that declares it and its index there.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct FieldRef {
    /// The declaring class.
    pub holder: ClassRef,
    /// Index in `holder.fields`.
    pub index: u16,
}

impl std::ops::Deref for FieldRef {
    type Target = Field;
    fn deref(&self) -> &Field {
        &self.holder.fields[usize::from(self.index)]
    }
}

impl Runtime {
    /// Returns the cached resolution of `from`'s constant `index`, or computes and caches it. A failure is
    /// cached as [`Resolved::Failed`] and thrown.
    fn resolve_cached(
        &self,
        thread: &mut JavaThread,
        from: ClassRef,
        index: u16,
        compute: impl FnOnce(&Self, &mut JavaThread) -> JResult<Resolved>,
    ) -> JResult<&Resolved> {
        if from.cp_cache.get(usize::from(index)).is_none() {
            let message = format!("Invalid constant pool index {index} in class {}", from.java_name());
            return Err(self.throw_new(thread, "java/lang/ClassFormatError", Some(&message)));
        };
        let cell = &from.get(self).cp_cache[usize::from(index)];
        let resolved = match cell.get() {
            Some(r) => r,
            None => {
                let computed = match compute(self, thread) {
                    Ok(r) => r,
                    Err(thrown) => {
                        if let Some(e) = thread.pending.filter(|_| thread.exit_status.is_none()) {
                            let class = e.class().name.clone();
                            let message = self.throwable_message(e).map(Into::into);
                            let _ = cell.set(Resolved::Failed { class, message });
                        }
                        return Err(thrown);
                    }
                };
                // Another thread may have won the race to set it; either value is the resolution.
                let _ = cell.set(computed);
                match cell.get() {
                    Some(r) => r,
                    None => return Err(self.wrong_constant(thread, from, index, "resolvable constant")),
                }
            }
        };
        if let Resolved::Failed { class, message } = resolved {
            return Err(self.throw_new(thread, class, message.as_deref()));
        }
        Ok(resolved)
    }

    /// Resolves a `Class` constant of `from` (JVMS 5.4.3.1), with the access check.
    pub fn resolve_class(&self, thread: &mut JavaThread, from: ClassRef, index: u16) -> JResult<ClassRef> {
        let resolved = self.resolve_cached(thread, from, index, |rt, thread| {
            let name = rt.constant_class_name(thread, from, index)?;
            let class = rt.load_class(thread, &name, from.loader)?;
            rt.check_class_access(thread, from, class)?;
            Ok(Resolved::Class(class))
        })?;
        match resolved {
            Resolved::Class(c) => Ok(*c),
            _ => Err(self.wrong_constant(thread, from, index, "Class")),
        }
    }

    /// Resolves a `Fieldref` of `from` (JVMS 5.4.3.2), with the access check.
    pub fn resolve_field(&self, thread: &mut JavaThread, from: ClassRef, index: u16) -> JResult<FieldRef> {
        let resolved = self.resolve_cached(thread, from, index, |rt, thread| {
            let (class_index, name, descriptor) = rt.member_constant(thread, from, index)?;
            let class = rt.resolve_class(thread, from, class_index)?;
            let Some(field) = find_field(class, &name, &descriptor) else {
                return Err(rt.throw_new(thread, "java/lang/NoSuchFieldError", Some(&name)));
            };
            rt.check_member_access(thread, from, field.holder, field.access, || {
                format!("field {}.{}", field.holder.java_name(), field.name)
            })?;
            Ok(Resolved::Field(field))
        })?;
        match resolved {
            Resolved::Field(f) => Ok(*f),
            _ => Err(self.wrong_constant(thread, from, index, "Fieldref")),
        }
    }

    /// Resolves a `Methodref` or `InterfaceMethodref` of `from` (JVMS 5.4.3.3, 5.4.3.4), with the access check.
    pub fn resolve_method(&self, thread: &mut JavaThread, from: ClassRef, index: u16) -> JResult<MethodRef> {
        let resolved = self.resolve_cached(thread, from, index, |rt, thread| {
            let is_interface_ref = matches!(
                from.class_file.as_deref().map(|cf| cf.constant_pool.get(CpIndex(index))),
                Some(Ok(Constant::InterfaceMethodref(_)))
            );
            let (class_index, name, descriptor) = rt.member_constant(thread, from, index)?;
            let class = rt.resolve_class(thread, from, class_index)?;
            if class.is_interface() != is_interface_ref {
                let message = if is_interface_ref {
                    format!("Found class {}, but interface was expected", class.java_name())
                } else {
                    format!("Found interface {}, but class was expected", class.java_name())
                };
                return Err(rt.throw_new(thread, "java/lang/IncompatibleClassChangeError", Some(&message)));
            }
            let found = if is_interface_ref {
                find_interface_method(rt, class, &name, &descriptor)
            } else {
                find_method(class, &name, &descriptor)
            };
            let Some(method) = found else {
                let message = format!("'{}'", java_method_signature(class, &name, &descriptor));
                return Err(rt.throw_new(thread, "java/lang/NoSuchMethodError", Some(&message)));
            };
            rt.check_member_access(thread, from, method.class, method.access, || {
                format!("method {}.{}{}", method.class.java_name(), method.name, method.descriptor)
            })?;
            Ok(Resolved::Method(method))
        })?;
        match resolved {
            Resolved::Method(m) => Ok(*m),
            _ => Err(self.wrong_constant(thread, from, index, "Methodref")),
        }
    }

    /// Resolves a `String` constant of `from` to its interned string.
    pub fn resolve_string(&self, thread: &mut JavaThread, from: ClassRef, index: u16) -> JResult<ObjRef> {
        let resolved = self.resolve_cached(thread, from, index, |rt, thread| {
            let units = from
                .class_file
                .as_deref()
                .and_then(|cf| match cf.constant_pool.get(CpIndex(index)) {
                    Ok(Constant::String { string }) => cf.constant_pool.utf8_entry(*string).ok().map(|u| u.to_utf16()),
                    _ => None,
                });
            let Some(units) = units else { return Err(rt.wrong_constant(thread, from, index, "String")) };
            let s = rt.intern_utf16(thread, &units)?;
            Ok(Resolved::String(AtomicU64::new(s.to_slot())))
        })?;
        match resolved {
            Resolved::String(slot) => ObjRef::from_slot(slot.load(Ordering::Relaxed))
                .ok_or_else(|| self.wrong_constant(thread, from, index, "String")),
            _ => Err(self.wrong_constant(thread, from, index, "String")),
        }
    }

    /// Caches something a tier resolved for itself at `from`'s constant `index` (an `invokedynamic` call
    /// site), computing it on first use.
    pub fn resolve_other(
        &self,
        thread: &mut JavaThread,
        from: ClassRef,
        index: u16,
        compute: impl FnOnce(&Self, &mut JavaThread) -> JResult<Box<dyn Any + Send + Sync>>,
    ) -> JResult<&(dyn Any + Send + Sync)> {
        let resolved = self.resolve_cached(thread, from, index, |rt, thread| compute(rt, thread).map(Resolved::Other))?;
        match resolved {
            Resolved::Other(other) => Ok(&**other),
            _ => Err(self.wrong_constant(thread, from, index, "dynamic constant")),
        }
    }

    fn wrong_constant(&self, thread: &mut JavaThread, from: ClassRef, index: u16, expected: &str) -> crate::thread::Thrown {
        let message = format!("Constant pool index {index} in class {} is not a {expected}", from.java_name());
        self.throw_new(thread, "java/lang/IncompatibleClassChangeError", Some(&message))
    }

    fn constant_class_name(&self, thread: &mut JavaThread, from: ClassRef, index: u16) -> JResult<String> {
        match from.class_file.as_deref().map(|cf| cf.constant_pool.class_name(CpIndex(index))) {
            Some(Ok(name)) => Ok(name.to_owned()),
            _ => Err(self.wrong_constant(thread, from, index, "Class")),
        }
    }

    /// The class index, name and descriptor of a member reference constant.
    fn member_constant(&self, thread: &mut JavaThread, from: ClassRef, index: u16) -> JResult<(u16, String, String)> {
        let found = from.class_file.as_deref().and_then(|cf| {
            let cp = &cf.constant_pool;
            match cp.get(CpIndex(index)).ok()? {
                Constant::Fieldref(m) | Constant::Methodref(m) | Constant::InterfaceMethodref(m) => {
                    let (name, descriptor) = cp.name_and_type(m.name_and_type).ok()?;
                    Some((m.class.0, name.to_owned(), descriptor.to_owned()))
                }
                _ => None,
            }
        });
        found.ok_or_else(|| self.wrong_constant(thread, from, index, "member reference"))
    }

    /// JVMS 5.4.4 for classes: public, or in the same runtime package.
    fn check_class_access(&self, thread: &mut JavaThread, from: ClassRef, class: ClassRef) -> JResult<()> {
        let target = match class.kind {
            crate::class::ClassKind::Array { .. } => element_class(class),
            _ => class,
        };
        if target.access.is_public() || same_runtime_package(&from, &target) || matches!(target.kind, crate::class::ClassKind::Primitive(_)) {
            return Ok(());
        }
        let message = format!("failed to access class {} from class {}", target.java_name(), from.java_name());
        Err(self.throw_new(thread, "java/lang/IllegalAccessError", Some(&message)))
    }

    /// JVMS 5.4.4 for fields and methods, with nestmates (JDK 11) for private members.
    fn check_member_access(
        &self,
        thread: &mut JavaThread,
        from: ClassRef,
        holder: ClassRef,
        access: classfile::AccessFlags,
        describe: impl FnOnce() -> String,
    ) -> JResult<()> {
        let allowed = if access.is_public() {
            true
        } else if access.is_private() {
            from == holder || self.nest_host(thread, from) == self.nest_host(thread, holder)
        } else if access.is_protected() {
            same_runtime_package(&from, &holder) || from.is_subtype_of(&holder) || from.supers.iter().any(|s| s.is_subtype_of(&holder))
        } else {
            same_runtime_package(&from, &holder)
        };
        if allowed {
            return Ok(());
        }
        let message = format!("class {} tried to access {}", from.java_name(), describe());
        Err(self.throw_new(thread, "java/lang/IllegalAccessError", Some(&message)))
    }

    /// A class's nest host (JVMS 5.4.4): the `NestHost` class if it lists this class as a member and is in the
    /// same runtime package, else the class itself.
    pub fn nest_host(&self, thread: &mut JavaThread, class: ClassRef) -> ClassRef {
        if let Some(&host) = class.nest_host.get() {
            return host;
        }
        let host_name = class.class_file.as_deref().and_then(|cf| {
            cf.attributes.iter().find_map(|a| match a.body {
                classfile::attribute::AttributeBody::NestHost(i) => cf.constant_pool.class_name(i).ok().map(str::to_owned),
                _ => None,
            })
        });
        let host = match host_name {
            None => class,
            Some(name) => {
                let saved = thread.pending.take();
                let candidate = self.load_class(thread, &name, class.loader).ok();
                thread.pending = saved;
                candidate
                    .filter(|h| same_runtime_package(h, &class) && lists_nest_member(*h, &class.name))
                    .unwrap_or(class)
            }
        };
        *class.nest_host.get_or_init(|| host)
    }

    /// The detail message of a throwable, if it has a non-null `String` one.
    pub fn throwable_message(&self, throwable: ObjRef) -> Option<String> {
        let field = find_field(throwable.class(), "detailMessage", "Ljava/lang/String;")?;
        throwable.read_ref(field.offset as usize).map(|s| self.string_to_rust(s))
    }
}

fn element_class(mut class: ClassRef) -> ClassRef {
    while let Some(component) = class.component() {
        class = component;
    }
    class
}

fn lists_nest_member(host: ClassRef, member: &str) -> bool {
    host.class_file.as_deref().is_some_and(|cf| {
        cf.attributes.iter().any(|a| match &a.body {
            classfile::attribute::AttributeBody::NestMembers(list) => {
                list.iter().any(|&i| cf.constant_pool.class_name(i).is_ok_and(|n| n == member))
            }
            _ => false,
        })
    })
}

/// JVMS 5.4.3.2: the class's own fields, then its superinterfaces', then its superclass's.
pub fn find_field(class: ClassRef, name: &str, descriptor: &str) -> Option<FieldRef> {
    if let Some(index) = class.fields.iter().position(|f| &*f.name == name && &*f.descriptor == descriptor) {
        return Some(FieldRef { holder: class, index: index as u16 });
    }
    for &interface in class.interfaces.iter() {
        if let Some(found) = find_field(interface, name, descriptor) {
            return Some(found);
        }
    }
    class.super_class.and_then(|s| find_field(s, name, descriptor))
}

/// JVMS 5.4.3.3: the class and its superclasses, then the maximally specific superinterface methods.
pub fn find_method(class: ClassRef, name: &str, descriptor: &str) -> Option<MethodRef> {
    let mut current = Some(class);
    while let Some(c) = current {
        if let Some(m) = c.declared_method(name, descriptor) {
            return Some(m);
        }
        current = c.super_class;
    }
    find_in_superinterfaces(class, name, descriptor)
}

/// JVMS 5.4.3.4: the interface, then `Object`'s public instance methods, then superinterfaces.
pub(crate) fn find_interface_method(rt: &Runtime, interface: ClassRef, name: &str, descriptor: &str) -> Option<MethodRef> {
    if let Some(m) = interface.declared_method(name, descriptor) {
        return Some(m);
    }
    if let Some(object) = rt.find_loaded("java/lang/Object", LoaderId::Boot)
        && let Some(m) = object.declared_method(name, descriptor).filter(|m| m.access.is_public() && !m.is_static())
    {
        return Some(m);
    }
    find_in_superinterfaces(interface, name, descriptor)
}

fn find_in_superinterfaces(class: ClassRef, name: &str, descriptor: &str) -> Option<MethodRef> {
    let candidate = class
        .all_interfaces
        .iter()
        .find_map(|i| i.methods.iter().find(|m| !m.is_static() && !m.is_private() && &*m.name == name && &*m.descriptor == descriptor))?;
    Some(select_default(&class, candidate))
}

/// `void Foo.bar(int, java.lang.String)`, HotSpot's form in `NoSuchMethodError` messages.
pub fn java_method_signature(class: ClassRef, name: &str, descriptor: &str) -> String {
    let parsed = classfile::descriptor::MethodDescriptor::parse(descriptor);
    let (params, ret) = match &parsed {
        Some(d) => (
            d.parameters.iter().map(ToString::to_string).collect::<Vec<_>>().join(", "),
            d.return_type.as_ref().map_or("void".to_owned(), ToString::to_string),
        ),
        None => (String::new(), "?".to_owned()),
    };
    format!("{ret} {}.{name}({params})", class.java_name())
}

/// JVMS 6.5 `invokespecial` selection: a call to a superclass method (not a constructor, not private) from a
/// class with `ACC_SUPER` starts the search at the caller's direct superclass.
pub fn select_special(caller: ClassRef, resolved: MethodRef) -> MethodRef {
    if resolved.is_constructor() || resolved.is_private() || resolved.class.is_interface() || resolved.class == caller {
        return resolved;
    }
    if !caller.is_subtype_of(&resolved.class) {
        return resolved;
    }
    let mut current = caller.super_class;
    while let Some(c) = current {
        if let Some(m) = c.declared_method(&resolved.name, &resolved.descriptor).filter(|m| !m.is_static()) {
            return m;
        }
        current = c.super_class;
    }
    resolved
}

/// The `IncompatibleClassChangeError` JVMS 6.5 asks for when an `invokestatic` resolves to an instance method
/// or another `invoke*` to a static one.
pub fn check_invoke_kind(rt: &Runtime, thread: &mut JavaThread, method: MethodRef, is_static_call: bool) -> JResult<()> {
    if method.is_static() == is_static_call {
        return Ok(());
    }
    let message = format!(
        "Expected {} method '{}'",
        if is_static_call { "static" } else { "non-static" },
        method.java_signature().trim_matches('\'')
    );
    Err(rt.throw_new(thread, "java/lang/IncompatibleClassChangeError", Some(&message)))
}

/// Virtual dispatch (JVMS 5.4.6) for a resolved method on a receiver of class `receiver`.
pub fn select_virtual(receiver: ClassRef, resolved: MethodRef) -> MethodRef {
    match resolved.vtable_index.get() {
        Some(&i) if (i as usize) < receiver.vtable.len() => receiver.vtable[i as usize],
        _ => select_by_name(receiver, resolved),
    }
}

/// Interface dispatch: the receiver's itable row for the method's interface, else a name-and-descriptor
/// search (for methods of `Object` called through an interface type).
pub fn select_interface(receiver: ClassRef, resolved: MethodRef) -> Option<MethodRef> {
    let interface = resolved.class;
    if !interface.is_interface() {
        return Some(select_virtual(receiver, resolved));
    }
    if let Some(row) = receiver.itables.iter().find(|row| row.interface == interface) {
        return row.methods.get(usize::from(resolved.index)).copied().flatten();
    }
    // Arrays have no itables; their interface methods are Object's.
    Some(select_by_name(receiver, resolved))
}

fn select_by_name(receiver: ClassRef, resolved: MethodRef) -> MethodRef {
    receiver
        .vtable
        .iter()
        .copied()
        .find(|m| m.name == resolved.name && m.descriptor == resolved.descriptor)
        .unwrap_or(resolved)
}
