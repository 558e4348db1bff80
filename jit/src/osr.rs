//! On-stack replacement, the JIT's part: what an OSR entry at a loop head must load, from the verifier's
//! frame there. The entry itself is built by the front end (`translate`), which loads these locals from the
//! interpreter frame, takes over its record and jumps to the head.
//!
//! Refusals (the loop stays interpreted): a class without verifier frames (the trusted class library,
//! `-Xverify:none`), a head with a non-empty operand stack (javac's never have one), a local holding an
//! object before its constructor ran or a `jsr` return address, and methods that hold monitors (the
//! interpreter frame's monitors would have to move to the compiled frame).

use classfile::access::AccessFlags;
use classfile::bytecode::decode;
use classfile::opcode::Opcode;
use rt::compiler::CompileBailout;
use rt::{MethodRef, ValueKind};
use verifier::VType;

/// The locals an OSR entry at `bci` loads: (index, kind) for every local the verifier's frame there types
/// as usable (`int`, `float`, `long`, `double`, a reference or `null`).
pub fn entry_locals(method: MethodRef, bci: u32) -> Result<Vec<(u16, ValueKind)>, CompileBailout> {
    let refuse = |what| Err(CompileBailout::Unsupported { what, bci });
    let Some(code) = method.code.as_ref() else { return Err(CompileBailout::NoCode) };
    if method.access.has(AccessFlags::SYNCHRONIZED) {
        return refuse("OSR in a synchronized method");
    }
    let insns = decode(&code.bytes).map_err(|e| CompileBailout::Malformed { bci, detail: e.to_string() })?;
    if insns.iter().any(|i| matches!(i.opcode, Opcode::Monitorenter | Opcode::Monitorexit)) {
        return refuse("OSR in a method with monitors");
    }
    let verified = method.class.verified.get().and_then(Option::as_ref);
    let Some(frame) = verified.and_then(|v| v.frame_at(usize::from(method.index), bci)) else {
        return refuse("OSR without verifier frames");
    };
    if !frame.stack.is_empty() {
        return refuse("OSR at a loop head with a non-empty stack");
    }
    let mut locals = Vec::new();
    for (index, vtype) in frame.locals.iter().enumerate() {
        let kind = match vtype {
            VType::Top => continue,
            VType::Int => ValueKind::Int,
            VType::Float => ValueKind::Float,
            VType::Long => ValueKind::Long,
            VType::Double => ValueKind::Double,
            VType::Null | VType::Reference(_) => ValueKind::Reference,
            VType::UninitializedThis | VType::Uninitialized(_) => return refuse("OSR with an uninitialized object live"),
            VType::ReturnAddress(_) => return refuse("OSR with a return address live"),
        };
        let index = u16::try_from(index).map_err(|_| CompileBailout::Malformed { bci, detail: "too many locals".into() })?;
        locals.push((index, kind));
    }
    Ok(locals)
}
