//! `StringConcatFactory.makeConcatWithConstants` and `makeConcat`: the recipe parsed once at link time, the
//! string built in Rust at each call, each argument rendered as `String.valueOf` renders its type.

use crate::class::ValueKind;
use crate::method::MethodRef;
use crate::object::ObjRef;
use crate::runtime::Runtime;
use crate::thread::{JResult, JavaThread};

use super::{BootstrapError, Linkage, SiteInfo, StaticArg};

/// The recipe's tag for "the next argument".
const TAG_ARG: u16 = 1;
/// The recipe's tag for "the next constant from the static arguments".
const TAG_CONST: u16 = 2;

/// One piece of the result.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Piece {
    /// Text known at link time (recipe literals and constants).
    Literal(Vec<u16>),
    /// The argument starting at this slot, of this kind.
    Arg {
        /// Index of its first slot in the call's arguments.
        slot: usize,
        /// Its type.
        kind: ValueKind,
    },
}

/// A linked concatenation call site.
#[derive(Debug)]
pub(crate) struct ConcatSite {
    pub(crate) pieces: Vec<Piece>,
    /// Slots (indices into the arguments) that hold references, which are kept in handles while Java code
    /// (`toString`) runs.
    pub(crate) reference_slots: Vec<usize>,
    pub(crate) formatters: Formatters,
}

/// The library methods that render floating-point values, resolved at link time when a site needs them, so
/// the text matches the class library's `Float.toString`/`Double.toString` exactly.
#[derive(Debug, Default, Clone, Copy)]
pub(crate) struct Formatters {
    pub(crate) float: Option<MethodRef>,
    pub(crate) double: Option<MethodRef>,
}

impl Formatters {
    /// Resolves the formatters the kinds in `kinds` need.
    pub(crate) fn for_kinds(rt: &Runtime, thread: &mut JavaThread, kinds: impl Iterator<Item = ValueKind> + Clone) -> JResult<Self> {
        let mut f = Self::default();
        if kinds.clone().any(|k| k == ValueKind::Float) {
            f.float = Some(rt.library_method(thread, "java/lang/Float", "toString", "(F)Ljava/lang/String;")?);
        }
        if kinds.into_iter().any(|k| k == ValueKind::Double) {
            f.double = Some(rt.library_method(thread, "java/lang/Double", "toString", "(D)Ljava/lang/String;")?);
        }
        Ok(f)
    }
}

/// Parses a recipe against the call site's argument kinds and the constants, giving the pieces (literals
/// merged). `None` is a reason the recipe does not fit.
pub(crate) fn parse_recipe(
    recipe: &[u16],
    kinds: &[ValueKind],
    constants: &mut dyn Iterator<Item = Vec<u16>>,
) -> Result<Vec<Piece>, String> {
    let mut pieces = Vec::new();
    let mut literal = Vec::new();
    let mut next_arg = 0;
    let mut slot = 0;
    for &unit in recipe {
        match unit {
            TAG_ARG => {
                let Some(&kind) = kinds.get(next_arg) else {
                    return Err(format!("the recipe uses more than the {} arguments of the call site", kinds.len()));
                };
                if !literal.is_empty() {
                    pieces.push(Piece::Literal(std::mem::take(&mut literal)));
                }
                pieces.push(Piece::Arg { slot, kind });
                slot += kind.slots();
                next_arg += 1;
            }
            TAG_CONST => match constants.next() {
                Some(text) => literal.extend(text),
                None => return Err("the recipe uses more constants than the static arguments give".to_owned()),
            },
            other => literal.push(other),
        }
    }
    if next_arg != kinds.len() {
        return Err(format!("the recipe uses {next_arg} of the {} arguments of the call site", kinds.len()));
    }
    if !literal.is_empty() {
        pieces.push(Piece::Literal(literal));
    }
    Ok(pieces)
}

/// The kinds of a method descriptor's parameters.
pub(crate) fn parameter_kinds(descriptor: &str) -> Option<Vec<ValueKind>> {
    let (params, _) = super::proxy_writer::split_descriptor(descriptor)?;
    Some(params.iter().map(|p| ValueKind::of_descriptor(p)).collect())
}

impl Runtime {
    /// Links a `StringConcatFactory` call site.
    pub(super) fn bootstrap_concat(&self, thread: &mut JavaThread, info: &SiteInfo) -> Result<ConcatSite, Linkage> {
        let bad = |reason: String| BootstrapError::BadArguments { bootstrap: "StringConcatFactory", reason };
        let kinds = parameter_kinds(&info.descriptor).ok_or_else(|| bad(format!("malformed descriptor {}", info.descriptor)))?;
        let formatters = Formatters::for_kinds(self, thread, kinds.iter().copied())?;
        let recipe: Vec<u16> = match (info.bootstrap.name.as_str(), info.args.first()) {
            ("makeConcat", _) => std::iter::repeat_n(TAG_ARG, kinds.len()).collect(),
            (_, Some(StaticArg::String(recipe))) => recipe.clone(),
            _ => return Err(bad("the first static argument is not the recipe string".to_owned()).into()),
        };
        let mut constants = Vec::new();
        for arg in info.args.iter().skip(1) {
            constants.push(self.constant_text(thread, arg)?);
        }
        let pieces = parse_recipe(&recipe, &kinds, &mut constants.into_iter()).map_err(bad)?;
        let reference_slots = pieces
            .iter()
            .filter_map(|p| match p {
                Piece::Arg { slot, kind: ValueKind::Reference } => Some(*slot),
                _ => None,
            })
            .collect();
        Ok(ConcatSite { pieces, reference_slots, formatters })
    }

