//! Resolution a compiler may do ahead of the code that needs it: only when it can run no Java code, load no
//! class and throw nothing, so that doing it early cannot change what the program sees (JVMS 5.4.3 lets an
//! implementation resolve early as long as errors surface at the instruction that uses the constant; this
//! resolves only constants whose resolution cannot fail).
//!
//! Used by the JIT in `-Xcomp`, where a method is compiled before its first run and its call sites and field
//! references are otherwise all unresolved (so nothing would be inlined and every access would go through the
//! runtime). The result is exactly what [`Runtime::resolve_method`] / [`Runtime::resolve_field`] /
//! [`Runtime::resolve_class`] would compute, and it is cached the same way. Resolution never initializes a
//! class: the compiler still checks `init.is_done()` before it skips the runtime's initialization path.

use classfile::{Constant, CpIndex};

use crate::class::{ClassKind, ClassRef};
use crate::link::same_runtime_package;
use crate::resolve::{Resolved, find_field, find_interface_method, find_method};
use crate::runtime::Runtime;

impl Runtime {
    /// `from`'s constant `index` resolved, if it is already, or if it is a `Class`, `Fieldref`, `Methodref` or
    /// `InterfaceMethodref` whose class is loaded, whose member exists and which `from` may access without a
    /// question (then the resolution is cached); `None` when resolution must wait for the code that uses it.
    pub fn resolve_if_loaded(&self, from: ClassRef, index: u16) -> Option<&Resolved> {
        let cell = from.get(self).cp_cache.get(usize::from(index))?;
        if let Some(resolved) = cell.get() {
            return Some(resolved);
        }
        let cp = &from.get(self).class_file.as_deref()?.constant_pool;
        let computed = match cp.get(CpIndex(index)).ok()? {
            Constant::Class { .. } => Resolved::Class(self.class_if_loaded(from, cp.class_name(CpIndex(index)).ok()?)?),
            Constant::Fieldref(m) => {
                let class = self.class_if_loaded(from, cp.class_name(m.class).ok()?)?;
                let (name, descriptor) = cp.name_and_type(m.name_and_type).ok()?;
                let field = find_field(class, name, descriptor)?;
                plainly_accessible(from, field.holder, field.access).then_some(Resolved::Field(field))?
            }
            Constant::Methodref(m) | Constant::InterfaceMethodref(m) => {
                let is_interface_ref = matches!(cp.get(CpIndex(index)).ok()?, Constant::InterfaceMethodref(_));
                let class = self.class_if_loaded(from, cp.class_name(m.class).ok()?)?;
                if class.is_interface() != is_interface_ref {
                    return None;
                }
                let (name, descriptor) = cp.name_and_type(m.name_and_type).ok()?;
                let method = if is_interface_ref {
                    find_interface_method(self, class, name, descriptor)?
                } else {
                    find_method(class, name, descriptor)?
                };
                plainly_accessible(from, method.class, method.access).then_some(Resolved::Method(method))?
            }
            _ => return None,
        };
        // Another thread may have resolved it meanwhile; either value is the resolution.
        let _ = cell.set(computed);
        cell.get()
    }

    /// The instance class `name` as `from`'s loader would resolve it, if that loader has it loaded already and
    /// `from` may access it.
    fn class_if_loaded(&self, from: ClassRef, name: &str) -> Option<ClassRef> {
        if name.starts_with('[') {
            return None;
        }
        let class = self.find_loaded(name, from.loader)?;
        let accessible = matches!(class.kind, ClassKind::Instance) && (class.access.is_public() || same_runtime_package(&from, &class));
        accessible.then_some(class)
    }
}

/// JVMS 5.4.4 where it needs nothing loaded: public members, members of `from` itself, package-private and
/// protected members in the same runtime package, protected members of a superclass. (Private members of
/// nestmates need the nest host, which may have to be loaded: those wait.)
fn plainly_accessible(from: ClassRef, holder: ClassRef, access: classfile::AccessFlags) -> bool {
    if access.is_public() || from == holder {
        true
    } else if access.is_private() {
        false
    } else if access.is_protected() {
        same_runtime_package(&from, &holder) || from.is_subtype_of(&holder)
    } else {
        same_runtime_package(&from, &holder)
    }
}
