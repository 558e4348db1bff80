//! The bytecode verifier: JVMS 4.10 type checking and type inference.
//!
//! Place in the pipeline: after `classfile` (which has parsed and format-checked a class) and before `rt`
//! links it. [`verify_class`] checks every method: class files of version 50 and later by type checking
//! against the `StackMapTable` (JVMS 4.10.1), older ones by type inference (JVMS 4.10.2, with `jsr`/`ret`
//! subroutines). Subtype questions go to a [`ClassHierarchy`] that the caller backs with its class loader,
//! so classes load lazily and only when a question needs them.
//!
//! Inputs: a parsed [`classfile::ClassFile`] and a [`ClassHierarchy`]. Outputs: either a [`VerifiedClass`]
//! holding the frame types at every reachable instruction ([`VerifiedClass::frame_at`], the one source of
//! truth for the interpreter's GC reference maps and the JIT's typed translation), or a [`VerifyFailure`]:
//! a [`VerifyError`] naming class, method, bci and the rule broken (its first words are HotSpot's), or the
//! [`HierarchyError`] of a class that could not be loaded.
//!
//! Architecture invariant: the verifier never touches the heap and never depends on `rt`, `gc` or either
//! tier. It is the security boundary for untrusted bytecode: it never panics, recurses without bound or
//! indexes with an unchecked input-derived value.
#![forbid(unsafe_code)]

mod assign;
mod checker;
mod error;
mod frame;
mod inference;
mod method;
mod rules;
mod stackmap;
mod types;
mod verified;

pub use error::{HierarchyError, VerifyError, VerifyErrorKind, VerifyFailure};
pub use types::VType;
pub use verified::{FrameTypes, MethodFrames, VerifiedClass};

use classfile::ClassFile;

/// The class-hierarchy questions the verifier asks, answered by whoever can load classes.
///
/// Names are internal names (`java/lang/String`); the verifier never asks about array types (it answers
/// those itself from their element types). Every answer may fail with the [`HierarchyError`] of a class
/// that could not be loaded, which aborts verification with that error, as HotSpot's loading errors do.
pub trait ClassHierarchy {
    /// Whether the class or interface named `sub` is `sup` or a subclass of it (for classes; an interface
    /// target is handled by the verifier per JVMS: any class is assignable to an interface).
    fn is_subclass_of(&self, sub: &str, sup: &str) -> Result<bool, HierarchyError>;

    /// Whether `name` is an interface.
    fn is_interface(&self, name: &str) -> Result<bool, HierarchyError>;

    /// The superclass of `name` (`None` for `java/lang/Object`), for computing merges in type inference.
    fn superclass(&self, name: &str) -> Result<Option<String>, HierarchyError>;

    /// For the protected check of JVMS 4.10.1.8: the class that declares the field (`is_method` false) or
    /// method named `name` with `descriptor`, looked up from `class` through its superclasses, if that
    /// declaration is `protected`; `None` if it is not protected or not found. The default answers `None`,
    /// which skips the protected check (a hierarchy that cannot see members accepts what HotSpot might not).
    fn protected_member(
        &self,
        class: &str,
        name: &str,
        descriptor: &str,
        is_method: bool,
    ) -> Result<Option<String>, HierarchyError> {
        let _ = (class, name, descriptor, is_method);
        Ok(None)
    }
}

/// Verifies every method of `class`: type checking for version 50 and later, type inference before that.
///
/// Version 50 files that fail type checking are verified again by type inference, as HotSpot 17 does
/// (`-XX:+FailOverToOldVerifier`, on by default, applies to version 50 only); the first error is kept if
/// that fails too.
pub fn verify_class(
    class: &ClassFile,
    hierarchy: &dyn ClassHierarchy,
) -> Result<VerifiedClass, VerifyFailure> {
    let ctx = method::ClassCtx::new(class, hierarchy)?;
    let mut methods = Vec::with_capacity(class.methods.len());
    for m in &class.methods {
        methods.push(method::verify_method(&ctx, m)?);
    }
    Ok(VerifiedClass { methods })
}

/// Verifies one method of `class` (by index in `ClassFile::methods`) as [`verify_class`] would, and returns
/// its frame types (`None` for a method without code or an index out of range).
///
/// For callers that want the types of a method in a class that was not verified as a whole: the runtime
/// trusts its class library and does not verify it when linking, but the JIT needs the frame types at a
/// loop head to enter compiled code there, and asks for one method at a time, when it needs them.
pub fn verify_method(
    class: &ClassFile,
    method_index: usize,
    hierarchy: &dyn ClassHierarchy,
) -> Result<Option<MethodFrames>, VerifyFailure> {
    let Some(member) = class.methods.get(method_index) else { return Ok(None) };
    let ctx = method::ClassCtx::new(class, hierarchy)?;
    method::verify_method(&ctx, member)
}
