//! Branches, switches, `jsr`/`ret`, returns and `athrow`: the rules that end a basic block.

use classfile::bytecode::Instruction;
use classfile::opcode::Opcode;

use super::{Flow, pop_assignable, push};
use crate::assign::is_assignable;
use crate::error::{Step, VerifyErrorKind};
use crate::frame::Frame;
use crate::method::MethodCtx;
use crate::rules::within;
use crate::types::VType;

pub(super) fn step(m: &MethodCtx<'_>, f: &mut Frame, insn: &Instruction) -> Step<Flow> {
    use Opcode as O;
    // A target outside u32 cannot be an instruction; the driver reports it as an illegal target.
    let target = insn.branch_target().unwrap_or(u32::MAX);
    Ok(match insn.opcode {
        o if within(o, O::Ifeq, O::Ifle) => {
            f.pop_exact(&VType::Int)?;
            Flow::Branch(target)
        }
        o if within(o, O::IfIcmpeq, O::IfIcmple) => {
            f.pop_exact(&VType::Int)?;
            f.pop_exact(&VType::Int)?;
            Flow::Branch(target)
        }
        O::IfAcmpeq | O::IfAcmpne => {
            f.pop_reference()?;
            f.pop_reference()?;
            Flow::Branch(target)
        }
        O::Ifnull | O::Ifnonnull => {
            f.pop_reference()?;
            Flow::Branch(target)
        }
        O::Goto | O::GotoW => Flow::Goto(target),
        O::Jsr | O::JsrW => {
            if !m.inference {
                return Err(super::bad_instruction(insn));
            }
            // The return address names the subroutine, so that every caller's address merges equal.
            push(m, f, VType::ReturnAddress(target))?;
            Flow::Jsr(target)
        }
        O::Ret => {
            if !m.inference {
                return Err(super::bad_instruction(insn));
            }
            let index = u32::from(insn.local_index().unwrap_or(0));
            let t = f.local(index)?;
            if !matches!(t, VType::ReturnAddress(_)) {
                return Err(VerifyErrorKind::BadLocalType {
                    index,
                    expected: "returnAddress".into(),
                    found: t.clone(),
                }
                .into());
            }
            Flow::Ret(index)
        }
        O::Tableswitch | O::Lookupswitch => {
            f.pop_exact(&VType::Int)?;
            Flow::Switch
        }
        O::Ireturn | O::Lreturn | O::Freturn | O::Dreturn => {
            let t = [VType::Int, VType::Long, VType::Float, VType::Double]
                .into_iter()
                .nth(usize::from(insn.opcode as u8 - O::Ireturn as u8))
                .unwrap_or(VType::Top);
            if t.is_category2() {
                f.pop_halves(&t)?;
            } else {
                f.pop_exact(&t)?;
            }
            match &m.return_type {
                None => return Err(VerifyErrorKind::NoReturnValueExpected.into()),
                Some(r) if *r != t => return Err(VerifyErrorKind::BadReturnType.into()),
                Some(_) => {}
            }
            Flow::End
        }
        O::Areturn => {
            let found = f.pop_reference()?;
            match &m.return_type {
                None => return Err(VerifyErrorKind::NoReturnValueExpected.into()),
                Some(r @ VType::Reference(_)) => {
                    if !is_assignable(m.class.hierarchy, &found, r)? {
                        return Err(VerifyErrorKind::BadReturnType.into());
                    }
                }
                Some(_) => return Err(VerifyErrorKind::BadReturnType.into()),
            }
            Flow::End
        }
        O::Return => {
            if m.return_type.is_some() {
                return Err(VerifyErrorKind::ExpectsReturnValue.into());
            }
            if m.is_init() && f.this_uninit {
                return Err(VerifyErrorKind::InitNotCalled.into());
            }
            Flow::End
        }
        O::Athrow => {
            pop_assignable(m, f, &VType::reference("java/lang/Throwable"))?;
            Flow::End
        }
        _ => return Err(super::bad_instruction(insn)),
    })
}
