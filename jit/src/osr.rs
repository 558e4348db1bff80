//! On-stack replacement, the JIT's part: what an OSR entry at a loop head must load, from the verifier's
//! frame there. The entry itself is built by the front end (`translate`), which loads these locals from the
//! interpreter frame, takes over its record and jumps to the head.
//!
//! The types come from [`rt::Method::frame_types`]: the frames of the verified class, or, for the trusted class
//! library (not verified at link time), the method type-checked now, once, when its first loop gets hot.
//!
//! Refusals (the loop stays interpreted): a method whose frame types cannot be computed, a head with a
//! non-empty operand stack (javac's never have one), a local holding an object before its constructor ran
//! or a `jsr` return address, and a reference local the interpreter frame's reference map does not call a
//! reference (never seen; the two come from different analyses for the class library, and a collection
//! while the OSR code compiles updates only what the map lists).
//!
//! Monitors need nothing here: a lock is held by the thread (its owner bits in the object's mark word, or
//! the fat monitor's owner and count), not by a frame, so the interpreter's `monitorenter`s stay held and
//! the compiled loop's `monitorexit`s (javac's, on the normal path and in its catch-all handler) release
//! them exactly as the interpreter would. A `synchronized` method's monitor is recorded per frame
//! (`JavaThread::sync_objects`); `runtime_calls::osr_enter` hands it to the compiled frame, which releases
//! it before its returns and in its unwind block.

use rt::compiler::CompileBailout;
use rt::{MethodRef, Runtime, ValueKind};
use verifier::VType;

/// The locals an OSR entry at `bci` loads: (index, kind) for every local the verifier's frame there types
/// as usable (`int`, `float`, `long`, `double`, a reference or `null`).
pub fn entry_locals(rt: &Runtime, method: MethodRef, bci: u32) -> Result<Vec<(u16, ValueKind)>, CompileBailout> {
    let refuse = |what| Err(CompileBailout::Unsupported { what, bci });
    if method.code.is_none() {
        return Err(CompileBailout::NoCode);
    }
    let Some(frame) = method.get(rt).frame_types(rt).and_then(|f| f.frame_at(bci)) else {
        return refuse("OSR without frame types");
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
    let maps = method.ref_maps();
    let Some(map) = maps.at(bci) else { return refuse("OSR without a reference map") };
    let map_refs: Vec<usize> = map.local_refs().collect();
    let disagree = locals.iter().any(|&(i, k)| k == ValueKind::Reference && !map_refs.contains(&usize::from(i)));
    if disagree {
        return refuse("OSR where the reference map and the frame types disagree");
    }
    Ok(locals)
}
