//! Entering and leaving frames: the interpreter's side of the calling convention.

use rt::thread::{Frame, JResult, JavaThread};
use rt::{MethodRef, Runtime};

use super::Regs;
use crate::predecode::predecode;
use crate::quick::QuickCode;

/// The interpreter's state for a method: its quickened code, or why it could not be built.
type State = Result<QuickCode, crate::predecode::PredecodeError>;

/// The quickened code of `method`, built on first use; a method that fails pre-decoding throws `VerifyError`.
pub(crate) fn quick_code<'rt>(rt: &'rt Runtime, thread: &mut JavaThread, method: MethodRef) -> JResult<&'rt QuickCode> {
    let method_ref = method.get(rt);
    let state = method_ref.interpreter_state.get_or_init(|| Box::new(predecode(method_ref)) as Box<dyn std::any::Any + Send + Sync>);
    match state.downcast_ref::<State>() {
        Some(Ok(code)) => Ok(code),
        Some(Err(e)) => Err(rt.throw_new(thread, "java/lang/VerifyError", Some(&e.0))),
        None => Err(rt.throw_new(thread, "java/lang/InternalError", Some("foreign interpreter state"))),
    }
}

/// Pushes a frame for `method` whose arguments are already in the slab at `locals`, and returns the loop's
/// registers for its first instruction. `StackOverflowError` if the frame does not fit.
pub(super) fn enter<'rt>(rt: &'rt Runtime, thread: &mut JavaThread, method: MethodRef, locals: usize) -> JResult<Regs<'rt>> {
    let code = quick_code(rt, thread, method)?;
    let max_locals = usize::from(code.max_locals);
    let end = locals + max_locals + usize::from(code.max_stack);
    if end > thread.slot_limit() || thread.frames.len() >= thread.frame_limit(rt.options().max_frames) {
        return Err(rt.throw_stack_overflow(thread));
    }
    // Locals past the arguments start as zero, so no stale reference from an earlier frame looks live.
    for slot in locals + usize::from(method.arg_slots)..locals + max_locals {
        thread.stack.set(slot, 0);
    }
    let counter = &method.invocations;
    counter.store(counter.load(std::sync::atomic::Ordering::Relaxed).wrapping_add(1), std::sync::atomic::Ordering::Relaxed);
    let sp = locals + max_locals;
    thread.frames.push(Frame { method, locals: locals as u32, sp: sp as u32, bci: 0, pc: 0, native_fp: 0, code: 0 });
    thread.fuel -= 1;
    if ((thread.fuel <= 0) | (thread.poll.load(std::sync::atomic::Ordering::Relaxed) != 0))
        && let Err(thrown) = rt.safepoint(thread)
    {
        // The exception belongs to the caller's call instruction; the new frame never ran.
        thread.frames.pop();
        return Err(thrown);
    }
    if method.is_synchronized()
        && let Err(thrown) = lock_method(rt, thread, method, locals)
    {
        thread.frames.pop();
        return Err(thrown);
    }
    Ok(Regs { m: method, code, pc: 0, lb: locals, sp })
}

/// Locks the monitor of a `synchronized` method's frame, just pushed with its arguments at `locals`: the
/// receiver's, or the class mirror's for a static method. The object is recorded in the thread's
/// `sync_objects` (a root, so it survives a collection while the entry blocks) with the frame's depth.
fn lock_method(rt: &Runtime, thread: &mut JavaThread, method: MethodRef, locals: usize) -> JResult<()> {
    let obj = if method.is_static() {
        rt.mirror_of(thread, method.class)?
    } else {
        let receiver = thread.stack.get(locals).and_then(rt::ObjRef::from_slot);
        receiver.ok_or_else(|| rt.throw_null_pointer(thread))?
    };
    thread.sync_objects.push(obj.to_slot());
    thread.sync_depths.push(thread.frames.len() as u32);
    let result = rt.monitor_enter(thread, obj);
    if result.is_err() {
        thread.sync_objects.pop();
        thread.sync_depths.pop();
    }
    result
}

