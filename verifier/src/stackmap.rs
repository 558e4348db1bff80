//! Expansion of the `StackMapTable` (JVMS 4.7.4) from its delta-encoded frames into full frames at bcis,
//! each checked to sit on an instruction and to fit `max_locals` and `max_stack`.

use classfile::attribute::{StackMapFrame, VerificationType};
use classfile::opcode::Opcode;

use crate::error::VerifyErrorKind;
use crate::frame::Frame;
use crate::method::MethodCtx;
use crate::types::VType;

fn bad(reason: impl Into<String>) -> VerifyErrorKind {
    VerifyErrorKind::StackMapFormat(reason.into())
}

/// The method's stack map frames, in bci order, locals padded with `Top` to `max_locals`.
pub(crate) fn expand(
    m: &MethodCtx<'_>,
    initial: &Frame,
) -> Result<Vec<(u32, Frame)>, VerifyErrorKind> {
    let Some(encoded) = m.code.stack_map_frames() else {
        return Err(bad("malformed StackMapTable attribute"));
    };
    let max_locals = usize::from(m.code.max_locals);
    // Locals without the padding: the form chop and append work on.
    let mut locals: Vec<VType> = initial.locals.clone();
    while locals.last() == Some(&VType::Top) && !locals.is_empty() {
        let n = locals.len();
        // Keep the Top half of a trailing long/double parameter.
        if n >= 2 && locals[n - 2].is_category2() {
            break;
        }
        locals.pop();
    }
    let mut out = Vec::with_capacity(encoded.len());
    let mut bci: Option<u32> = None;
    for f in encoded {
        let delta = u32::from(f.offset_delta());
        let here = match bci {
            None => delta,
            Some(prev) => prev + delta + 1,
        };
        bci = Some(here);
        if m.insn_index(here).is_none() {
            return Err(VerifyErrorKind::BadStackMap("bad offset".into()));
        }
        let mut stack = Vec::new();
        match f {
            StackMapFrame::Same { .. } | StackMapFrame::SameExtended { .. } => {}
            StackMapFrame::SameLocals1StackItem { stack: s, .. }
            | StackMapFrame::SameLocals1StackItemExtended { stack: s, .. } => {
                push_type(m, &mut stack, s)?
            }
            StackMapFrame::Chop { chopped, .. } => {
                for _ in 0..*chopped {
                    let Some(last) = locals.pop() else {
                        return Err(bad("chop_frame removes too many locals"));
                    };
                    if last == VType::Top && locals.last().is_some_and(VType::is_category2) {
                        locals.pop();
                    }
                }
            }
            StackMapFrame::Append { locals: added, .. } => {
                for t in added {
                    push_type(m, &mut locals, t)?;
                }
            }
            StackMapFrame::Full {
                locals: l,
                stack: s,
                ..
            } => {
                locals.clear();
                for t in l {
                    push_type(m, &mut locals, t)?;
                }
                for t in s {
                    push_type(m, &mut stack, t)?;
                }
            }
        }
        if locals.len() > max_locals {
            return Err(bad("bad type array size"));
        }
        if stack.len() > m.max_stack {
            return Err(bad("bad type array size"));
        }
        let locals_size = locals.len();
        let mut padded = locals.clone();
        padded.resize(max_locals, VType::Top);
        let this_uninit = padded.contains(&VType::UninitializedThis);
        out.push((
            here,
            Frame {
                locals: padded,
                stack,
                this_uninit,
                locals_size,
            },
        ));
    }
    Ok(out)
}

/// Appends one encoded type (two entries for long and double), resolving class constants and checking
/// that an uninitialized type names a `new` instruction.
fn push_type(
    m: &MethodCtx<'_>,
    out: &mut Vec<VType>,
    t: &VerificationType,
) -> Result<(), VerifyErrorKind> {
    let v = match *t {
        VerificationType::Top => VType::Top,
        VerificationType::Integer => VType::Int,
        VerificationType::Float => VType::Float,
        VerificationType::Long => VType::Long,
        VerificationType::Double => VType::Double,
        VerificationType::Null => VType::Null,
        VerificationType::UninitializedThis => VType::UninitializedThis,
        VerificationType::Object(i) => {
            let name = m
                .class
                .cp
                .class_name(i)
                .map_err(|_| bad("bad class index"))?;
            VType::reference(name)
        }
        VerificationType::Uninitialized(off) => {
            let off = u32::from(off);
            let is_new = m
                .insn_index(off)
                .and_then(|i| m.insns.get(i))
                .is_some_and(|x| x.opcode == Opcode::New);
            if !is_new {
                return Err(bad("bad offset for Uninitialized"));
            }
            VType::Uninitialized(off)
        }
    };
    let wide = v.is_category2();
    out.push(v);
    if wide {
        out.push(VType::Top);
    }
    Ok(())
}
