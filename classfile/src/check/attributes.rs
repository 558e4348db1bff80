//! Attribute checks (JVMS 4.7): at most one of each attribute JVMS says may appear once, and the indices
//! and values inside the attributes a JVM interprets at load time.
//!
//! Only attributes the parser recognised for their place and version are judged: the rest are
//! [`AttributeBody::Unknown`], which JVMS 4.7.1 says a JVM silently ignores. Annotation attributes are
//! counted in both their visible and invisible forms on classes, fields, methods and record components,
//! as HotSpot counts them; inside `Code` HotSpot does not count type annotations, so neither does this.

use std::collections::HashSet;

use super::members::MethodShape;
use super::{Checker, is_class, is_name_and_type, is_utf8};
use crate::attribute::{Attribute, AttributeBody, BootstrapMethod, InnerClass, RecordComponent};
use crate::class_file::MemberInfo;
use crate::constant_pool::{Constant, CpIndex};
use crate::descriptor::{FieldType, is_valid_unqualified_name};
use crate::error::{FormatDefect, Result};

/// Attributes a `ClassFile` may hold at most one of (JVMS 4.7.5-4.7.31).
const CLASS_SINGLE: &[&str] = &[
    "SourceFile",
    "InnerClasses",
    "EnclosingMethod",
    "SourceDebugExtension",
    "BootstrapMethods",
    "Signature",
    "NestHost",
    "NestMembers",
    "Record",
    "PermittedSubclasses",
    "Module",
    "ModulePackages",
    "ModuleMainClass",
    "RuntimeVisibleAnnotations",
    "RuntimeInvisibleAnnotations",
    "RuntimeVisibleTypeAnnotations",
    "RuntimeInvisibleTypeAnnotations",
];
/// Attributes a `field_info` may hold at most one of (`ConstantValue` is counted only for static fields,
/// the only ones for which it means anything).
const FIELD_SINGLE: &[&str] = ANNOTATED_SINGLE;
/// Attributes a `method_info` may hold at most one of.
const METHOD_SINGLE: &[&str] = &[
    "Code",
    "Exceptions",
    "Signature",
    "AnnotationDefault",
    "MethodParameters",
    "RuntimeVisibleAnnotations",
    "RuntimeInvisibleAnnotations",
    "RuntimeVisibleParameterAnnotations",
    "RuntimeInvisibleParameterAnnotations",
    "RuntimeVisibleTypeAnnotations",
    "RuntimeInvisibleTypeAnnotations",
];
/// Attributes a `Code` attribute may hold at most one of.
pub(super) const CODE_SINGLE: &[&str] = &["StackMapTable"];
/// Attributes a `record_component_info` may hold at most one of.
const COMPONENT_SINGLE: &[&str] = ANNOTATED_SINGLE;
/// What fields and record components may hold at most one of: a signature and each kind of annotations.
const ANNOTATED_SINGLE: &[&str] = &[
    "Signature",
    "RuntimeVisibleAnnotations",
    "RuntimeInvisibleAnnotations",
    "RuntimeVisibleTypeAnnotations",
    "RuntimeInvisibleTypeAnnotations",
];

