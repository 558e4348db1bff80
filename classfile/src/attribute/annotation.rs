//! Annotations (JVMS 4.7.16-4.7.22): annotations, element values, parameter annotations, type annotations
//! with their targets and type paths.

use super::codec::{Codec, Ctx, codec_struct, read_n, write_all};
use crate::constant_pool::CpIndex;
use crate::error::{FormatDefect, Result, WriteError};
use crate::reader::{Reader, WriteBe, put_count};

fn malformed(reason: String) -> crate::error::ClassFormatError {
    FormatDefect::BadAttribute { name: "annotation".into(), reason, context: String::new() }.into()
}

/// An `annotation` structure.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Annotation {
    /// `Utf8`: the annotation interface's field descriptor (`Ljava/lang/Deprecated;`).
    pub type_index: CpIndex,
    /// Element name (`Utf8`) and value pairs.
    pub elements: Vec<(CpIndex, ElementValue)>,
}

impl Codec for Annotation {
    fn read(r: &mut Reader<'_>, ctx: Ctx<'_>) -> Result<Self> {
        let ctx = ctx.nested("annotations")?;
        let type_index = CpIndex(r.u2()?);
        let count = r.u2()?;
        let mut elements = Vec::with_capacity(usize::from(count).min(r.remaining()));
        for _ in 0..count {
            elements.push((CpIndex(r.u2()?), ElementValue::read(r, ctx)?));
        }
        Ok(Self { type_index, elements })
    }

    fn write(&self, out: &mut Vec<u8>) -> Result<(), WriteError> {
        out.put_u2(self.type_index.0);
        put_count(out, self.elements.len(), "annotation elements")?;
        for (name, value) in &self.elements {
            out.put_u2(name.0);
            value.write(out)?;
        }
        Ok(())
    }
}

/// An `element_value`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ElementValue {
    /// Tags `B C D F I J S Z s`: a constant of the kind the tag names.
    Const {
        /// The tag character.
        tag: u8,
        /// The constant (`Integer`, `Long`, `Float`, `Double` or `Utf8`).
        value: CpIndex,
    },
    /// Tag `e`: an enum constant.
    Enum {
        /// `Utf8`: the enum class's field descriptor.
        type_name: CpIndex,
        /// `Utf8`: the constant's simple name.
        const_name: CpIndex,
    },
    /// Tag `c`: a class literal.
    Class {
        /// `Utf8`: a return descriptor (`V` for `void.class`).
        class_info: CpIndex,
    },
    /// Tag `@`: a nested annotation.
    Annotation(Box<Annotation>),
    /// Tag `[`: an array of values.
    Array(Vec<ElementValue>),
}

impl Codec for ElementValue {
    fn read(r: &mut Reader<'_>, ctx: Ctx<'_>) -> Result<Self> {
        let ctx = ctx.nested("element values")?;
        let offset = r.offset();
        let tag = r.u1()?;
        Ok(match tag {
            b'B' | b'C' | b'D' | b'F' | b'I' | b'J' | b'S' | b'Z' | b's' => {
                Self::Const { tag, value: CpIndex(r.u2()?) }
            }
            b'e' => Self::Enum { type_name: CpIndex(r.u2()?), const_name: CpIndex(r.u2()?) },
            b'c' => Self::Class { class_info: CpIndex(r.u2()?) },
            b'@' => Self::Annotation(Box::new(Annotation::read(r, ctx)?)),
            b'[' => Self::Array(Vec::read(r, ctx)?),
            _ => return Err(malformed(format!("unknown element value tag {tag} at offset {offset}"))),
        })
    }

    fn write(&self, out: &mut Vec<u8>) -> Result<(), WriteError> {
        match self {
            Self::Const { tag, value } => {
                out.put_u1(*tag);
                out.put_u2(value.0);
            }
            Self::Enum { type_name, const_name } => {
                out.put_u1(b'e');
                out.put_u2(type_name.0);
                out.put_u2(const_name.0);
            }
            Self::Class { class_info } => {
                out.put_u1(b'c');
                out.put_u2(class_info.0);
            }
            Self::Annotation(a) => {
                out.put_u1(b'@');
                a.write(out)?;
            }
            Self::Array(values) => {
                out.put_u1(b'[');
                values.write(out)?;
            }
        }
        Ok(())
    }
}

/// The body of `Runtime(In)VisibleParameterAnnotations`: one list per parameter, behind a `u1` count.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ParameterAnnotations(pub Vec<Vec<Annotation>>);

impl Codec for ParameterAnnotations {
    fn read(r: &mut Reader<'_>, ctx: Ctx<'_>) -> Result<Self> {
        let count = r.u1()?;
        Ok(Self(read_n(r, ctx, usize::from(count))?))
    }

    fn write(&self, out: &mut Vec<u8>) -> Result<(), WriteError> {
        let count = u8::try_from(self.0.len())
            .map_err(|_| WriteError::TooLong { what: "parameter annotations", len: self.0.len() })?;
        out.put_u1(count);
        write_all(&self.0, out)
    }
}

