//! Constants as the disassembler shows them: the resolved comment text, the `-v` pool listing, literals.
//!
//! Every function here is total: an index that is out of range, names the wrong kind of entry or leads
//! through a chain of such entries yields `None` (printed as `<invalid>`), because the disassembler must
//! show files that parsed but would fail the format checks.

use std::fmt::{self, Write as _};

use crate::constant_pool::{Constant, ConstantPool, CpIndex, ReferenceKind, Utf8};

/// What a comment says for an entry that does not resolve.
pub(super) const INVALID: &str = "<invalid>";

/// Resolves constants of one class; knows the class's own name so that references to its own members
/// can drop the class, as `javap` does inside code.
pub(super) struct Resolver<'a> {
    pub(super) cp: &'a ConstantPool,
    pub(super) this_class: Option<&'a str>,
}

impl<'a> Resolver<'a> {
    /// Text of a `Utf8` entry, escaped for display.
    pub(super) fn utf8(&self, index: CpIndex) -> Option<String> {
        match self.cp.get(index).ok()? {
            Constant::Utf8(u) => Some(escape(u)),
            _ => None,
        }
    }

    /// Text of a `Utf8` entry that holds a name or descriptor, unescaped.
    pub(super) fn name(&self, index: CpIndex) -> Option<&'a str> {
        self.cp.utf8(index).ok()
    }

    /// A `Class` entry's name, quoted when it is an array descriptor (`"[I"`).
    pub(super) fn class(&self, index: CpIndex) -> Option<String> {
        self.cp.class_name(index).ok().map(quote)
    }

    /// `name:descriptor` of a `NameAndType`, the name quoted when it is `<init>` or `<clinit>`.
    pub(super) fn name_and_type(&self, index: CpIndex) -> Option<String> {
        let (name, descriptor) = self.cp.name_and_type(index).ok()?;
        Some(format!("{}:{descriptor}", quote(name)))
    }

    /// `class.name:descriptor` of a field or method reference; with `in_code`, the class is left out when
    /// it is this class.
    pub(super) fn member(&self, index: CpIndex, in_code: bool) -> Option<String> {
        let names = self.cp.member_ref(index).ok()?;
        let nat = format!("{}:{}", quote(names.name), names.descriptor);
        if in_code && Some(names.class) == self.this_class {
            Some(nat)
        } else {
            Some(format!("{}.{nat}", quote(names.class)))
        }
    }

    /// `REF_kind class.name:descriptor` of a `MethodHandle`.
    pub(super) fn method_handle(&self, kind: u8, reference: CpIndex) -> Option<String> {
        let kind = ReferenceKind::from_u8(kind)?;
        Some(format!(
            "{} {}",
            kind.name(),
            self.member(reference, false)?
        ))
    }

    /// `#bsm:name:descriptor` of a `Dynamic` or `InvokeDynamic`.
    pub(super) fn dynamic(&self, index: CpIndex) -> Option<String> {
        let (d, name, descriptor) = self.cp.dynamic(index).ok()?;
        Some(format!(
            "#{}:{}:{descriptor}",
            d.bootstrap_method,
            quote(name)
        ))
    }

    /// What the entry stands for, without a kind word: the right-hand comment of the pool listing.
    pub(super) fn resolved(&self, index: CpIndex) -> Option<String> {
        match self.cp.get(index).ok()? {
            Constant::Unusable => None,
            Constant::Utf8(u) => Some(escape(u)),
            &Constant::Integer(v) => Some(v.to_string()),
            &Constant::Float(bits) => Some(float(bits)),
            &Constant::Long(v) => Some(format!("{v}l")),
            &Constant::Double(bits) => Some(double(bits)),
            Constant::Class { .. } => self.class(index),
            &Constant::String { string } => self.utf8(string),
            Constant::Fieldref(_) | Constant::Methodref(_) | Constant::InterfaceMethodref(_) => {
                self.member(index, false)
            }
            Constant::NameAndType { .. } => self.name_and_type(index),
            &Constant::MethodHandle { kind, reference } => self.method_handle(kind, reference),
            &Constant::MethodType { descriptor } => self.name(descriptor).map(str::to_owned),
            Constant::Dynamic(_) | Constant::InvokeDynamic(_) => self.dynamic(index),
            &Constant::Module { name } | &Constant::Package { name } => {
                self.name(name).map(str::to_owned)
            }
        }
    }

    /// The comment after an instruction's constant operand: a kind word and the resolved entry
    /// (`Method java/io/PrintStream.println:(Ljava/lang/String;)V`, `String hello`, `class Foo`).
    pub(super) fn operand_comment(&self, index: CpIndex) -> String {
        let Ok(constant) = self.cp.get(index) else {
            return INVALID.to_owned();
        };
        let (word, text) = match constant {
            Constant::Fieldref(_) => ("Field", self.member(index, true)),
            Constant::Methodref(_) => ("Method", self.member(index, true)),
            Constant::InterfaceMethodref(_) => ("InterfaceMethod", self.member(index, true)),
            Constant::Class { .. } => ("class", self.class(index)),
            Constant::String { .. } => ("String", self.resolved(index)),
            Constant::Integer(_) => ("int", self.resolved(index)),
            Constant::Float(_) => ("float", self.resolved(index)),
            Constant::Long(_) => ("long", self.resolved(index)),
            Constant::Double(_) => ("double", self.resolved(index)),
            other => (other.kind_name(), self.resolved(index)),
        };
        match text {
            Some(text) => format!("{word} {text}"),
            None => INVALID.to_owned(),
        }
    }
}

