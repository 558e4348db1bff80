//! Constant-pool checks (JVMS 4.4): index kinds, names and descriptors of every entry, tags gated by
//! version, method-handle kinds, and bootstrap-method indices.
//!
//! HotSpot checks the whole pool when it reads it, used entries or not, so this does the same: a class
//! with a malformed constant that no instruction loads is still rejected.

use super::{Checker, is_class, is_name_and_type};
use crate::attribute::AttributeBody;
use crate::constant_pool::{Constant, CpIndex, MemberRef, ReferenceKind};
use crate::descriptor::{
    FieldType, MethodDescriptor, is_valid_class_constant_name, is_valid_method_name,
    is_valid_unqualified_name,
};
use crate::error::{ClassFormatError, FormatDefect, Result};

/// Whether a member reference names a field or a method, and which flavour of method.
#[derive(Clone, Copy, PartialEq, Eq)]
enum RefKind {
    Field,
    Method,
    InterfaceMethod,
}

impl Checker<'_> {
    /// Checks every entry of the pool, in index order.
    pub(super) fn check_constants(&self) -> Result<()> {
        // `None` when the class has no `BootstrapMethods` attribute: then no entry may need one.
        let bootstrap_count = self.class.attributes.iter().find_map(|a| match &a.body {
            AttributeBody::BootstrapMethods(rows) => Some(rows.len()),
            _ => None,
        });
        for (index, entry) in self.cp.iter() {
            let context = || format!("constant pool entry #{}", index.0);
            self.check_constant_version(index, entry)?;
            self.check_constant(index, entry, bootstrap_count, &context)?;
        }
        Ok(())
    }

    /// JVMS 4.4 table 4.4-B: each tag's first class-file version; JVMS 4.4.11-12: `Module` and `Package`
    /// only in a module declaration.
    fn check_constant_version(&self, index: CpIndex, entry: &Constant) -> Result<()> {
        let needed = match entry {
            Constant::MethodHandle { .. }
            | Constant::MethodType { .. }
            | Constant::InvokeDynamic(_) => 51,
            Constant::Module { .. } | Constant::Package { .. } => 53,
            Constant::Dynamic(_) => 55,
            _ => return Ok(()),
        };
        let kind = entry.kind_name();
        if self.major < needed {
            return Err(FormatDefect::ConstantTooNew {
                index: index.0,
                kind,
                needed,
            }
            .into());
        }
        if matches!(entry, Constant::Module { .. } | Constant::Package { .. }) && !self.is_module()
        {
            return Err(FormatDefect::ConstantOutsideModule {
                index: index.0,
                kind,
            }
            .into());
        }
        Ok(())
    }

    fn check_constant(
        &self,
        index: CpIndex,
        entry: &Constant,
        bootstrap_count: Option<usize>,
        context: &dyn Fn() -> String,
    ) -> Result<()> {
        match entry {
            Constant::Unusable
            | Constant::Utf8(_)
            | Constant::Integer(_)
            | Constant::Float(_)
            | Constant::Long(_)
            | Constant::Double(_) => Ok(()),
            // JVMS 4.4.1: a binary name in internal form, or an array type descriptor.
            Constant::Class { name } => {
                let text = self.utf8(*name, context)?;
                if is_valid_class_constant_name(text) {
                    Ok(())
                } else {
                    Err(FormatDefect::BadClassName { name: text.into() }.into())
                }
            }
            // JVMS 4.4.3: any string, unpaired surrogates included, so only the kind is checked.
            Constant::String { string } => self
                .cp
                .utf8_entry(*string)
                .map(|_| ())
                .map_err(|e| e.context(context)),
            Constant::Fieldref(m) => self.check_member_ref(m, RefKind::Field, context),
            Constant::Methodref(m) => self.check_member_ref(m, RefKind::Method, context),
            Constant::InterfaceMethodref(m) => {
                self.check_member_ref(m, RefKind::InterfaceMethod, context)
            }
            // JVMS 4.4.6: a field or method name with a descriptor of the same shape. HotSpot judges
            // every entry, used or not, by the descriptor's shape, so this does too; what a reference
            // adds (a field for `Fieldref`, no `<clinit>` for `Methodref`) is checked with the reference.
            Constant::NameAndType { name, descriptor } => {
                let name = self.utf8(*name, context)?;
                let descriptor = self.utf8(*descriptor, context)?;
                if !descriptor.starts_with('(') {
                    return field_name_and_type(name, descriptor, context);
                }
                let parsed = method_name_and_type(name, descriptor, true, context)?;
                if name == "<init>" && parsed.return_type.is_some() {
                    return Err(illegal_method_signature(name, descriptor, context));
                }
                Ok(())
            }
            Constant::MethodHandle { kind, reference } => {
                self.check_method_handle(index, *kind, *reference)
            }
            // JVMS 4.4.9: a method descriptor.
            Constant::MethodType { descriptor } => {
                let text = self.utf8(*descriptor, context)?;
                match MethodDescriptor::parse(text) {
                    Some(_) => Ok(()),
                    None => Err(bad_descriptor(
                        "Illegal method type descriptor",
                        text,
                        context(),
                    )),
                }
            }
            Constant::Dynamic(d) | Constant::InvokeDynamic(d) => {
                let is_call_site = matches!(entry, Constant::InvokeDynamic(_));
                self.check_dynamic(d.name_and_type, is_call_site, context)?;
                // JVMS 4.4.10: the index is into `BootstrapMethods`, which must then exist.
                match bootstrap_count {
                    None => Err(FormatDefect::MissingBootstrapMethods.into()),
                    Some(count) if usize::from(d.bootstrap_method) >= count => {
                        Err(FormatDefect::BadBootstrapMethodIndex {
                            index: index.0,
                            bootstrap_method: d.bootstrap_method,
                            count,
                        }
                        .into())
                    }
                    Some(_) => Ok(()),
                }
            }
            Constant::Module { name } | Constant::Package { name } => {
                self.utf8(*name, context).map(|_| ())
            }
        }
    }

    /// JVMS 4.4.2: a `Class` and a `NameAndType` whose name and descriptor suit the reference's kind.
    fn check_member_ref(
        &self,
        m: &MemberRef,
        kind: RefKind,
        context: &dyn Fn() -> String,
    ) -> Result<()> {
        self.expect(m.class, "Class", is_class, context)?;
        let (name, descriptor) = self.name_and_type_at(m.name_and_type, context)?;
        if kind == RefKind::Field {
            return field_name_and_type(name, descriptor, context);
        }
        // A method reference never names the class initializer, which only the JVM itself invokes; a
        // reference to an instance initializer must describe a `void` method.
        let parsed = method_name_and_type(name, descriptor, name != "<clinit>", context)?;
        if name == "<init>" && parsed.return_type.is_some() {
            return Err(illegal_method_signature(name, descriptor, context));
        }
        Ok(())
    }

    /// JVMS 4.4.8: the reference kind decides what the handle may point at.
    fn check_method_handle(&self, index: CpIndex, kind: u8, reference: CpIndex) -> Result<()> {
        let bad = |reason: String| {
            FormatDefect::BadMethodHandle {
                index: index.0,
                reason,
            }
            .into()
        };
        let Some(ref_kind) = ReferenceKind::from_u8(kind) else {
            return Err(bad(format!("reference kind {kind} is not between 1 and 9")));
        };
        let target = self
            .cp
            .get(reference)
            .map_err(|_| bad(format!("reference #{} is not a usable entry", reference.0)))?;
        use ReferenceKind as K;
        let allowed = match (ref_kind, target) {
            (K::GetField | K::GetStatic | K::PutField | K::PutStatic, Constant::Fieldref(_)) => {
                true
            }
            (K::InvokeVirtual | K::NewInvokeSpecial, Constant::Methodref(_)) => true,
            (K::InvokeStatic | K::InvokeSpecial, Constant::Methodref(_)) => true,
            // Static and special calls to interface methods came with Java 8's default and static
            // interface methods.
            (K::InvokeStatic | K::InvokeSpecial, Constant::InterfaceMethodref(_)) => {
                self.major >= 52
            }
            (K::InvokeInterface, Constant::InterfaceMethodref(_)) => true,
            _ => false,
        };
        if !allowed {
            return Err(bad(format!(
                "{} may not refer to {} #{} in class file version {}",
                ref_kind.name(),
                target.kind_name(),
                reference.0,
                self.major
            )));
        }
        if ref_kind.is_field() {
            return Ok(());
        }
        let name = self
            .cp
            .member_ref(reference)
            .map(|m| m.name)
            .map_err(|e| e.context(|| format!("constant pool entry #{}", index.0)))?;
        let is_initializer = name == "<init>" || name == "<clinit>";
        if ref_kind == K::NewInvokeSpecial && name != "<init>" {
            return Err(bad(format!(
                "REF_newInvokeSpecial must name <init>, not {name}"
            )));
        }
        if ref_kind != K::NewInvokeSpecial && is_initializer {
            return Err(bad(format!("{} may not name {name}", ref_kind.name())));
        }
        Ok(())
    }

    /// JVMS 4.4.10: a `NameAndType` with a field descriptor (`Dynamic`) or a method descriptor
    /// (`InvokeDynamic`, whose name is never one of the special `<init>` and `<clinit>`).
    fn check_dynamic(
        &self,
        name_and_type: CpIndex,
        is_call_site: bool,
        context: &dyn Fn() -> String,
    ) -> Result<()> {
        let (name, descriptor) = self.name_and_type_at(name_and_type, context)?;
        if is_call_site {
            method_name_and_type(name, descriptor, !name.starts_with('<'), context).map(|_| ())
        } else {
            field_name_and_type(name, descriptor, context)
        }
    }

    /// The name and descriptor of the `NameAndType` at `index`.
    fn name_and_type_at(
        &self,
        index: CpIndex,
        context: &dyn Fn() -> String,
    ) -> Result<(&str, &str)> {
        self.expect(index, "NameAndType", is_name_and_type, context)?;
        self.cp.name_and_type(index).map_err(|e| e.context(context))
    }
}

