//! Access-flag rules (JVMS 4.1 table 4.1-B, 4.5, 4.6, 4.7.6): which combinations a class, an inner
//! class, a field and a method may carry, by class-file version.
//!
//! Bits a table does not define are ignored, as JVMS says they must be; a bit is only judged in the
//! versions that define it (`ACC_ENUM` and `ACC_ANNOTATION` from 49, `ACC_MODULE` from 53, and `ACC_STRICT`
//! only from 46 to 60, since Java 17 made every method strict and retired the bit).

use crate::access::AccessFlags as F;
use crate::error::{ClassFormatError, FormatDefect, Result};

const VISIBILITY: u16 = F::PUBLIC | F::PRIVATE | F::PROTECTED;

/// Whether at most one of public, private and protected is set.
fn one_visibility(flags: u16) -> bool {
    (flags & VISIBILITY).count_ones() <= 1
}

fn bad(what: &'static str, flags: u16) -> ClassFormatError {
    FormatDefect::BadAccessFlags {
        what,
        flags,
        context: String::new(),
    }
    .into()
}

/// Whether the `ACC_INTERFACE` class flags say "abstract", counting HotSpot's leniency for files older
/// than 50 (Java 6), whose compilers did not always set `ACC_ABSTRACT` on interfaces: it is taken as set.
fn effective_class_flags(flags: u16, major: u16) -> u16 {
    if flags & F::INTERFACE != 0 && major < 50 {
        flags | F::ABSTRACT
    } else {
        flags
    }
}

/// JVMS 4.1: the flags of a class or interface. `inner` is set for the `inner_class_access_flags` of an
/// `InnerClasses` row (JVMS 4.7.6), where `ACC_SUPER` and `ACC_MODULE` are not defined and are ignored.
pub(super) fn check_class_flags(written: u16, major: u16, inner: bool) -> Result<()> {
    let flags = effective_class_flags(written, major);
    let what = if inner { "inner class" } else { "class" };
    let has = |mask: u16| flags & mask != 0;
    let since_1_5 = major >= 49;
    if !inner && major >= 53 && has(F::MODULE) {
        // A module declaration carries nothing else (JVMS 4.1).
        return if flags == F::MODULE {
            Ok(())
        } else {
            Err(bad(what, written))
        };
    }
    if has(F::FINAL) && has(F::ABSTRACT) {
        return Err(bad(what, written));
    }
    if has(F::INTERFACE) {
        let forbidden_super = !inner && since_1_5 && has(F::SUPER);
        if !has(F::ABSTRACT) || has(F::FINAL) || forbidden_super || (since_1_5 && has(F::ENUM)) {
            return Err(bad(what, written));
        }
    } else if since_1_5 && has(F::ANNOTATION) {
        return Err(bad(what, written));
    }
    if inner && !one_visibility(flags) {
        return Err(bad(what, written));
    }
    Ok(())
}

/// JVMS 4.5: the flags of a field of a class or of an interface.
pub(super) fn check_field_flags(flags: u16, in_interface: bool, major: u16) -> Result<()> {
    let has = |mask: u16| flags & mask != 0;
    let ok = if in_interface {
        // Interface fields are constants: public static final, and synthetic at most besides.
        let required = F::PUBLIC | F::STATIC | F::FINAL;
        let mut forbidden = F::PRIVATE | F::PROTECTED | F::VOLATILE | F::TRANSIENT;
        if major >= 49 {
            forbidden |= F::ENUM;
        }
        flags & required == required && !has(forbidden)
    } else {
        one_visibility(flags) && !(has(F::FINAL) && has(F::VOLATILE))
    };
    if ok { Ok(()) } else { Err(bad("field", flags)) }
}

/// JVMS 4.6: the flags of a method other than `<clinit>` (whose flags are checked with its name, in
/// `members`). `<init>` in an interface is refused before this is called.
pub(super) fn check_method_flags(
    flags: u16,
    name: &str,
    in_interface: bool,
    major: u16,
) -> Result<()> {
    let has = |mask: u16| flags & mask != 0;
    // ACC_STRICT means something only from 46 (Java 1.2) to 60 (Java 16).
    let strict = (46..=60).contains(&major) && has(F::STRICT);
    let abstract_conflict = has(F::ABSTRACT)
        && (has(F::PRIVATE | F::STATIC | F::FINAL | F::SYNCHRONIZED | F::NATIVE) || strict);
    let ok = if name == "<init>" {
        // Instance initializers: one visibility, and only varargs, strict and synthetic besides.
        let mut forbidden = F::STATIC | F::FINAL | F::SYNCHRONIZED | F::NATIVE | F::ABSTRACT;
        if major >= 49 {
            forbidden |= F::BRIDGE;
        }
        one_visibility(flags) && !has(forbidden)
    } else if in_interface && major < 52 {
        // Before Java 8 every interface method is public and abstract.
        has(F::PUBLIC)
            && has(F::ABSTRACT)
            && !has(F::PRIVATE | F::PROTECTED | F::STATIC | F::FINAL | F::SYNCHRONIZED | F::NATIVE)
            && !abstract_conflict
    } else if in_interface {
        // From Java 8: exactly one of public and private; private and static ones have code.
        (has(F::PUBLIC) != has(F::PRIVATE))
            && !has(F::PROTECTED | F::FINAL | F::SYNCHRONIZED | F::NATIVE)
            && !abstract_conflict
    } else {
        one_visibility(flags) && !abstract_conflict
    };
    if ok {
        Ok(())
    } else {
        Err(bad("method", flags))
    }
}
