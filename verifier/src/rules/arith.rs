//! Stack manipulation (`pop` to `swap`, by value category), arithmetic, conversions and comparisons.

use classfile::bytecode::Instruction;
use classfile::opcode::Opcode;

use super::{Flow, push};
use crate::error::{Step, VerifyErrorKind};
use crate::frame::Frame;
use crate::method::MethodCtx;
use crate::rules::within;
use crate::types::VType;

/// The four numeric types in the order opcode families list them (i, l, f, d).
const NUM: [VType; 4] = [VType::Int, VType::Long, VType::Float, VType::Double];
/// A binary operation's two operands of each numeric type.
const PAIRS: [[VType; 2]; 4] = [
    [VType::Int, VType::Int],
    [VType::Long, VType::Long],
    [VType::Float, VType::Float],
    [VType::Double, VType::Double],
];

pub(super) fn step(m: &MethodCtx<'_>, f: &mut Frame, insn: &Instruction) -> Step<Flow> {
    use Opcode as O;
    use VType::{Double as D, Float as F, Int as I, Long as L};
    let op = insn.opcode as u8;
    // (operands popped, top last; result pushed)
    let (pops, result): (&[VType], Option<VType>) = match insn.opcode {
        o if within(o, O::Pop, O::Swap) => {
            manipulate(f, insn.opcode, m.max_stack)?;
            return Ok(Flow::Next);
        }
        o if within(o, O::Iadd, O::Drem) => {
            let i = usize::from((op - O::Iadd as u8) % 4);
            (&PAIRS[i], Some(NUM[i].clone()))
        }
        o if within(o, O::Ineg, O::Dneg) => {
            let t = &NUM[usize::from((op - O::Ineg as u8) % 4)];
            (std::slice::from_ref(t), Some(t.clone()))
        }
        O::Ishl | O::Ishr | O::Iushr | O::Iand | O::Ior | O::Ixor => (&[I, I], Some(I)),
        O::Lshl | O::Lshr | O::Lushr => (&[L, I], Some(L)),
        O::Land | O::Lor | O::Lxor => (&[L, L], Some(L)),
        O::I2l => (&[I], Some(L)),
        O::I2f => (&[I], Some(F)),
        O::I2d => (&[I], Some(D)),
        O::L2i => (&[L], Some(I)),
        O::L2f => (&[L], Some(F)),
        O::L2d => (&[L], Some(D)),
        O::F2i => (&[F], Some(I)),
        O::F2l => (&[F], Some(L)),
        O::F2d => (&[F], Some(D)),
        O::D2i => (&[D], Some(I)),
        O::D2l => (&[D], Some(L)),
        O::D2f => (&[D], Some(F)),
        O::I2b | O::I2c | O::I2s => (&[I], Some(I)),
        O::Lcmp => (&[L, L], Some(I)),
        O::Fcmpl | O::Fcmpg => (&[F, F], Some(I)),
        O::Dcmpl | O::Dcmpg => (&[D, D], Some(I)),
        _ => return Err(super::bad_instruction(insn)),
    };
    for t in pops.iter().rev() {
        f.pop_exact(t)?;
    }
    if let Some(r) = result {
        push(m, f, r)?;
    }
    Ok(Flow::Next)
}

/// Whether the slot `depth` below the top holds a category-1 value.
fn cat1(f: &Frame, depth: usize) -> Result<bool, VerifyErrorKind> {
    let t = f.peek(depth)?;
    Ok(*t != VType::Top && !t.is_category2())
}

/// Whether the two slots from `depth` hold one category-2 value or two category-1 values.
fn pair(f: &Frame, depth: usize) -> Result<bool, VerifyErrorKind> {
    let upper = f.peek(depth)?;
    let lower = f.peek(depth + 1)?;
    Ok((*upper == VType::Top && lower.is_category2()) || (cat1(f, depth)? && cat1(f, depth + 1)?))
}

/// The `pop`/`dup`/`swap` family: check the value categories of the slots involved (JVMS 4.10.1.9), then
/// permute slots. A slot-wise permutation is exact once the categories fit.
fn manipulate(f: &mut Frame, op: Opcode, max_stack: usize) -> Result<(), VerifyErrorKind> {
    use Opcode as O;
    let bad = |f: &Frame| VerifyErrorKind::BadTypeOnStack {
        expected: "category-1 or category-2 value as the instruction needs".into(),
        found: f.peek(0).cloned().unwrap_or(VType::Top),
    };
    // (slots copied from the top, slots they are inserted beneath, extra slots consumed)
    let (ok, copy, under) = match op {
        O::Pop => (cat1(f, 0)?, 0, 1),
        O::Pop2 => (pair(f, 0)?, 0, 2),
        O::Dup => (cat1(f, 0)?, 1, 0),
        O::DupX1 => (cat1(f, 0)? && cat1(f, 1)?, 1, 1),
        O::DupX2 => (cat1(f, 0)? && pair(f, 1)?, 1, 2),
        O::Dup2 => (pair(f, 0)?, 2, 0),
        O::Dup2X1 => (pair(f, 0)? && cat1(f, 2)?, 2, 1),
        O::Dup2X2 => (pair(f, 0)? && pair(f, 2)?, 2, 2),
        O::Swap => (cat1(f, 0)? && cat1(f, 1)?, 0, 0),
        _ => (false, 0, 0),
    };
    if !ok {
        return Err(bad(f));
    }
    let len = f.stack.len();
    match op {
        O::Pop | O::Pop2 => f.stack.truncate(len - under),
        O::Swap => f.stack.swap(len - 1, len - 2),
        _ => {
            if len + copy > max_stack {
                return Err(VerifyErrorKind::StackOverflow);
            }
            let top: Vec<VType> = f.stack[len - copy..].to_vec();
            let at = len - copy - under;
            for (k, t) in top.into_iter().enumerate() {
                f.stack.insert(at + k, t);
            }
        }
    }
    Ok(())
}