/// A [`FormatDefect::BadDescriptor`].
pub(super) fn bad_descriptor(
    what: &str,
    descriptor: &str,
    context: String,
) -> crate::error::ClassFormatError {
    FormatDefect::BadDescriptor {
        what: what.into(),
        descriptor: descriptor.into(),
        context,
    }
    .into()
}

/// An unqualified field name (JVMS 4.2.2) and a field descriptor (JVMS 4.3.2).
fn field_name_and_type(name: &str, descriptor: &str, context: &dyn Fn() -> String) -> Result<()> {
    if !is_valid_unqualified_name(name) {
        return Err(FormatDefect::BadFieldName { name: name.into() }.into());
    }
    match FieldType::parse(descriptor) {
        Some(_) => Ok(()),
        None => Err(bad_descriptor(
            &format!("Field \"{name}\" has illegal signature"),
            descriptor,
            context(),
        )),
    }
}

/// A method name (JVMS 4.2.2) that the caller's rule `allowed` also accepts, and a method descriptor
/// (JVMS 4.3.3), returned parsed.
fn method_name_and_type(
    name: &str,
    descriptor: &str,
    allowed: bool,
    context: &dyn Fn() -> String,
) -> Result<MethodDescriptor> {
    if !is_valid_method_name(name) || !allowed {
        return Err(FormatDefect::BadMethodName { name: name.into() }.into());
    }
    MethodDescriptor::parse(descriptor)
        .ok_or_else(|| illegal_method_signature(name, descriptor, context))
}

fn illegal_method_signature(
    name: &str,
    descriptor: &str,
    context: &dyn Fn() -> String,
) -> ClassFormatError {
    bad_descriptor(
        &format!("Method \"{name}\" has illegal signature"),
        descriptor,
        context(),
    )
}
