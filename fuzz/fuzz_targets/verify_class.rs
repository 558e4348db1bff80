//! Fuzz target: arbitrary bytes as a class file; whatever parses is verified with a hierarchy that knows
//! only the class itself and `java/lang/Object` (every other class is "not found"). Verification may
//! refuse the class but must never panic, loop or overflow.
#![no_main]

use classfile::ClassFile;
use libfuzzer_sys::fuzz_target;
use verifier::{ClassHierarchy, HierarchyError, verify_class};

/// Answers from the class under test alone.
struct SelfOnly<'a> {
    name: &'a str,
    superclass: Option<&'a str>,
    interface: bool,
}

impl SelfOnly<'_> {
    fn missing(name: &str) -> HierarchyError {
        HierarchyError { class: name.to_owned(), message: "not found".to_owned() }
    }

    fn lookup(&self, name: &str) -> Result<(Option<String>, bool), HierarchyError> {
        if name == self.name {
            Ok((self.superclass.map(str::to_owned), self.interface))
        } else if name == "java/lang/Object" {
            Ok((None, false))
        } else {
            Err(Self::missing(name))
        }
    }
}

impl ClassHierarchy for SelfOnly<'_> {
    fn is_subclass_of(&self, sub: &str, sup: &str) -> Result<bool, HierarchyError> {
        if sub == sup {
            return Ok(true);
        }
        let (superclass, _) = self.lookup(sub)?;
        match superclass {
            Some(s) if s == sup => Ok(true),
            Some(s) if s != sub => self.is_subclass_of(&s, sup),
            _ => Ok(false),
        }
    }

    fn is_interface(&self, name: &str) -> Result<bool, HierarchyError> {
        Ok(self.lookup(name)?.1)
    }

    fn superclass(&self, name: &str) -> Result<Option<String>, HierarchyError> {
        Ok(self.lookup(name)?.0)
    }
}

fuzz_target!(|data: &[u8]| {
    let Ok(class) = ClassFile::parse(data) else { return };
    let Ok(name) = class.name() else { return };
    let hierarchy = SelfOnly {
        name,
        superclass: class.super_name().ok().flatten(),
        interface: class.access_flags.is_interface(),
    };
    let _ = verify_class(&class, &hierarchy);
});
