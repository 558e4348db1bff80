//! Fields, method invocation (with `<init>` and uninitialized types), `new`, `checkcast`, `instanceof`
//! and monitors: the rules that name classes and members, including JVMS 4.10.1.8's protected check.

use classfile::bytecode::{Instruction, Operands};
use classfile::constant_pool::MemberRefNames;
use classfile::descriptor::{FieldType, MethodDescriptor};
use classfile::opcode::Opcode;
use classfile::{Constant, CpIndex};

use super::arrays::class_constant;
use super::{Flow, pop_assignable, push};
use crate::assign::is_assignable;
use crate::error::{Step, VerifyErrorKind};
use crate::frame::Frame;
use crate::method::MethodCtx;
use crate::types::VType;

pub(super) fn step(m: &MethodCtx<'_>, f: &mut Frame, insn: &Instruction) -> Step<Flow> {
    use Opcode as O;
    let index = insn.cp_index().unwrap_or(0);
    match insn.opcode {
        O::Getstatic | O::Putstatic | O::Getfield | O::Putfield => field(m, f, insn.opcode, index)?,
        O::Invokevirtual | O::Invokespecial | O::Invokestatic | O::Invokeinterface => {
            invoke(m, f, insn, index)?
        }
        O::Invokedynamic => {
            let illegal = || VerifyErrorKind::IllegalConstant(index);
            if !matches!(
                m.class.cp.get(CpIndex(index)),
                Ok(Constant::InvokeDynamic(_))
            ) {
                return Err(illegal().into());
            }
            let (_, _, descriptor) = m.class.cp.dynamic(CpIndex(index)).map_err(|_| illegal())?;
            let desc = MethodDescriptor::parse(descriptor).ok_or_else(illegal)?;
            pop_arguments(m, f, &desc)?;
            push_return(m, f, &desc)?;
        }
        O::New => {
            let name = class_constant(m, index)?;
            if name.starts_with('[') {
                return Err(VerifyErrorKind::IllegalNew.into());
            }
            push(m, f, VType::Uninitialized(insn.bci))?;
        }
        O::Checkcast | O::Instanceof => {
            let name = class_constant(m, index)?;
            pop_assignable(m, f, &VType::object())?;
            let result = if insn.opcode == O::Checkcast {
                VType::reference(name)
            } else {
                VType::Int
            };
            push(m, f, result)?;
        }
        O::Monitorenter | O::Monitorexit => {
            pop_assignable(m, f, &VType::object())?;
        }
        _ => return Err(super::bad_instruction(insn)),
    }
    Ok(Flow::Next)
}

/// The class, name and descriptor of a member reference whose constant has one of the accepted tags.
fn member<'a>(m: &MethodCtx<'a>, index: u16, accept: &[u8]) -> Step<MemberRefNames<'a>> {
    let illegal = || VerifyErrorKind::IllegalConstant(index);
    let c = m.class.cp.get(CpIndex(index)).map_err(|_| illegal())?;
    if !accept.contains(&c.tag()) {
        return Err(illegal().into());
    }
    Ok(m.class
        .cp
        .member_ref(CpIndex(index))
        .map_err(|_| illegal())?)
}

fn field(m: &MethodCtx<'_>, f: &mut Frame, op: Opcode, index: u16) -> Step {
    let r = member(m, index, &[9])?;
    let ty = FieldType::parse(r.descriptor).ok_or(VerifyErrorKind::IllegalConstant(index))?;
    let value = VType::from_field_type(&ty);
    let owner = VType::reference(r.class);
    match op {
        Opcode::Getstatic => push(m, f, value)?,
        Opcode::Putstatic => {
            pop_assignable(m, f, &value)?;
        }
        Opcode::Getfield => {
            let obj = pop_assignable(m, f, &owner)?;
            protected_check(m, &r, false, &obj)?;
            push(m, f, value)?;
        }
        _ => {
            pop_assignable(m, f, &value)?;
            // Before super() a constructor may set its own class's fields on uninitializedThis.
            if f.peek(0)? == &VType::UninitializedThis
                && m.is_init()
                && r.class == m.class.name
                && declares_field(m, &r)
            {
                f.pop_any()?;
                return Ok(());
            }
            let obj = pop_assignable(m, f, &owner)?;
            protected_check(m, &r, false, &obj)?;
        }
    }
    Ok(())
}

fn declares_field(m: &MethodCtx<'_>, r: &MemberRefNames<'_>) -> bool {
    let cp = m.class.cp;
    m.class.class.fields.iter().any(|fd| {
        fd.name(cp).is_ok_and(|n| n == r.name) && fd.descriptor(cp).is_ok_and(|d| d == r.descriptor)
    })
}

