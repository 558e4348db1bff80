//! `StackMapTable` (JVMS 4.7.4): the frames the type-checking verifier starts from, kept in their exact
//! encoded forms so a frame written as `same_frame_extended` is written back that way.

use super::codec::{Codec, Ctx, read_n, write_all};
use crate::constant_pool::CpIndex;
use crate::error::{FormatDefect, Result, WriteError};
use crate::reader::{Reader, WriteBe, put_count};

/// A verification type (`verification_type_info`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum VerificationType {
    /// `Top_variable_info` (tag 0).
    Top,
    /// `Integer_variable_info` (tag 1).
    Integer,
    /// `Float_variable_info` (tag 2).
    Float,
    /// `Double_variable_info` (tag 3); the slot after it is implicitly top.
    Double,
    /// `Long_variable_info` (tag 4); the slot after it is implicitly top.
    Long,
    /// `Null_variable_info` (tag 5).
    Null,
    /// `UninitializedThis_variable_info` (tag 6).
    UninitializedThis,
    /// `Object_variable_info` (tag 7): a `Class` constant.
    Object(CpIndex),
    /// `Uninitialized_variable_info` (tag 8): the bci of the `new` that created the object.
    Uninitialized(u16),
}

impl Codec for VerificationType {
    fn read(r: &mut Reader<'_>, _: Ctx<'_>) -> Result<Self> {
        let offset = r.offset();
        Ok(match r.u1()? {
            0 => Self::Top,
            1 => Self::Integer,
            2 => Self::Float,
            3 => Self::Double,
            4 => Self::Long,
            5 => Self::Null,
            6 => Self::UninitializedThis,
            7 => Self::Object(CpIndex(r.u2()?)),
            8 => Self::Uninitialized(r.u2()?),
            tag => return Err(malformed(format!("bad verification type tag {tag} at offset {offset}"))),
        })
    }

    fn write(&self, out: &mut Vec<u8>) -> Result<(), WriteError> {
        match *self {
            Self::Top => out.put_u1(0),
            Self::Integer => out.put_u1(1),
            Self::Float => out.put_u1(2),
            Self::Double => out.put_u1(3),
            Self::Long => out.put_u1(4),
            Self::Null => out.put_u1(5),
            Self::UninitializedThis => out.put_u1(6),
            Self::Object(i) => {
                out.put_u1(7);
                out.put_u2(i.0);
            }
            Self::Uninitialized(bci) => {
                out.put_u1(8);
                out.put_u2(bci);
            }
        }
        Ok(())
    }
}

/// One `stack_map_frame`, in the form it was encoded. Offsets are deltas as JVMS defines them: the first
/// frame's bci is `offset_delta`, each later one's is the previous bci plus `offset_delta + 1`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum StackMapFrame {
    /// `same_frame` (types 0-63): the delta is the type itself.
    Same {
        /// 0 to 63.
        offset_delta: u8,
    },
    /// `same_locals_1_stack_item_frame` (types 64-127).
    SameLocals1StackItem {
        /// 0 to 63 (the type minus 64).
        offset_delta: u8,
        /// The single stack entry.
        stack: VerificationType,
    },
    /// `same_locals_1_stack_item_frame_extended` (type 247).
    SameLocals1StackItemExtended {
        /// Any delta.
        offset_delta: u16,
        /// The single stack entry.
        stack: VerificationType,
    },
    /// `chop_frame` (types 248-250): the last `chopped` (1 to 3) locals are gone, the stack is empty.
    Chop {
        /// 1 to 3.
        chopped: u8,
        /// Any delta.
        offset_delta: u16,
    },
    /// `same_frame_extended` (type 251).
    SameExtended {
        /// Any delta.
        offset_delta: u16,
    },
    /// `append_frame` (types 252-254): 1 to 3 more locals, empty stack.
    Append {
        /// Any delta.
        offset_delta: u16,
        /// The added locals (1 to 3).
        locals: Vec<VerificationType>,
    },
    /// `full_frame` (type 255).
    Full {
        /// Any delta.
        offset_delta: u16,
        /// All locals.
        locals: Vec<VerificationType>,
        /// The whole operand stack.
        stack: Vec<VerificationType>,
    },
}

