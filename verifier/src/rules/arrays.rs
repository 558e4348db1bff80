//! Array loads and stores, array creation and `arraylength`. Primitive arrays must match exactly (`baload`
//! takes `byte[]` or `boolean[]`); `null` stands for any array (JVMS 4.10.1.9 `aaload` pushes `null`).

use classfile::CpIndex;
use classfile::bytecode::{Instruction, Operands};
use classfile::opcode::Opcode;

use super::{Flow, pop_assignable, push};
use crate::error::{Step, VerifyErrorKind};
use crate::frame::{Frame, bad};
use crate::method::MethodCtx;
use crate::rules::within;
use crate::types::VType;

/// Array descriptors accepted by the primitive loads and stores, in opcode order from `iaload`/`iastore`
/// (`aaload`/`aastore` are handled apart).
const PRIMITIVE: [(&[&str], VType); 8] = [
    (&["[I"], VType::Int),
    (&["[J"], VType::Long),
    (&["[F"], VType::Float),
    (&["[D"], VType::Double),
    (&[], VType::Top),
    (&["[B", "[Z"], VType::Int),
    (&["[C"], VType::Int),
    (&["[S"], VType::Int),
];

pub(super) fn step(m: &MethodCtx<'_>, f: &mut Frame, insn: &Instruction) -> Step<Flow> {
    use Opcode as O;
    let op = insn.opcode as u8;
    match insn.opcode {
        O::Aaload => {
            f.pop_exact(&VType::Int)?;
            let array = f.pop_any()?;
            let elem = match &array {
                VType::Null => VType::Null,
                VType::Reference(name) => match VType::array_element(name) {
                    Some(e @ VType::Reference(_)) => e,
                    _ => return Err(bad_array("array of references", array)),
                },
                _ => return Err(bad_array("array of references", array)),
            };
            push(m, f, elem)?;
        }
        o if within(o, O::Iaload, O::Saload) => {
            let (names, elem) = &PRIMITIVE[usize::from(op - O::Iaload as u8)];
            f.pop_exact(&VType::Int)?;
            pop_primitive_array(f, names)?;
            push(m, f, elem.clone())?;
        }
        O::Aastore => {
            pop_assignable(m, f, &VType::object())?;
            f.pop_exact(&VType::Int)?;
            let array = f.pop_any()?;
            let ok = match &array {
                VType::Null => true,
                VType::Reference(name) => {
                    matches!(VType::array_element(name), Some(VType::Reference(_)))
                }
                _ => false,
            };
            if !ok {
                return Err(bad_array("array of references", array));
            }
        }
        o if within(o, O::Iastore, O::Sastore) => {
            let (names, elem) = &PRIMITIVE[usize::from(op - O::Iastore as u8)];
            f.pop_exact(elem)?;
            f.pop_exact(&VType::Int)?;
            pop_primitive_array(f, names)?;
        }
        O::Arraylength => {
            let array = f.pop_any()?;
            if !(array == VType::Null || array.is_array()) {
                return Err(bad_array("array", array));
            }
            push(m, f, VType::Int)?;
        }
        O::Newarray => {
            f.pop_exact(&VType::Int)?;
            let Operands::NewArray(atype) = insn.operands else {
                return Err(VerifyErrorKind::BadInstruction("newarray".into()).into());
            };
            push(m, f, VType::reference(&format!("[{}", atype.descriptor())))?;
        }
        O::Anewarray => {
            let elem = class_constant(m, insn.cp_index().unwrap_or(0))?;
            if elem.bytes().take_while(|&b| b == b'[').count() >= 255 {
                return Err(VerifyErrorKind::IllegalNew.into());
            }
            f.pop_exact(&VType::Int)?;
            push(m, f, VType::array_of_reference(elem))?;
        }
        O::Multianewarray => {
            let Operands::MultiANewArray { index, dims } = insn.operands else {
                return Err(VerifyErrorKind::BadInstruction("multianewarray".into()).into());
            };
            let name = class_constant(m, index)?;
            let declared = name.bytes().take_while(|&b| b == b'[').count();
            if dims == 0 || usize::from(dims) > declared {
                return Err(VerifyErrorKind::MultianewarrayDims(dims).into());
            }
            for _ in 0..dims {
                f.pop_exact(&VType::Int)?;
            }
            push(m, f, VType::reference(name))?;
        }
        _ => return Err(super::bad_instruction(insn)),
    }
    Ok(Flow::Next)
}

fn bad_array(expected: &str, found: VType) -> crate::error::Fail {
    VerifyErrorKind::BadTypeOnStack {
        expected: expected.into(),
        found,
    }
    .into()
}

fn pop_primitive_array(f: &mut Frame, names: &[&str]) -> Step {
    let array = f.pop_any()?;
    let ok = match &array {
        VType::Null => true,
        VType::Reference(n) => names.contains(&&**n),
        _ => false,
    };
    if !ok {
        let expected = names
            .first()
            .map_or_else(|| VType::Top, |n| VType::reference(n));
        return Err(bad(&expected, &array).into());
    }
    Ok(())
}

/// The name of the `Class` constant at `index` ("Illegal type at constant pool entry" otherwise).
pub(super) fn class_constant<'a>(m: &MethodCtx<'a>, index: u16) -> Step<&'a str> {
    m.class
        .cp
        .class_name(CpIndex(index))
        .map_err(|_| VerifyErrorKind::IllegalConstant(index).into())
}
