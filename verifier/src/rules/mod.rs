//! The instruction rules of JVMS 4.10.1.9, one file per family around [`step`], which applies one
//! instruction to a frame and says where control goes next. Both drivers (type checking and type inference)
//! use the same rules; they differ only in how they treat the successors.

mod arith;
mod arrays;
mod control;
mod locals;
mod refs;

use classfile::bytecode::Instruction;
use classfile::opcode::Opcode;

use crate::assign::is_assignable;
use crate::error::{Step, VerifyErrorKind};
use crate::frame::Frame;
use crate::method::MethodCtx;
use crate::types::VType;

/// Where control goes after an instruction.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Flow {
    /// To the next instruction only.
    Next,
    /// To the target and to the next instruction (conditional branches).
    Branch(u32),
    /// To the target only.
    Goto(u32),
    /// To the switch's targets, read from the instruction.
    Switch,
    /// Nowhere (returns and `athrow`).
    End,
    /// `jsr`: to the subroutine at the target, coming back after the instruction.
    Jsr(u32),
    /// `ret` through the return address in this local.
    Ret(u32),
}

/// Applies `insn` to `f`, leaving the outgoing frame in `f`.
pub(crate) fn step(m: &MethodCtx<'_>, f: &mut Frame, insn: &Instruction) -> Step<Flow> {
    use Opcode as O;
    match insn.opcode {
        O::Nop => Ok(Flow::Next),
        o if within(o, O::AconstNull, O::Aload3)
            || within(o, O::Istore, O::Astore3)
            || o == O::Iinc =>
        {
            locals::step(m, f, insn)
        }
        o if within(o, O::Iaload, O::Saload) || within(o, O::Iastore, O::Sastore) => {
            arrays::step(m, f, insn)
        }
        O::Newarray | O::Anewarray | O::Arraylength | O::Multianewarray => arrays::step(m, f, insn),
        o if within(o, O::Pop, O::Dcmpg) => arith::step(m, f, insn),
        o if within(o, O::Ifeq, O::Return)
            || o == O::Athrow
            || o == O::Ifnull
            || o == O::Ifnonnull
            || o == O::GotoW
            || o == O::JsrW =>
        {
            control::step(m, f, insn)
        }
        o if within(o, O::Getstatic, O::New) || within(o, O::Checkcast, O::Monitorexit) => {
            refs::step(m, f, insn)
        }
        _ => Err(bad_instruction(insn)),
    }
}

/// Pops a value that must be assignable to `expected` (both halves for long and double).
pub(crate) fn pop_assignable(m: &MethodCtx<'_>, f: &mut Frame, expected: &VType) -> Step<VType> {
    if !matches!(expected, VType::Reference(_)) {
        return Ok(f.pop_exact(expected)?);
    }
    let found = f.pop_any()?;
    if !is_assignable(m.class.hierarchy, &found, expected)? {
        return Err(VerifyErrorKind::BadTypeOnStack {
            expected: expected.to_string(),
            found,
        }
        .into());
    }
    Ok(found)
}

/// Pushes a value of `ty`.
pub(crate) fn push(m: &MethodCtx<'_>, f: &mut Frame, ty: VType) -> Step {
    Ok(f.push(ty, m.max_stack)?)
}

/// Whether `op` lies in the opcode range `first..=last` (the opcode table lists families contiguously).
pub(crate) fn within(op: Opcode, first: Opcode, last: Opcode) -> bool {
    (first as u8..=last as u8).contains(&(op as u8))
}

/// `Bad instruction: a8`, HotSpot's words for an opcode refused where it stands.
pub(crate) fn bad_instruction(insn: &Instruction) -> crate::error::Fail {
    VerifyErrorKind::BadInstruction(format!("{:02x}", insn.opcode as u8)).into()
}
