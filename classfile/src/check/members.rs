//! Fields and methods (JVMS 4.5, 4.6): names, descriptors, flags, duplicates, the special methods
//! `<init>` and `<clinit>` (JVMS 2.9), and which methods must or must not have a `Code` attribute.

use std::collections::HashSet;

use super::constants::bad_descriptor;
use super::flags::{check_field_flags, check_method_flags};
use super::{Checker, member_label};
use crate::access::AccessFlags;
use crate::attribute::AttributeBody;
use crate::class_file::MemberInfo;
use crate::descriptor::{
    FieldType, MethodDescriptor, is_valid_method_name, is_valid_unqualified_name,
};
use crate::error::{FormatDefect, Result};

/// JVMS 4.3.3: a method's parameters, `this` included, fit in 255 local-variable slots.
const MAX_PARAMETER_SLOTS: usize = 255;

/// What the attribute and code checks need to know about a method once its header has been checked.
pub(super) struct MethodShape<'m> {
    /// The member itself.
    pub(super) method: &'m MemberInfo,
    /// Local-variable slots the parameters take, `this` included.
    pub(super) parameter_slots: usize,
}

impl Checker<'_> {
    /// Checks every field, then every method, each with its attributes.
    pub(super) fn check_members(&self) -> Result<()> {
        let mut seen = HashSet::new();
        for field in &self.class.fields {
            let label = member_label(self.cp, "field", field.name, field.descriptor);
            let (name, descriptor) = self
                .check_field(field)
                .map_err(|e| e.context(|| label.clone()))?;
            unique(&mut seen, "field", name, descriptor)?;
            self.check_field_attributes(field, descriptor)
                .map_err(|e| e.context(|| label.clone()))?;
        }
        let mut seen = HashSet::new();
        for method in &self.class.methods {
            let label = member_label(self.cp, "method", method.name, method.descriptor);
            let (name, descriptor, shape) = self
                .check_method(method, &label)
                .map_err(|e| e.context(|| label.clone()))?;
            unique(&mut seen, "method", name, descriptor)?;
            self.check_method_attributes(&shape)
                .map_err(|e| e.context(|| label.clone()))?;
        }
        Ok(())
    }

    /// JVMS 4.5: an unqualified name, a field descriptor, and flags that fit the class kind.
    fn check_field(&self, field: &MemberInfo) -> Result<(&str, &str)> {
        let name = self.utf8(field.name, &|| "field name".into())?;
        if !is_valid_unqualified_name(name) {
            return Err(FormatDefect::BadFieldName { name: name.into() }.into());
        }
        let descriptor = self.utf8(field.descriptor, &|| format!("descriptor of field {name}"))?;
        if FieldType::parse(descriptor).is_none() {
            return Err(bad_descriptor(
                &format!("Field \"{name}\" has illegal signature"),
                descriptor,
                String::new(),
            ));
        }
        check_field_flags(field.access_flags.0, self.is_interface(), self.major)?;
        Ok((name, descriptor))
    }

    /// JVMS 4.6 and 2.9: the name, the descriptor and its slot count, the flags, the special methods, and
    /// whether a `Code` attribute is present exactly when the method is neither native nor abstract.
    fn check_method<'m>(
        &self,
        method: &'m MemberInfo,
        label: &str,
    ) -> Result<(&str, &str, MethodShape<'m>)> {
        let name = self.utf8(method.name, &|| "method name".into())?;
        if !is_valid_method_name(name) {
            return Err(FormatDefect::BadMethodName { name: name.into() }.into());
        }
        let descriptor = self.utf8(method.descriptor, &|| {
            format!("descriptor of method {name}")
        })?;
        let illegal = || {
            bad_descriptor(
                &format!("Method \"{name}\" has illegal signature"),
                descriptor,
                String::new(),
            )
        };
        let parsed = MethodDescriptor::parse(descriptor).ok_or_else(illegal)?;
        let flags = method.access_flags;
        let mut is_static = flags.is_static();
        let mut needs_code = !flags.any(AccessFlags::ABSTRACT | AccessFlags::NATIVE);
        match name {
            "<init>" => {
                if self.is_interface() {
                    return Err(FormatDefect::InterfaceInitializer.into());
                }
                if parsed.return_type.is_some() {
                    return Err(illegal());
                }
                check_method_flags(flags.0, name, self.is_interface(), self.major)?;
            }
            "<clinit>" => {
                if parsed.return_type.is_some() || !parsed.parameters.is_empty() {
                    return Err(illegal());
                }
                // JVMS 2.9.2: from 51 on the class initializer must be static; its other flags, and all of
                // them before 51, are ignored: it is static and has code whatever they say.
                if self.major >= 51 && !is_static {
                    return Err(FormatDefect::BadAccessFlags {
                        what: "method",
                        flags: flags.0,
                        context: String::new(),
                    }
                    .into());
                }
                is_static = true;
                needs_code = true;
            }
            _ => check_method_flags(flags.0, name, self.is_interface(), self.major)?,
        }
        let parameter_slots = parsed.parameter_slots() + usize::from(!is_static);
        if parameter_slots > MAX_PARAMETER_SLOTS {
            return Err(FormatDefect::TooManyArguments {
                method: format!("{name}{descriptor}"),
                slots: parameter_slots,
            }
            .into());
        }
        let code_count = method
            .attributes
            .iter()
            .filter(|a| matches!(a.body, AttributeBody::Code(_)))
            .count();
        if needs_code && code_count == 0 {
            return Err(FormatDefect::BadCodePresence(format!(
                "Absent Code attribute in method that is not native or abstract ({label})"
            ))
            .into());
        }
        if !needs_code && code_count > 0 {
            return Err(FormatDefect::BadCodePresence(format!(
                "Code attribute in native or abstract methods ({label})"
            ))
            .into());
        }
        Ok((
            name,
            descriptor,
            MethodShape {
                method,
                parameter_slots,
            },
        ))
    }
}

/// JVMS 4.5, 4.6: no two fields, and no two methods, share both name and descriptor.
fn unique<'a>(
    seen: &mut HashSet<(&'a str, &'a str)>,
    what: &'static str,
    name: &'a str,
    descriptor: &'a str,
) -> Result<()> {
    if seen.insert((name, descriptor)) {
        Ok(())
    } else {
        Err(FormatDefect::DuplicateMember {
            what,
            name: name.into(),
            descriptor: descriptor.into(),
        }
        .into())
    }
}