impl StackMapFrame {
    /// The frame's `offset_delta`.
    pub fn offset_delta(&self) -> u16 {
        match *self {
            Self::Same { offset_delta } | Self::SameLocals1StackItem { offset_delta, .. } => {
                u16::from(offset_delta)
            }
            Self::SameLocals1StackItemExtended { offset_delta, .. }
            | Self::Chop { offset_delta, .. }
            | Self::SameExtended { offset_delta }
            | Self::Append { offset_delta, .. }
            | Self::Full { offset_delta, .. } => offset_delta,
        }
    }
}

fn malformed(reason: String) -> crate::error::ClassFormatError {
    FormatDefect::BadAttribute { name: "StackMapTable".into(), reason, context: String::new() }.into()
}

impl Codec for StackMapFrame {
    fn read(r: &mut Reader<'_>, ctx: Ctx<'_>) -> Result<Self> {
        let offset = r.offset();
        let frame_type = r.u1()?;
        Ok(match frame_type {
            0..=63 => Self::Same { offset_delta: frame_type },
            64..=127 => Self::SameLocals1StackItem {
                offset_delta: frame_type - 64,
                stack: VerificationType::read(r, ctx)?,
            },
            247 => Self::SameLocals1StackItemExtended {
                offset_delta: r.u2()?,
                stack: VerificationType::read(r, ctx)?,
            },
            248..=250 => Self::Chop { chopped: 251 - frame_type, offset_delta: r.u2()? },
            251 => Self::SameExtended { offset_delta: r.u2()? },
            252..=254 => {
                let offset_delta = r.u2()?;
                Self::Append { offset_delta, locals: read_n(r, ctx, usize::from(frame_type - 251))? }
            }
            255 => {
                let offset_delta = r.u2()?;
                let locals = Vec::read(r, ctx)?;
                let stack = Vec::read(r, ctx)?;
                Self::Full { offset_delta, locals, stack }
            }
            _ => return Err(malformed(format!("reserved frame type {frame_type} at offset {offset}"))),
        })
    }

    fn write(&self, out: &mut Vec<u8>) -> Result<(), WriteError> {
        match self {
            Self::Same { offset_delta } => out.put_u1(in_range(*offset_delta, 0, 63, "same_frame delta")?),
            Self::SameLocals1StackItem { offset_delta, stack } => {
                out.put_u1(64 + in_range(*offset_delta, 0, 63, "same_locals_1_stack_item_frame delta")?);
                stack.write(out)?;
            }
            Self::SameLocals1StackItemExtended { offset_delta, stack } => {
                out.put_u1(247);
                out.put_u2(*offset_delta);
                stack.write(out)?;
            }
            Self::Chop { chopped, offset_delta } => {
                out.put_u1(251 - in_range(*chopped, 1, 3, "chop_frame count")?);
                out.put_u2(*offset_delta);
            }
            Self::SameExtended { offset_delta } => {
                out.put_u1(251);
                out.put_u2(*offset_delta);
            }
            Self::Append { offset_delta, locals } => {
                let added = u8::try_from(locals.len()).unwrap_or(u8::MAX);
                out.put_u1(251 + in_range(added, 1, 3, "append_frame locals")?);
                out.put_u2(*offset_delta);
                write_all(locals, out)?;
            }
            Self::Full { offset_delta, locals, stack } => {
                out.put_u1(255);
                out.put_u2(*offset_delta);
                put_count(out, locals.len(), "full_frame locals")?;
                write_all(locals, out)?;
                put_count(out, stack.len(), "full_frame stack")?;
                write_all(stack, out)?;
            }
        }
        Ok(())
    }
}

fn in_range(value: u8, min: u8, max: u8, what: &'static str) -> Result<u8, WriteError> {
    if (min..=max).contains(&value) { Ok(value) } else { Err(WriteError::OutOfRange { what, value: value.into() }) }
}
