//! The class-level structure (JVMS 4.1): access flags, `this_class`, `super_class`, `interfaces`, and the
//! extra rules for a module declaration (`module-info`, `ACC_MODULE`).

use std::collections::HashSet;

use super::Checker;
use super::flags::check_class_flags;
use crate::attribute::AttributeBody;
use crate::error::{FormatDefect, Result};

const OBJECT: &str = "java/lang/Object";

impl Checker<'_> {
    /// Checks the class's flags, its name, superclass and superinterfaces.
    pub(super) fn check_class(&self) -> Result<()> {
        check_class_flags(self.class.access_flags.0, self.major, false)?;
        let name = self.class_name(self.class.this_class, &|| "this_class".into())?;
        // this_class names a class or interface, never an array type (JVMS 4.1).
        if name.starts_with('[') {
            return Err(FormatDefect::BadClassName { name: name.into() }.into());
        }
        if self.is_module() {
            return self.check_module_info(name);
        }
        self.check_super(name)?;
        self.check_interfaces()
    }

    /// JVMS 4.1: `super_class` is 0 only for `java/lang/Object`; otherwise a class that is not an array;
    /// an interface's is `java/lang/Object`.
    fn check_super(&self, name: &str) -> Result<()> {
        if self.class.super_class.is_none() {
            return if name == OBJECT {
                Ok(())
            } else {
                Err(FormatDefect::BadSuperclass("Invalid superclass index 0".into()).into())
            };
        }
        if name == OBJECT {
            return Err(FormatDefect::BadSuperclass(
                "java/lang/Object cannot have a superclass".into(),
            )
            .into());
        }
        let super_name = self.class_name(self.class.super_class, &|| "super_class".into())?;
        if super_name.starts_with('[') {
            return Err(FormatDefect::BadSuperclass(format!(
                "Bad superclass name \"{super_name}\""
            ))
            .into());
        }
        if self.is_interface() && super_name != OBJECT {
            return Err(FormatDefect::BadSuperclass(
                "Interfaces must have java.lang.Object as superclass".into(),
            )
            .into());
        }
        Ok(())
    }

    /// JVMS 4.1: each entry of `interfaces` is a `Class` naming an interface (so not an array), and none
    /// is listed twice.
    fn check_interfaces(&self) -> Result<()> {
        let mut seen = HashSet::new();
        for (i, &index) in self.class.interfaces.iter().enumerate() {
            let name = self.class_name(index, &|| format!("interfaces[{i}]"))?;
            if name.starts_with('[') {
                return Err(FormatDefect::BadClassName { name: name.into() }.into());
            }
            if !seen.insert(name) {
                return Err(FormatDefect::DuplicateInterface { name: name.into() }.into());
            }
        }
        Ok(())
    }

    /// JVMS 4.1, for `ACC_MODULE`: the class is `module-info`, has no superclass, superinterfaces,
    /// fields or methods, and exactly one `Module` attribute.
    fn check_module_info(&self, name: &str) -> Result<()> {
        let bad = |reason: &str| Err(FormatDefect::BadModuleInfo(reason.into()).into());
        if name != "module-info" {
            return bad(&format!("this_class is \"{name}\", not \"module-info\""));
        }
        if !self.class.super_class.is_none() {
            return bad("super_class is not 0");
        }
        if !self.class.interfaces.is_empty()
            || !self.class.fields.is_empty()
            || !self.class.methods.is_empty()
        {
            return bad("a module declaration has no interfaces, fields or methods");
        }
        let modules = self
            .class
            .attributes
            .iter()
            .filter(|a| {
                matches!(&a.body, AttributeBody::Module(_))
                    || (matches!(&a.body, AttributeBody::Malformed { .. })
                        && self.cp.utf8(a.name).is_ok_and(|n| n == "Module"))
            })
            .count();
        if modules != 1 {
            return bad(&format!(
                "{modules} Module attributes, where exactly one is required"
            ));
        }
        Ok(())
    }
}
