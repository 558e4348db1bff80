//! The collector's walk of compiled frames: where each compiled frame keeps its references, from the stack
//! maps Cranelift recorded for the frame's current call.
//!
//! Every compiled method pushes a frame record at entry and stores its own frame pointer in it
//! (`Frame::native_fp`). A collection only happens inside a call the compiled code made (a runtime call, or a
//! call into another method), and every such call is a safepoint with a stack map. For one frame:
//! - its stack pointer during the call is `fp - span`, where `span` is the one frame span all safepoints of
//!   the function share (checked when the function is installed);
//! - the call pushed its return address just below that stack pointer, at `sp - 8` (x86-64);
//! - the safepoint whose return offset is `return address - code start` lists the stack slots (`sp + offset`)
//!   that hold references; the collector rewrites them in place and the code reloads them after the call. A call
//!   with no reference live across it has no stack map, and the frame has nothing to report.
//!
//! A frame record whose `native_fp` is still 0 belongs to code that has not finished entering (its `enter`
//! call threw); such a frame returns at once without using any reference, so it has none to report.

use std::collections::BTreeMap;

use rt::JavaThread;
use rt::compiler::CompiledFrameRoots;

use crate::Jit;
use crate::backend::CodeInfo;

impl CompiledFrameRoots for Jit {
    fn visit_compiled_frames(&self, thread: &JavaThread, visit: &mut dyn FnMut(*mut u64)) {
        let Ok(code) = self.frames.read() else {
            panic!("the JIT's frame table is poisoned: compiled frames cannot be walked");
        };
        for frame in thread.frames.iter().filter(|f| f.is_compiled() && f.native_fp != 0) {
            // An OSR frame names its code; any other runs its method's entry.
            let entry = match frame.code {
                0 => frame.method.compiled_entry.load(std::sync::atomic::Ordering::Acquire) as usize,
                code => code as usize,
            };
            visit_frame(&code, entry, frame.native_fp as usize, visit);
        }
    }
}

/// Visits the reference slots of the compiled frame whose code starts at `entry` and whose frame pointer is
/// `fp`.
fn visit_frame(code: &BTreeMap<usize, CodeInfo>, entry: usize, fp: usize, visit: &mut dyn FnMut(*mut u64)) {
    let Some(info) = code.get(&entry) else {
        panic!("a compiled frame whose code ({entry:#x}) the JIT does not know");
    };
    let Some(span) = info.safepoints.first().map(|s| s.frame_span as usize) else {
        // Code without safepoints makes no calls, so it cannot be suspended in one.
        return;
    };
    let sp = fp - span;
    // SAFETY: `fp` is the frame pointer of a live compiled frame of this thread (its code stored it in the
    // frame record, and the record is popped before the frame returns); the frame is suspended in a call,
    // which pushed its return address at `sp - 8`, inside the thread's own stack.
    let return_address = unsafe { ((sp - 8) as *const usize).read() };
    let offset = return_address.wrapping_sub(info.start);
    if offset >= info.size {
        panic!("a compiled frame of {} has a return address outside its code: the frame walk is lost", info.method.name);
    }
    // Cranelift records a stack map only for calls with references live across them: a call without one
    // leaves this frame nothing to report.
    let Some(safepoint) = info.safepoints.iter().find(|s| s.return_offset as usize == offset) else { return };
    for &slot in safepoint.ref_offsets.iter() {
        visit((sp + slot as usize) as *mut u64);
    }
}