/// The operand column of the pool listing: the indices an entry holds, or its literal value.
fn operands(constant: &Constant, resolver: &Resolver<'_>, index: CpIndex) -> String {
    match constant {
        Constant::Unusable => String::new(),
        Constant::Utf8(_)
        | Constant::Integer(_)
        | Constant::Float(_)
        | Constant::Long(_)
        | Constant::Double(_) => resolver
            .resolved(index)
            .unwrap_or_else(|| INVALID.to_owned()),
        Constant::Class { name: i }
        | Constant::String { string: i }
        | Constant::MethodType { descriptor: i }
        | Constant::Module { name: i }
        | Constant::Package { name: i } => i.to_string(),
        Constant::Fieldref(m) | Constant::Methodref(m) | Constant::InterfaceMethodref(m) => {
            format!("{}.{}", m.class, m.name_and_type)
        }
        Constant::NameAndType { name, descriptor } => format!("{name}:{descriptor}"),
        Constant::MethodHandle { kind, reference } => format!("{kind}:{reference}"),
        Constant::Dynamic(d) | Constant::InvokeDynamic(d) => {
            format!("#{}:{}", d.bootstrap_method, d.name_and_type)
        }
    }
}

/// The `Constant pool:` section of `-v`, one `#n = Kind  operands  // resolved` line per entry.
pub(super) fn write_pool(out: &mut impl fmt::Write, resolver: &Resolver<'_>) -> fmt::Result {
    writeln!(out, "Constant pool:")?;
    let width = resolver.cp.len().to_string().len() + 3;
    for (index, constant) in resolver.cp.iter() {
        if matches!(constant, Constant::Unusable) {
            continue;
        }
        let label = format!("#{}", index.0);
        let ops = operands(constant, resolver, index);
        let mut line = format!("{label:>width$} = {:<18} {ops}", constant.kind_name());
        let literal = matches!(
            constant,
            Constant::Utf8(_)
                | Constant::Integer(_)
                | Constant::Float(_)
                | Constant::Long(_)
                | Constant::Double(_)
        );
        if !literal {
            let comment = resolver
                .resolved(index)
                .unwrap_or_else(|| INVALID.to_owned());
            let pad = (width + 3 + 19 + 14).saturating_sub(line.len());
            let _ = write!(line, "{:pad$}// {comment}", "");
        }
        writeln!(out, "{}", line.trim_end())?;
    }
    Ok(())
}

/// Quotes a name the way `javap` does when it is not a plain (possibly qualified) identifier:
/// `"<init>"`, `"[I"`.
pub(super) fn quote(name: &str) -> String {
    let plain = !name.is_empty()
        && name
            .chars()
            .all(|c| c.is_alphanumeric() || matches!(c, '_' | '$' | '/'));
    if plain {
        name.to_owned()
    } else {
        format!("\"{name}\"")
    }
}

/// A string constant's text with control characters and everything outside printable ASCII written as
/// Java escapes, so that a listing stays one line per entry and unpaired surrogates remain visible.
pub(super) fn escape(text: &Utf8) -> String {
    let mut out = String::new();
    for unit in text.to_utf16() {
        match unit {
            0x08 => out.push_str("\\b"),
            0x09 => out.push_str("\\t"),
            0x0a => out.push_str("\\n"),
            0x0c => out.push_str("\\f"),
            0x0d => out.push_str("\\r"),
            0x5c => out.push_str("\\\\"),
            0x20..=0x7e => out.push(char::from(unit as u8)),
            _ => {
                let _ = write!(out, "\\u{unit:04x}");
            }
        }
    }
    out
}

/// A float constant with `javap`'s `f` suffix.
pub(super) fn float(bits: u32) -> String {
    let v = f32::from_bits(bits);
    format!(
        "{}f",
        special(v.is_nan(), v.is_infinite(), v < 0.0).unwrap_or_else(|| format!("{v:?}"))
    )
}

/// A double constant with `javap`'s `d` suffix.
pub(super) fn double(bits: u64) -> String {
    let v = f64::from_bits(bits);
    format!(
        "{}d",
        special(v.is_nan(), v.is_infinite(), v < 0.0).unwrap_or_else(|| format!("{v:?}"))
    )
}

/// Java's spelling of the non-finite values, which Rust spells `NaN`/`inf`.
fn special(nan: bool, infinite: bool, negative: bool) -> Option<String> {
    match (nan, infinite, negative) {
        (true, _, _) => Some("NaN".into()),
        (false, true, true) => Some("-Infinity".into()),
        (false, true, false) => Some("Infinity".into()),
        _ => None,
    }
}