    /// The text of a recipe constant (`String.valueOf` of the constant).
    fn constant_text(&self, thread: &mut JavaThread, arg: &StaticArg) -> Result<Vec<u16>, Linkage> {
        let kind = match arg {
            StaticArg::Float(_) => ValueKind::Float,
            StaticArg::Double(_) => ValueKind::Double,
            _ => ValueKind::Int,
        };
        let formatters = Formatters::for_kinds(self, thread, std::iter::once(kind))?;
        let mut out = Vec::new();
        match arg {
            StaticArg::String(units) => out.extend_from_slice(units),
            StaticArg::Int(v) => self.append_primitive(thread, &formatters, &mut out, ValueKind::Int, *v as u32 as u64)?,
            StaticArg::Long(v) => self.append_primitive(thread, &formatters, &mut out, ValueKind::Long, *v as u64)?,
            StaticArg::Float(v) => {
                self.append_primitive(thread, &formatters, &mut out, ValueKind::Float, u64::from(v.to_bits()))?
            }
            StaticArg::Double(v) => self.append_primitive(thread, &formatters, &mut out, ValueKind::Double, v.to_bits())?,
            other => {
                let reason = format!("recipe constant {other:?} is not a string or number");
                return Err(BootstrapError::BadArguments { bootstrap: "StringConcatFactory", reason }.into());
            }
        }
        Ok(out)
    }

    /// Runs a concatenation: the new string.
    pub(super) fn invoke_concat(&self, thread: &mut JavaThread, site: &ConcatSite, args: &[u64]) -> JResult<u64> {
        // References are held in handles while `toString` methods run, so a moving collector updates them.
        let base = thread.handles.len();
        thread.handles.extend(site.reference_slots.iter().map(|&s| args.get(s).copied().unwrap_or(0)));
        let result = self.concat_into_string(thread, site, args, base);
        thread.handles.truncate(base);
        result
    }

    fn concat_into_string(&self, thread: &mut JavaThread, site: &ConcatSite, args: &[u64], base: usize) -> JResult<u64> {
        let mut out: Vec<u16> = Vec::new();
        let mut next_reference = base;
        for piece in &site.pieces {
            match piece {
                Piece::Literal(units) => out.extend_from_slice(units),
                Piece::Arg { kind: ValueKind::Reference, .. } => {
                    let value = thread.handles[next_reference];
                    next_reference += 1;
                    self.append_reference(thread, &mut out, value)?;
                }
                &Piece::Arg { slot, kind } => {
                    let value = args.get(slot).copied().unwrap_or(0);
                    self.append_primitive(thread, &site.formatters, &mut out, kind, value)?;
                }
            }
        }
        Ok(self.new_string_utf16(thread, &out)?.to_slot())
    }

    /// Appends `String.valueOf(value)` for a primitive of `kind` in slot form.
    pub(crate) fn append_primitive(
        &self,
        thread: &mut JavaThread,
        formatters: &Formatters,
        out: &mut Vec<u16>,
        kind: ValueKind,
        value: u64,
    ) -> JResult<()> {
        let ascii = |out: &mut Vec<u16>, s: &str| out.extend(s.bytes().map(u16::from));
        match kind {
            ValueKind::Int | ValueKind::Short | ValueKind::Byte => ascii(out, &(value as u32 as i32).to_string()),
            ValueKind::Long => ascii(out, &(value as i64).to_string()),
            ValueKind::Char => out.push(value as u16),
            ValueKind::Boolean => ascii(out, if value as u32 != 0 { "true" } else { "false" }),
            ValueKind::Float | ValueKind::Double => {
                let method = if kind == ValueKind::Float { formatters.float } else { formatters.double };
                let Some(method) = method else {
                    let message = "Cortado bug: no floating-point formatter was linked for a concatenation";
                    return Err(self.throw_new(thread, "java/lang/InternalError", Some(message)));
                };
                let slots = if kind == ValueKind::Double { vec![value, 0] } else { vec![value] };
                let text = self.invoke(thread, method, &slots)?;
                self.append_reference(thread, out, text)?;
            }
            ValueKind::Reference => self.append_reference(thread, out, value)?,
            ValueKind::Void => {}
        }
        Ok(())
    }

    /// Appends `String.valueOf(value)` for a reference: `null`, a string's characters, or `toString()`'s
    /// result (`null` if that is null).
    pub(crate) fn append_reference(&self, thread: &mut JavaThread, out: &mut Vec<u16>, value: u64) -> JResult<()> {
        let null = |out: &mut Vec<u16>| out.extend("null".bytes().map(u16::from));
        let Some(obj) = ObjRef::from_slot(value) else {
            null(out);
            return Ok(());
        };
        let string = self.well_known().string;
        let text = if obj.class() == string {
            obj
        } else {
            match ObjRef::from_slot(self.call_object_method(thread, value, "toString", "()Ljava/lang/String;", &[])?) {
                Some(s) => s,
                None => {
                    null(out);
                    return Ok(());
                }
            }
        };
        out.extend_from_slice(&self.string_utf16(text));
        Ok(())
    }
}