impl Checker<'_> {
    /// Fails on the second occurrence of any attribute named in `single`.
    pub(super) fn check_multiplicity(
        &self,
        attributes: &[Attribute],
        single: &[&'static str],
    ) -> Result<()> {
        let mut seen = HashSet::new();
        for attribute in attributes {
            if matches!(attribute.body, AttributeBody::Unknown(_)) {
                continue;
            }
            let Ok(name) = self.cp.utf8(attribute.name) else {
                continue;
            };
            if let Some(&name) = single.iter().find(|&&s| s == name)
                && !seen.insert(name)
            {
                return Err(FormatDefect::DuplicateAttribute {
                    name,
                    context: String::new(),
                }
                .into());
            }
        }
        Ok(())
    }

    /// The class's own attributes.
    pub(super) fn check_class_attributes(&self) -> Result<()> {
        let attributes = &self.class.attributes;
        self.check_multiplicity(attributes, CLASS_SINGLE)?;
        let has = |f: fn(&AttributeBody) -> bool| attributes.iter().any(|a| f(&a.body));
        // JVMS 4.7.28-29: a class is either a nest host (listing members) or a member (naming its host).
        if has(|b| matches!(b, AttributeBody::NestHost(_)))
            && has(|b| matches!(b, AttributeBody::NestMembers(_)))
        {
            return Err(FormatDefect::ConflictingAttributes {
                first: "NestHost",
                second: "NestMembers",
            }
            .into());
        }
        for attribute in attributes {
            match &attribute.body {
                AttributeBody::SourceFile(i) => {
                    self.expect(*i, "Utf8", is_utf8, &label("SourceFile"))?;
                }
                AttributeBody::Signature(i) => {
                    self.expect(*i, "Utf8", is_utf8, &label("Signature"))?;
                }
                AttributeBody::InnerClasses(rows) => self.check_inner_classes(rows)?,
                AttributeBody::EnclosingMethod(e) => {
                    self.expect(e.class, "Class", is_class, &label("EnclosingMethod class"))?;
                    self.expect_or_none(
                        e.method,
                        "NameAndType",
                        is_name_and_type,
                        &label("EnclosingMethod method"),
                    )?;
                }
                AttributeBody::BootstrapMethods(rows) => self.check_bootstrap_methods(rows)?,
                AttributeBody::NestHost(i) => {
                    self.expect(*i, "Class", is_class, &label("NestHost"))?;
                }
                AttributeBody::NestMembers(list) => self.check_class_list(list, "NestMembers")?,
                AttributeBody::PermittedSubclasses(list) => {
                    // JVMS 4.7.31: a final class permits no subclasses.
                    if self.class.access_flags.is_final() {
                        return Err(FormatDefect::BadAttribute {
                            name: "PermittedSubclasses".into(),
                            reason: "present in a final class".into(),
                            context: String::new(),
                        }
                        .into());
                    }
                    self.check_class_list(list, "PermittedSubclasses")?;
                }
                AttributeBody::Record(components) => self.check_record(components)?,
                _ => {}
            }
        }
        Ok(())
    }

    /// Each index of `list` is a `Class`.
    fn check_class_list(&self, list: &[CpIndex], attribute: &str) -> Result<()> {
        for (i, &index) in list.iter().enumerate() {
            self.expect(index, "Class", is_class, &|| format!("{attribute}[{i}]"))?;
        }
        Ok(())
    }

    /// JVMS 4.7.6: inner is a `Class`, outer is 0 or a `Class` and not the same entry, the name is 0 or a
    /// `Utf8`, the flags are legal class flags, and no row is repeated.
    fn check_inner_classes(&self, rows: &[InnerClass]) -> Result<()> {
        let bad = |reason: String| FormatDefect::BadAttribute {
            name: "InnerClasses".into(),
            reason,
            context: String::new(),
        };
        let mut seen = HashSet::new();
        for (i, row) in rows.iter().enumerate() {
            let context = || format!("InnerClasses[{i}]");
            self.expect(row.inner_class, "Class", is_class, &context)?;
            self.expect_or_none(row.outer_class, "Class", is_class, &context)?;
            self.expect_or_none(row.inner_name, "Utf8", is_utf8, &context)?;
            if row.inner_class == row.outer_class {
                return Err(bad(format!("row {i}: class is both outer and inner class")).into());
            }
            if !seen.insert((row.inner_class, row.outer_class, row.inner_name)) {
                return Err(bad(format!("row {i}: duplicate entry")).into());
            }
            super::flags::check_class_flags(row.access_flags, self.major, true)
                .map_err(|e| e.context(context))?;
        }
        Ok(())
    }

    /// JVMS 4.7.23: each bootstrap method is a `MethodHandle` and each static argument a loadable constant
    /// (JVMS 4.4 table 4.4-C).
    fn check_bootstrap_methods(&self, rows: &[BootstrapMethod]) -> Result<()> {
        for (i, row) in rows.iter().enumerate() {
            let context = || format!("BootstrapMethods[{i}]");
            self.expect(
                row.method,
                "MethodHandle",
                |c| matches!(c, Constant::MethodHandle { .. }),
                &context,
            )?;
            for &argument in &row.arguments {
                self.expect(argument, "a loadable constant", is_loadable, &context)?;
            }
        }
        Ok(())
    }

    /// JVMS 4.7.30: each component has a valid name and a field descriptor, and its own attributes
    /// follow the usual multiplicity.
    fn check_record(&self, components: &[RecordComponent]) -> Result<()> {
        for (i, component) in components.iter().enumerate() {
            let context = || format!("Record component {i}");
            let name = self.utf8(component.name, &context)?;
            if !is_valid_unqualified_name(name) {
                return Err(FormatDefect::BadFieldName { name: name.into() }.into());
            }
            let descriptor = self.utf8(component.descriptor, &context)?;
            if FieldType::parse(descriptor).is_none() {
                let what = format!("Record component \"{name}\" has illegal signature");
                return Err(super::constants::bad_descriptor(
                    &what,
                    descriptor,
                    context(),
                ));
            }
            self.check_multiplicity(&component.attributes, COMPONENT_SINGLE)
                .map_err(|e| e.context(context))?;
            self.check_signatures(&component.attributes)?;
        }
        Ok(())
    }

    /// Every `Signature` attribute in `attributes` points at a `Utf8` (JVMS 4.7.9).
    fn check_signatures(&self, attributes: &[Attribute]) -> Result<()> {
        for attribute in attributes {
            if let AttributeBody::Signature(i) = attribute.body {
                self.expect(i, "Utf8", is_utf8, &|| "Signature".into())?;
            }
        }
        Ok(())
    }

    /// A field's attributes; `descriptor` has been checked.
    pub(super) fn check_field_attributes(
        &self,
        field: &MemberInfo,
        descriptor: &str,
    ) -> Result<()> {
        self.check_multiplicity(&field.attributes, FIELD_SINGLE)?;
        self.check_signatures(&field.attributes)?;
        // JVMS 4.7.2: `ConstantValue` on a non-static field is silently ignored.
        if !field.access_flags.is_static() {
            return Ok(());
        }
        self.check_multiplicity(&field.attributes, &["ConstantValue"])?;
        for attribute in &field.attributes {
            if let AttributeBody::ConstantValue(index) = attribute.body {
                self.check_constant_value(index, descriptor)?;
            }
        }
        Ok(())
    }

    /// JVMS 4.7.2 table 4.7.2-A: the constant's kind matches the field's type.
    fn check_constant_value(&self, index: CpIndex, descriptor: &str) -> Result<()> {
        let context = || "ConstantValue".to_string();
        let entry = self.entry(index, &context)?;
        let (expected, ok) = match descriptor.as_bytes().first() {
            Some(b'B' | b'C' | b'I' | b'S' | b'Z') => {
                ("Integer", matches!(entry, Constant::Integer(_)))
            }
            Some(b'J') => ("Long", matches!(entry, Constant::Long(_))),
            Some(b'F') => ("Float", matches!(entry, Constant::Float(_))),
            Some(b'D') => ("Double", matches!(entry, Constant::Double(_))),
            _ if descriptor == "Ljava/lang/String;" => {
                ("String", matches!(entry, Constant::String { .. }))
            }
            _ => {
                return Err(FormatDefect::BadAttribute {
                    name: "ConstantValue".into(),
                    reason: format!("a field of type {descriptor} cannot have a constant value"),
                    context: String::new(),
                }
                .into());
            }
        };
        if ok {
            Ok(())
        } else {
            Err(super::wrong_kind(index, expected, entry, context()))
        }
    }

    /// A method's attributes, its `Code` included.
    pub(super) fn check_method_attributes(&self, shape: &MethodShape<'_>) -> Result<()> {
        let attributes = &shape.method.attributes;
        self.check_multiplicity(attributes, METHOD_SINGLE)?;
        self.check_signatures(attributes)?;
        for attribute in attributes {
            match &attribute.body {
                AttributeBody::Code(code) => self.check_code(shape, code)?,
                // JVMS 4.7.5: each entry names a class.
                AttributeBody::Exceptions(list) => self.check_class_list(list, "Exceptions")?,
                // JVMS 4.7.24: a parameter's name is 0 or a `Utf8`.
                AttributeBody::MethodParameters(rows) => {
                    for (i, row) in rows.iter().enumerate() {
                        self.expect_or_none(row.name, "Utf8", is_utf8, &|| {
                            format!("MethodParameters[{i}]")
                        })?;
                    }
                }
                _ => {}
            }
        }
        Ok(())
    }
}

/// JVMS 4.4 table 4.4-C: the constants `ldc` and bootstrap arguments may name.
fn is_loadable(c: &Constant) -> bool {
    matches!(
        c,
        Constant::Integer(_)
            | Constant::Float(_)
            | Constant::Long(_)
            | Constant::Double(_)
            | Constant::Class { .. }
            | Constant::String { .. }
            | Constant::MethodHandle { .. }
            | Constant::MethodType { .. }
            | Constant::Dynamic(_)
    )
}

/// A context closure that names a fixed place.
fn label(what: &'static str) -> impl Fn() -> String {
    move || what.to_string()
}
