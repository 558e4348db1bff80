//! The format checks of JVMS 4.8 that parsing alone does not enforce, split by topic.
//!
//! [`ClassFile::parse`] has already checked everything needed to read the structure (magic, version, tags,
//! lengths, attribute shapes, modified UTF-8). What remains, and what HotSpot's class-file parser rejects
//! with `ClassFormatError` before a class is defined, is checked here, in the order a loader meets it:
//! - [`constants`]: every constant-pool entry, eagerly, as HotSpot does (JVMS 4.4);
//! - [`flags`]: the access-flag rules for classes, inner classes, fields and methods (JVMS 4.1, 4.5, 4.6);
//! - [`class`]: `this_class`, `super_class`, `interfaces` and the `module-info` rules (JVMS 4.1);
//! - [`members`]: names, descriptors, duplicates and code presence of fields and methods (JVMS 4.5, 4.6);
//! - [`attributes`]: multiplicity and contents of the attributes a JVM interprets (JVMS 4.7);
//! - [`code`]: the `Code` attribute's limits and tables (JVMS 4.7.3, 4.7.12-4.7.14).
//!
//! Instruction-level rules (branch targets, operand kinds) are left to the verifier, as HotSpot leaves them.
//! Nothing here indexes without checking: the checks must not panic on any model `parse` can produce.

mod attributes;
mod class;
mod code;
mod constants;
mod flags;
mod members;

use crate::class_file::ClassFile;
use crate::constant_pool::{Constant, ConstantPool, CpIndex};
use crate::error::{ClassFormatError, FormatDefect, Result};

impl ClassFile {
    /// Applies the format checks of JVMS 4.8 to a parsed class: constant-pool index kinds, names and
    /// descriptors, access-flag combinations, attribute multiplicity and contents, and code limits. The
    /// first defect found is returned, naming the class.
    pub fn check_format(&self) -> Result<()> {
        let checker = Checker {
            class: self,
            cp: &self.constant_pool,
            major: self.major_version,
        };
        let result = (|| {
            checker.check_constants()?;
            checker.check_class()?;
            checker.check_members()?;
            checker.check_class_attributes()
        })();
        result.map_err(|e| match self.name() {
            Ok(name) => e.in_class(name),
            Err(_) => e,
        })
    }
}

/// What every check reads: the class, its pool and its major version.
#[derive(Clone, Copy)]
struct Checker<'a> {
    class: &'a ClassFile,
    cp: &'a ConstantPool,
    major: u16,
}

impl<'a> Checker<'a> {
    /// Whether the class is a module declaration (JVMS 4.1: `ACC_MODULE` means something from 53 on).
    fn is_module(&self) -> bool {
        self.major >= 53 && self.class.access_flags.any(crate::AccessFlags::MODULE)
    }

    /// Whether the class is an interface.
    fn is_interface(&self) -> bool {
        self.class.access_flags.is_interface()
    }

    /// The entry at `index`, which must be usable.
    fn entry(&self, index: CpIndex, context: &dyn Fn() -> String) -> Result<&'a Constant> {
        self.cp.get(index).map_err(|e| e.context(context))
    }

    /// The text of the `Utf8` at `index`.
    fn utf8(&self, index: CpIndex, context: &dyn Fn() -> String) -> Result<&'a str> {
        self.cp.utf8(index).map_err(|e| e.context(context))
    }

    /// The name held by the `Class` at `index`.
    fn class_name(&self, index: CpIndex, context: &dyn Fn() -> String) -> Result<&'a str> {
        self.cp.class_name(index).map_err(|e| e.context(context))
    }

    /// Checks that `index` is a usable entry that `accept` takes, else names `expected` in the error.
    fn expect(
        &self,
        index: CpIndex,
        expected: &'static str,
        accept: fn(&Constant) -> bool,
        context: &dyn Fn() -> String,
    ) -> Result<&'a Constant> {
        let entry = self.entry(index, context)?;
        if accept(entry) {
            Ok(entry)
        } else {
            Err(wrong_kind(index, expected, entry, context()))
        }
    }

    /// Like [`expect`](Self::expect), but index 0 ("none") is also accepted.
    fn expect_or_none(
        &self,
        index: CpIndex,
        expected: &'static str,
        accept: fn(&Constant) -> bool,
        context: &dyn Fn() -> String,
    ) -> Result<()> {
        if index.is_none() {
            Ok(())
        } else {
            self.expect(index, expected, accept, context).map(|_| ())
        }
    }
}

/// A [`FormatDefect::WrongConstantKind`] for `found` at `index`.
fn wrong_kind(
    index: CpIndex,
    expected: &'static str,
    found: &Constant,
    context: String,
) -> ClassFormatError {
    FormatDefect::WrongConstantKind {
        index: index.0,
        expected,
        found: found.kind_name(),
        context,
    }
    .into()
}

/// `Class` constants.
fn is_class(c: &Constant) -> bool {
    matches!(c, Constant::Class { .. })
}

/// `Utf8` constants.
fn is_utf8(c: &Constant) -> bool {
    matches!(c, Constant::Utf8(_))
}

/// `NameAndType` constants.
fn is_name_and_type(c: &Constant) -> bool {
    matches!(c, Constant::NameAndType { .. })
}

/// How a member is named in messages: `method foo(I)V`, `field x:I`, or its indices if they do not resolve.
fn member_label(cp: &ConstantPool, what: &str, name: CpIndex, descriptor: CpIndex) -> String {
    match (cp.utf8(name), cp.utf8(descriptor)) {
        (Ok(n), Ok(d)) if what == "field" => format!("field {n}:{d}"),
        (Ok(n), Ok(d)) => format!("{what} {n}{d}"),
        _ => format!("{what} #{}", name.0),
    }
}