/// Unlocks the monitor the innermost frame's `synchronized` method holds (on return, or when an exception
/// leaves the frame), unless it was already released (an unlock that threw `IllegalMonitorStateException`
/// at the return instruction).
pub(super) fn unlock_method(rt: &Runtime, thread: &mut JavaThread) -> JResult<()> {
    if thread.sync_depths.last() != Some(&(thread.frames.len() as u32)) {
        return Ok(());
    }
    thread.sync_depths.pop();
    let obj = thread.sync_objects.pop().and_then(rt::ObjRef::from_slot).expect("a synchronized frame's object");
    rt.monitor_exit(thread, obj)
}

/// The registers of the caller after a callee's frame was popped, positioned at its call instruction with the
/// arguments popped.
pub(super) fn resume_caller<'rt>(rt: &'rt Runtime, thread: &JavaThread) -> Regs<'rt> {
    let frame = super::current_frame(thread);
    let code = frame
        .method
        .get(rt)
        .interpreter_state
        .get()
        .and_then(|s| s.downcast_ref::<State>())
        .and_then(|s| s.as_ref().ok())
        .expect("a caller's code was built before it called");
    Regs { m: frame.method, code, pc: frame.pc as usize, lb: frame.locals as usize, sp: frame.sp as usize }
}

/// Calls `target` with its arguments on the operand stack at `args_at`. An interpreted target gets a new
/// frame and the loop continues in it; a native runs now and its result is pushed, the loop moving past the
/// call. The caller has synced its frame.
pub(super) fn invoke<'rt>(
    rt: &'rt Runtime,
    thread: &mut JavaThread,
    r: &mut Regs<'rt>,
    target: MethodRef,
    args_at: usize,
) -> JResult<()> {
    // Record the caller's operand stack without the arguments: that is where the result goes. From here the
    // arguments belong to the callee (a native gets copies): the caller's stack ends at `args_at` in the
    // registers too, also when the call throws, so the loop's sync on the throw path cannot raise the saved
    // sp back over argument slots that a collection during the call did not update.
    set_saved_sp(thread, args_at);
    r.sp = args_at;
    if target.is_native() || target.is_abstract() {
        let slots = usize::from(target.arg_slots);
        let mut args = [0u64; 16];
        let mut heap_args = Vec::new();
        let args: &[u64] = if slots <= args.len() {
            for (k, a) in args.iter_mut().take(slots).enumerate() {
                *a = thread.stack.get(args_at + k).unwrap_or_default();
            }
            &args[..slots]
        } else {
            heap_args.extend((0..slots).map(|k| thread.stack.get(args_at + k).unwrap_or_default()));
            &heap_args
        };
        let value = rt.invoke(thread, target, args)?;
        push_result(thread, r, target, args_at, value);
        return Ok(());
    }
    // A method with compiled code (or one the tiering policy compiles now) runs natively, its arguments read
    // in place from the operand stack. Compiling can collect: meanwhile the arguments count as the caller's
    // operand stack again (the caller's reference map types them), so the collector updates them.
    let slots = usize::from(target.arg_slots);
    set_saved_sp(thread, args_at + slots);
    let has_code = rt.tiering.has_code(rt, thread, target);
    set_saved_sp(thread, args_at);
    if has_code && let Some(result) = rt::compiler::call_compiled_on_stack(thread, target, args_at) {
        push_result(thread, r, target, args_at, result?);
        return Ok(());
    }
    *r = enter(rt, thread, target, args_at)?;
    Ok(())
}

/// Sets the innermost frame's saved operand-stack top.
fn set_saved_sp(thread: &mut JavaThread, sp: usize) {
    if let Some(frame) = thread.frames.last_mut() {
        frame.sp = sp as u32;
    }
}

/// Pushes the result of a call that ran outside this loop and moves past the call instruction.
fn push_result(thread: &mut JavaThread, r: &mut Regs<'_>, target: MethodRef, args_at: usize, value: u64) {
    r.sp = args_at;
    let width = target.ret.slots();
    if width > 0 {
        thread.stack.set(r.sp, value);
        r.sp += width;
    }
    r.pc += 1;
}