fn invoke(m: &MethodCtx<'_>, f: &mut Frame, insn: &Instruction, index: u16) -> Step {
    use Opcode as O;
    let major = m.class.class.major_version;
    let accept: &[u8] = match insn.opcode {
        O::Invokevirtual => &[10],
        O::Invokeinterface => &[11],
        _ if major >= 52 => &[10, 11],
        _ => &[10],
    };
    let r = member(m, index, accept)?;
    // Only invokespecial may name <init>, and nothing may name <clinit> (JVMS 4.9.1).
    if r.name.starts_with('<') && (insn.opcode != O::Invokespecial || r.name != "<init>") {
        return Err(VerifyErrorKind::IllegalInternalCall.into());
    }
    let desc =
        MethodDescriptor::parse(r.descriptor).ok_or(VerifyErrorKind::IllegalConstant(index))?;
    if let Operands::InvokeInterface { count, .. } = insn.operands
        && usize::from(count) != desc.parameter_slots() + 1
    {
        return Err(VerifyErrorKind::InvokeinterfaceCount.into());
    }
    pop_arguments(m, f, &desc)?;
    let owner = VType::reference(r.class);
    match insn.opcode {
        O::Invokestatic => {}
        O::Invokespecial if r.name == "<init>" => init(m, f, &r)?,
        O::Invokespecial => {
            let current = &m.class.name;
            let is_interface_ref = matches!(
                m.class.cp.get(CpIndex(index)),
                Ok(Constant::InterfaceMethodref(_))
            );
            let related = r.class == current || m.class.super_chain.iter().any(|s| s == r.class);
            if !related && !is_interface_ref {
                return Err(VerifyErrorKind::BadInvokespecial.into());
            }
            pop_assignable(m, f, &VType::reference(current))?;
        }
        O::Invokevirtual => {
            let obj = pop_assignable(m, f, &owner)?;
            protected_check(m, &r, true, &obj)?;
        }
        _ => {
            pop_assignable(m, f, &owner)?;
        }
    }
    push_return(m, f, &desc)
}

/// `invokespecial <init>`: the receiver must be uninitialized; every copy of it becomes initialized.
fn init(m: &MethodCtx<'_>, f: &mut Frame, r: &MemberRefNames<'_>) -> Step {
    let receiver = f.pop_any()?;
    match receiver {
        VType::UninitializedThis => {
            let ok = r.class == m.class.name || m.class.super_name.as_deref() == Some(r.class);
            if !ok {
                return Err(VerifyErrorKind::BadInitCall.into());
            }
            f.replace_all(&VType::UninitializedThis, &VType::reference(&m.class.name));
            f.this_uninit = false;
        }
        VType::Uninitialized(at) => {
            let created = m
                .insn_index(at)
                .and_then(|i| m.insns.get(i))
                .filter(|x| x.opcode == Opcode::New)
                .and_then(|x| x.cp_index())
                .and_then(|i| m.class.cp.class_name(CpIndex(i)).ok());
            if created != Some(r.class) {
                return Err(VerifyErrorKind::WrongInitCall.into());
            }
            f.replace_all(&VType::Uninitialized(at), &VType::reference(r.class));
        }
        found => return Err(VerifyErrorKind::BadInitOperand(found).into()),
    }
    Ok(())
}

fn pop_arguments(m: &MethodCtx<'_>, f: &mut Frame, desc: &MethodDescriptor) -> Step {
    for p in desc.parameters.iter().rev() {
        pop_assignable(m, f, &VType::from_field_type(p))?;
    }
    Ok(())
}

fn push_return(m: &MethodCtx<'_>, f: &mut Frame, desc: &MethodDescriptor) -> Step {
    if let Some(r) = &desc.return_type {
        push(m, f, VType::from_field_type(r))?;
    }
    Ok(())
}

/// JVMS 4.10.1.8: a protected member declared in a superclass in another package may be accessed only
/// through a reference to the current class or a subclass of it.
fn protected_check(
    m: &MethodCtx<'_>,
    r: &MemberRefNames<'_>,
    is_method: bool,
    obj: &VType,
) -> Step {
    let c = m.class;
    if r.class == c.name || !c.super_chain.iter().any(|s| s == r.class) {
        return Ok(());
    }
    let Some(declarer) = c
        .hierarchy
        .protected_member(r.class, r.name, r.descriptor, is_method)?
    else {
        return Ok(());
    };
    if package(&declarer) == package(&c.name) {
        return Ok(());
    }
    // Arrays answer protected Object.clone as public.
    if is_method && r.name == "clone" && obj.is_array() {
        return Ok(());
    }
    if is_assignable(c.hierarchy, obj, &VType::reference(&c.name))? {
        Ok(())
    } else {
        Err(VerifyErrorKind::BadProtectedAccess.into())
    }
}

fn package(name: &str) -> &str {
    name.rfind('/').map_or("", |i| &name[..i])
}
