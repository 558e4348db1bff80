//! On-stack replacement, the interpreter's side: a loop whose method has taken enough back-edges asks the
//! tiering policy for code entered at the loop head and, if it gets some, finishes the frame there.
//!
//! The frame is synced at the loop head first (its `pc`, `bci` and `sp` those of the head, with the empty
//! operand stack javac's loop heads have), so a collection while the policy compiles sees the locals through
//! the reference map at the head, the same map the OSR code's entry reads the locals by. The OSR code then
//! takes the frame over (`rt::compiler::enter_osr`): its record becomes a compiled frame's and is popped
//! when the method returns or throws, exactly as if the interpreter had run it to the end.

use rt::thread::{JResult, JavaThread};
use rt::Runtime;

use crate::quick::QuickCode;

/// Tries to move the innermost frame (running `code`, about to jump back to instruction `target` with its
/// operand stack empty at `sp`) into compiled code. `None`: no OSR code (the interpreter goes on); otherwise
/// the method's result or its exception, with the frame popped.
#[cold]
#[inline(never)]
pub(super) fn transfer(rt: &Runtime, thread: &mut JavaThread, code: &QuickCode, target: usize, sp: usize) -> Option<JResult<u64>> {
    let bci = *code.bcis.get(target)?;
    let frame = thread.frames.last_mut()?;
    let method = frame.method;
    frame.pc = target as u32;
    frame.bci = bci;
    frame.sp = sp as u32;
    let entry = rt.tiering.osr_entry(rt, thread, method, bci)?;
    rt::compiler::enter_osr(thread, entry)
}
