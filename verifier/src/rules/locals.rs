//! Constants, local-variable loads and stores, and `iinc`.

use classfile::Constant;
use classfile::CpIndex;
use classfile::bytecode::Instruction;
use classfile::descriptor::FieldType;
use classfile::opcode::Opcode;

use super::{Flow, pop_assignable, push};
use crate::error::{Step, VerifyErrorKind};
use crate::frame::Frame;
use crate::method::MethodCtx;
use crate::rules::within;
use crate::types::VType;

/// The kind of value a load or store moves.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Kind {
    I,
    L,
    F,
    D,
    A,
}

impl Kind {
    fn vtype(self) -> VType {
        match self {
            Kind::I => VType::Int,
            Kind::L => VType::Long,
            Kind::F => VType::Float,
            Kind::D => VType::Double,
            Kind::A => VType::Top,
        }
    }
}

/// The kind and local index of a load or store (`None` for the rest).
fn local_access(insn: &Instruction) -> Option<(Kind, u32, bool)> {
    use Opcode as O;
    let op = insn.opcode as u8;
    let explicit = u32::from(insn.local_index().unwrap_or(0));
    const KINDS: [Kind; 5] = [Kind::I, Kind::L, Kind::F, Kind::D, Kind::A];
    let (kind, index, store) = match insn.opcode {
        o if within(o, O::Iload, O::Aload) => {
            (KINDS[usize::from(op - O::Iload as u8)], explicit, false)
        }
        o if within(o, O::Iload0, O::Aload3) => {
            let k = op - O::Iload0 as u8;
            (KINDS[usize::from(k / 4)], u32::from(k % 4), false)
        }
        o if within(o, O::Istore, O::Astore) => {
            (KINDS[usize::from(op - O::Istore as u8)], explicit, true)
        }
        o if within(o, O::Istore0, O::Astore3) => {
            let k = op - O::Istore0 as u8;
            (KINDS[usize::from(k / 4)], u32::from(k % 4), true)
        }
        _ => return None,
    };
    Some((kind, index, store))
}

pub(super) fn step(m: &MethodCtx<'_>, f: &mut Frame, insn: &Instruction) -> Step<Flow> {
    use Opcode as O;
    if let Some((kind, index, store)) = local_access(insn) {
        if store {
            store_local(m, f, kind, index)?;
        } else {
            load_local(m, f, kind, index)?;
        }
        return Ok(Flow::Next);
    }
    match insn.opcode {
        O::AconstNull => push(m, f, VType::Null)?,
        o if within(o, O::IconstM1, O::Iconst5) || o == O::Bipush || o == O::Sipush => {
            push(m, f, VType::Int)?
        }
        O::Lconst0 | O::Lconst1 => push(m, f, VType::Long)?,
        o if within(o, O::Fconst0, O::Fconst2) => push(m, f, VType::Float)?,
        O::Dconst0 | O::Dconst1 => push(m, f, VType::Double)?,
        O::Ldc | O::LdcW | O::Ldc2W => {
            let index = insn.cp_index().unwrap_or(0);
            let t = ldc_type(m, index, insn.opcode == O::Ldc2W)?;
            push(m, f, t)?;
        }
        O::Iinc => {
            let index = u32::from(insn.local_index().unwrap_or(0));
            let found = f.local(index)?;
            if *found != VType::Int {
                return Err(bad_local(index, "integer", found));
            }
        }
        _ => return Err(super::bad_instruction(insn)),
    }
    Ok(Flow::Next)
}

fn bad_local(index: u32, expected: &str, found: &VType) -> crate::error::Fail {
    VerifyErrorKind::BadLocalType {
        index,
        expected: expected.into(),
        found: found.clone(),
    }
    .into()
}

fn load_local(m: &MethodCtx<'_>, f: &mut Frame, kind: Kind, index: u32) -> Step {
    if matches!(kind, Kind::L | Kind::D) && index as usize + 1 >= f.locals_size {
        return Err(VerifyErrorKind::LongLoadOverflow.into());
    }
    let t = f.local(index)?.clone();
    match kind {
        Kind::A => {
            if !t.is_reference_like() {
                return Err(bad_local(index, "reference", &t));
            }
            push(m, f, t)
        }
        Kind::L | Kind::D => {
            let expected = kind.vtype();
            let half = f.local(index + 1)?;
            if t != expected || *half != VType::Top {
                return Err(bad_local(index, &expected.to_string(), &t));
            }
            push(m, f, expected)
        }
        Kind::I | Kind::F => {
            let expected = kind.vtype();
            if t != expected {
                return Err(bad_local(index, &expected.to_string(), &t));
            }
            push(m, f, expected)
        }
    }
}

fn store_local(m: &MethodCtx<'_>, f: &mut Frame, kind: Kind, index: u32) -> Step {
    let t = if kind == Kind::A {
        let t = f.pop_any()?;
        // Return addresses may be stored only by type inference (jsr/ret exist only there).
        let ok = t.is_reference_like() || (m.inference && matches!(t, VType::ReturnAddress(_)));
        if !ok {
            return Err(VerifyErrorKind::BadTypeOnStack {
                expected: "reference".into(),
                found: t,
            }
            .into());
        }
        t
    } else {
        pop_assignable(m, f, &kind.vtype())?
    };
    Ok(f.set_local(index, t)?)
}

/// The type `ldc`, `ldc_w` or `ldc2_w` pushes for the constant at `index` (JVMS 4.10.1.9 ldc).
fn ldc_type(m: &MethodCtx<'_>, index: u16, wide: bool) -> Step<VType> {
    let cp = m.class.cp;
    let illegal = || VerifyErrorKind::IllegalConstant(index).into();
    let c = cp.get(CpIndex(index)).map_err(|_| illegal())?;
    let major = m.class.class.major_version;
    let t = match c {
        Constant::Integer(_) if !wide => VType::Int,
        Constant::Float(_) if !wide => VType::Float,
        Constant::Long(_) if wide => VType::Long,
        Constant::Double(_) if wide => VType::Double,
        Constant::String { .. } if !wide => VType::reference("java/lang/String"),
        Constant::Class { .. } if !wide && major >= 49 => VType::reference("java/lang/Class"),
        Constant::MethodType { .. } if !wide && major >= 51 => {
            VType::reference("java/lang/invoke/MethodType")
        }
        Constant::MethodHandle { .. } if !wide && major >= 51 => {
            VType::reference("java/lang/invoke/MethodHandle")
        }
        Constant::Dynamic(_) if major >= 55 => {
            let (_, _, descriptor) = cp.dynamic(CpIndex(index)).map_err(|_| illegal())?;
            let ty = FieldType::parse(descriptor).ok_or_else(illegal)?;
            let t = VType::from_field_type(&ty);
            if t.is_category2() != wide {
                return Err(illegal());
            }
            t
        }
        _ => return Err(illegal()),
    };
    Ok(t)
}
