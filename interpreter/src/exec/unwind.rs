//! Exception dispatch: find a handler in the current frame for the pending exception, or pop the frame and
//! try its caller, until a handler is found or the activation's entry frame is left.

use rt::object::ObjRef;
use rt::thread::JavaThread;
use rt::Runtime;

use super::{Regs, call, current_frame};

/// Finds where the pending exception is caught. Returns the registers at the handler (the exception pushed
/// on an emptied operand stack), or `None` once the frame the activation was entered with has been popped:
/// the exception stays pending for the Rust caller. `System.exit` unwinds every frame without handlers.
pub(super) fn dispatch<'rt>(rt: &'rt Runtime, thread: &mut JavaThread, entry_depth: usize) -> Option<Regs<'rt>> {
    loop {
        if thread.frames.len() <= entry_depth {
            return None;
        }
        let frame = current_frame(thread);
        let code = call::quick_code(rt, thread, frame.method).ok();
        let handled = match (code, thread.exit_status, thread.pending) {
            (Some(code), None, Some(_)) => find_handler(rt, thread, code, frame.method, frame.pc),
            _ => None,
        };
        if let (Some(handler), Some(code)) = (handled, code) {
            let exception = thread.take_pending().map_or(0, ObjRef::to_slot);
            let lb = frame.locals as usize;
            let sp = lb + usize::from(code.max_locals);
            thread.stack.set(sp, exception);
            let top = thread.frames.last_mut().expect("the frame being dispatched in exists");
            top.pc = handler;
            top.bci = code.bcis[handler as usize];
            top.sp = (sp + 1) as u32;
            return Some(Regs { m: frame.method, code, pc: handler as usize, lb, sp: sp + 1 });
        }
        if frame.method.is_synchronized() {
            // Leaving the frame releases its monitor; a failure to (IllegalMonitorStateException) replaces
            // the exception in flight, as in HotSpot.
            let _ = call::unlock_method(rt, thread);
        }
        thread.frames.pop();
        if thread.frames.len() <= entry_depth {
            return None;
        }
    }
}

/// The handler covering `pc` that catches the pending exception. Resolving a handler's class can itself
/// fail; that error then replaces the pending exception (JVMS 5.4.3) and the search goes on with it.
fn find_handler(
    rt: &Runtime,
    thread: &mut JavaThread,
    code: &crate::quick::QuickCode,
    method: rt::MethodRef,
    pc: u32,
) -> Option<u32> {
    for h in code.handlers.iter() {
        if pc < h.start || pc >= h.end {
            continue;
        }
        if h.catch_type == 0 {
            return Some(h.handler);
        }
        // Resolution can collect: the exception waits in a handle, not in a Rust local.
        let mark = thread.handle_mark();
        let saved = thread.pending.take()?;
        let handle = thread.protect(Some(saved));
        let resolved = rt.resolve_class(thread, method.class, h.catch_type);
        let exception = thread.get_nonnull(handle);
        thread.release_handles(mark);
        // On failure the resolution error is now pending and the search goes on with it.
        if let Ok(catch_class) = resolved {
            thread.pending = Some(exception);
            if exception.class().is_subtype_of(&catch_class) {
                return Some(h.handler);
            }
        }
    }
    None
}