codec_struct! {
    /// A `localvar_target` row: where a local variable lives.
    pub struct LocalVarTarget {
        /// First bci of the range.
        pub start_pc: u16,
        /// Length of the range.
        pub length: u16,
        /// The local-variable slot.
        pub index: u16,
    }
}

/// A type annotation's `target_info`, selected by its `target_type` (JVMS table 4.7.20-A/B/C).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum TargetInfo {
    /// `type_parameter_target` (0x00, 0x01).
    TypeParameter {
        /// The type parameter's index.
        index: u8,
    },
    /// `supertype_target` (0x10): 65535 for the superclass, else an index into `interfaces`.
    Supertype {
        /// The supertype index.
        index: u16,
    },
    /// `type_parameter_bound_target` (0x11, 0x12).
    TypeParameterBound {
        /// The type parameter's index.
        parameter: u8,
        /// The bound's index.
        bound: u8,
    },
    /// `empty_target` (0x13-0x15): field type, return type, receiver type.
    Empty,
    /// `formal_parameter_target` (0x16).
    FormalParameter {
        /// The parameter's index.
        index: u8,
    },
    /// `throws_target` (0x17): an index into the `Exceptions` attribute.
    Throws {
        /// The exception's index.
        index: u16,
    },
    /// `localvar_target` (0x40, 0x41).
    LocalVar(Vec<LocalVarTarget>),
    /// `catch_target` (0x42): an index into the exception table.
    Catch {
        /// The handler's index.
        exception_table_index: u16,
    },
    /// `offset_target` (0x43-0x46): `instanceof`, `new`, method references.
    Offset {
        /// The instruction's bci.
        offset: u16,
    },
    /// `type_argument_target` (0x47-0x4B): casts and generic calls.
    TypeArgument {
        /// The instruction's bci.
        offset: u16,
        /// The type argument's index.
        index: u8,
    },
}

/// A `type_annotation`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TypeAnnotation {
    /// `target_type`: what kind of type use is annotated.
    pub target_type: u8,
    /// Which type use, in the form the target type selects.
    pub target_info: TargetInfo,
    /// `type_path`: (`type_path_kind`, `type_argument_index`) steps into the type.
    pub target_path: Vec<(u8, u8)>,
    /// The annotation itself.
    pub annotation: Annotation,
}

impl Codec for TypeAnnotation {
    fn read(r: &mut Reader<'_>, ctx: Ctx<'_>) -> Result<Self> {
        let offset = r.offset();
        let target_type = r.u1()?;
        let target_info = match target_type {
            0x00 | 0x01 => TargetInfo::TypeParameter { index: r.u1()? },
            0x10 => TargetInfo::Supertype { index: r.u2()? },
            0x11 | 0x12 => TargetInfo::TypeParameterBound { parameter: r.u1()?, bound: r.u1()? },
            0x13..=0x15 => TargetInfo::Empty,
            0x16 => TargetInfo::FormalParameter { index: r.u1()? },
            0x17 => TargetInfo::Throws { index: r.u2()? },
            0x40 | 0x41 => TargetInfo::LocalVar(Vec::read(r, ctx)?),
            0x42 => TargetInfo::Catch { exception_table_index: r.u2()? },
            0x43..=0x46 => TargetInfo::Offset { offset: r.u2()? },
            0x47..=0x4B => TargetInfo::TypeArgument { offset: r.u2()?, index: r.u1()? },
            _ => return Err(malformed(format!("unknown type annotation target {target_type:#04x} at offset {offset}"))),
        };
        let path_len = r.u1()?;
        let mut target_path = Vec::with_capacity(usize::from(path_len));
        for _ in 0..path_len {
            target_path.push((r.u1()?, r.u1()?));
        }
        let annotation = Annotation::read(r, ctx)?;
        Ok(Self { target_type, target_info, target_path, annotation })
    }

    fn write(&self, out: &mut Vec<u8>) -> Result<(), WriteError> {
        out.put_u1(self.target_type);
        match &self.target_info {
            TargetInfo::TypeParameter { index } | TargetInfo::FormalParameter { index } => out.put_u1(*index),
            TargetInfo::Supertype { index } | TargetInfo::Throws { index } => out.put_u2(*index),
            TargetInfo::TypeParameterBound { parameter, bound } => {
                out.put_u1(*parameter);
                out.put_u1(*bound);
            }
            TargetInfo::Empty => {}
            TargetInfo::LocalVar(table) => table.write(out)?,
            TargetInfo::Catch { exception_table_index } => out.put_u2(*exception_table_index),
            TargetInfo::Offset { offset } => out.put_u2(*offset),
            TargetInfo::TypeArgument { offset, index } => {
                out.put_u2(*offset);
                out.put_u1(*index);
            }
        }
        let path_len = u8::try_from(self.target_path.len())
            .map_err(|_| WriteError::TooLong { what: "type path", len: self.target_path.len() })?;
        out.put_u1(path_len);
        for (kind, index) in &self.target_path {
            out.put_u1(*kind);
            out.put_u1(*index);
        }
        self.annotation.write(out)
    }
}
