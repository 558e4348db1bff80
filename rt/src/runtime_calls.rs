//! The runtime-call table: the `extern "C"` functions compiled code calls, for everything that is not worth
//! (or not yet) inlining: frame records, calls into other tiers, resolution, allocation, exceptions and
//! safepoints.
//!
//! Conventions, for every function here:
//! - the first parameters are the runtime (`*const Runtime`, a constant the JIT embeds) and the thread;
//! - compiled code stores the current bci into its frame record (see [`enter`]) before calling anything that
//!   can throw, allocate or run Java, so stack traces and exception dispatch see where it is;
//! - a function that can throw reports it in its result (a null or zero result, or a non-zero status, as
//!   each says), with the exception pending on the thread (or nothing pending when the thread unwinds for
//!   `System.exit`); the caller then dispatches to a handler or returns [`SlotResult::THROWN`];
//! - a panic inside a runtime call cannot unwind through compiled frames (they have no unwind tables): it is
//!   caught, reported as a VM bug, and the process aborts.
//!
//! `unsafe` here: the pointers compiled code passes are turned back into references. Compiled code passes
//! only the runtime and thread it was entered with, `Method`s and `Class`es of that runtime, and pointers to
//! argument slots in its own frame.

use std::panic::AssertUnwindSafe;
use std::sync::atomic::Ordering;

use crate::class::{Class, ClassKind, ClassRef};
use crate::compiler::SlotResult;
use crate::method::{Method, MethodRef};
use crate::object::ObjRef;
use crate::runtime::Runtime;
use crate::thread::{Frame, JResult, JavaThread, STACK_RESERVE_FRAMES, Thrown};
use crate::vm_ptr::VmPtr;

/// Runs a runtime call's body; a panic is a VM bug and aborts (it must not unwind into compiled code).
fn guard<T>(body: impl FnOnce() -> T) -> T {
    match std::panic::catch_unwind(AssertUnwindSafe(body)) {
        Ok(value) => value,
        Err(_) => {
            eprintln!("cortado: internal error: a runtime call from compiled code panicked");
            std::process::abort()
        }
    }
}

/// The runtime and thread behind the pointers compiled code passes.
///
/// # Safety
/// `rt` and `thread` must be the runtime the code was compiled for and the thread it was entered with.
unsafe fn context<'a>(rt: *const Runtime, thread: *mut JavaThread) -> (&'a Runtime, &'a mut JavaThread) {
    // SAFETY: the caller's contract; compiled code holds no other reference to the thread while it calls.
    unsafe { (&*rt, &mut *thread) }
}

fn method_ref(method: *const Method) -> MethodRef {
    // SAFETY: compiled code passes `Method`s of its runtime, which live as long as it.
    unsafe { VmPtr::from_ptr(method) }
}

fn class_ref(class: *const Class) -> ClassRef {
    // SAFETY: compiled code passes `Class`es of its runtime, which live as long as it.
    unsafe { VmPtr::from_ptr(class) }
}

fn status(result: JResult<()>) -> u32 {
    u32::from(result.is_err())
}

/// Pushes the frame record of a compiled method (so stack traces and the collector see it) and returns
/// it; null after throwing `StackOverflowError`. The record's `pc` is [`Frame::COMPILED`]; its `locals` and
/// `sp` both equal the interpreter stack's top (a compiled frame uses no interpreter slots).
///
/// The returned pointer stays valid until [`leave`]: the first compiled frame on a thread reserves room for
/// the deepest stack allowed, so the vector of records never reallocates under a compiled frame (the
/// reservation happens while no compiled frame exists on the thread, when no such pointer is held).
///
/// # Safety
/// Called only by compiled code, with the arguments the module doc describes.
pub unsafe extern "C" fn enter(rt: *const Runtime, thread: *mut JavaThread, method: *const Method) -> *mut Frame {
    guard(|| {
        // SAFETY: see the module doc.
        let (rt, thread) = unsafe { context(rt, thread) };
        reserve_frames(rt, thread);
        if thread.frames.len() >= thread.frame_limit(rt.options().max_frames) {
            rt.throw_stack_overflow(thread);
            return std::ptr::null_mut();
        }
        let top = thread.stack_top() as u32;
        thread.frames.push(Frame { method: method_ref(method), locals: top, sp: top, bci: 0, pc: Frame::COMPILED, native_fp: 0, code: 0 });
        thread.frames.last_mut().map_or(std::ptr::null_mut(), |f| f as *mut Frame)
    })
}

/// Makes room for every frame record the thread may ever push, so that the records never move: compiled code
/// keeps a pointer to its record (to store its bci) across calls that push more.
fn reserve_frames(rt: &Runtime, thread: &mut JavaThread) {
    let needed = frames_capacity(rt);
    if thread.frames.capacity() < needed {
        let more = needed - thread.frames.len();
        thread.frames.reserve_exact(more);
    }
}

/// What [`osr_enter`] returns: the frame record, now a compiled frame's, and the monitor of a `synchronized`
/// method (0 for other methods).
#[repr(C)]
#[derive(Debug)]
pub struct OsrFrame {
    /// The record.
    pub frame: *mut Frame,
    /// The object a `synchronized` method's frame locked, taken from the interpreter's record of it.
    pub monitor: u64,
}

/// The entry of on-stack-replacement code (`compiler::enter_osr`), after it loaded the interpreter frame's
/// locals: turns the innermost record, that interpreter frame's, into a compiled frame's (same method and
/// bci, no interpreter slots) and returns it (after making room for all records, as [`enter`] does). Neither
/// allocates on the Java heap nor polls, so no collection can see the frame between its two forms.
///
/// A `synchronized` method's monitor stays locked and moves with the frame: the interpreter's record of it
/// (`JavaThread::sync_objects`, for the frame's depth) is removed and the object returned, for the compiled
/// frame to keep in a stack-mapped variable and release before its returns and in its unwind block, as a
/// compiled `synchronized` method does with the monitor it locked itself.
///
/// # Safety
/// Called only by OSR code, with the thread it was entered with.
pub unsafe extern "C" fn osr_enter(rt: *const Runtime, thread: *mut JavaThread) -> OsrFrame {
    guard(|| {
        // SAFETY: see the module doc.
        let (rt, thread) = unsafe { context(rt, thread) };
        reserve_frames(rt, thread);
        let depth = thread.frames.len() as u32;
        let frame = thread.frames.last_mut().expect("OSR code is entered from an interpreter frame");
        assert!(!frame.is_compiled(), "OSR code entered from a compiled frame");
        frame.pc = Frame::COMPILED;
        frame.sp = frame.locals;
        let mut monitor = 0;
        if frame.method.is_synchronized() {
            assert_eq!(thread.sync_depths.last(), Some(&depth), "a synchronized frame's monitor is recorded");
            thread.sync_depths.pop();
            monitor = thread.sync_objects.pop().expect("one object per recorded depth");
        }
        OsrFrame { frame: frame as *mut Frame, monitor }
    })
}

/// Pops the frame record [`enter`] pushed.
///
/// # Safety
/// Called only by compiled code, with the arguments the module doc describes.
pub unsafe extern "C" fn leave(thread: *mut JavaThread) {
    guard(|| {
        // SAFETY: `thread` is the thread compiled code was entered with.
        let thread = unsafe { &mut *thread };
        thread.frames.pop();
    })
}

/// The capacity [`enter`] reserves in a thread's frame records before the first compiled frame: compiled code
/// that pushes records inline checks for it, and for room under the frame limit, before it does.
pub fn frames_capacity(rt: &Runtime) -> usize {
    rt.options().max_frames + STACK_RESERVE_FRAMES + 1 + INLINED_RESERVE_FRAMES
}

/// Room kept in the frame records beyond the frame limit for the records of inlined frames
/// ([`push_inlined`]), which are pushed without a limit check: a compiled frame materializes at most its
/// inlining depth of them at a time, on top of the innermost record.
pub const INLINED_RESERVE_FRAMES: usize = 32;

/// Pushes the record of a frame the JIT inlined into the compiled frame on top (`method` at `bci`), for the
/// duration of a call out of the inlined code (or a throw from it): stack traces, exception messages and
/// anything else that reads the records see the frame as if it had been called. The record has no native
/// frame of its own (`native_fp` 0: the collector finds its references in the compiled frame that inlined
/// it). Pushed only while the records' reserved capacity lasts, so the vector never moves under compiled
/// code (see [`enter`]); [`pop_inlined`] takes it off again.
///
/// # Safety
/// Called only by compiled code, with the arguments the module doc describes.
pub unsafe extern "C" fn push_inlined(rt: *const Runtime, thread: *mut JavaThread, method: *const Method, bci: u32) {
    guard(|| {
        // SAFETY: see the module doc.
        let (_, thread) = unsafe { context(rt, thread) };
        if thread.frames.len() < thread.frames.capacity() {
            let top = thread.stack_top() as u32;
            thread.frames.push(Frame { method: method_ref(method), locals: top, sp: top, bci, pc: Frame::COMPILED, native_fp: 0, code: 0 });
        }
    })
}

/// Pops up to `count` records [`push_inlined`] pushed (only such records: the compiled frame's own record,
/// whose `native_fp` is set, stops it).
///
/// # Safety
/// Called only by compiled code, with the arguments the module doc describes.
pub unsafe extern "C" fn pop_inlined(thread: *mut JavaThread, count: u32) {
    guard(|| {
        // SAFETY: `thread` is the thread compiled code was entered with.
        let thread = unsafe { &mut *thread };
        for _ in 0..count {
            match thread.frames.last() {
                Some(f) if f.is_compiled() && f.native_fp == 0 => {
                    thread.frames.pop();
                }
                _ => break,
            }
        }
    })
}

/// The safepoint poll's slow path; non-zero if the thread must unwind.
///
/// # Safety
/// Called only by compiled code, with the arguments the module doc describes.
pub unsafe extern "C" fn safepoint(rt: *const Runtime, thread: *mut JavaThread) -> u32 {
    guard(|| {
        // SAFETY: see the module doc.
        let (rt, thread) = unsafe { context(rt, thread) };
        status(rt.safepoint(thread))
    })
}

/// How [`invoke`] selects the method it runs.
pub mod dispatch {
    /// The method given (static, private, constructors, `invokespecial`, final methods).
    pub const DIRECT: u32 = 0;
    /// By the receiver's vtable (`invokevirtual`).
    pub const VIRTUAL: u32 = 1;
    /// By the receiver's itables (`invokeinterface`).
    pub const INTERFACE: u32 = 2;
}

/// Calls `method` (selected from the receiver in `args[0]` as `kind` says, see [`dispatch`]) with `args`:
/// compiled code directly, natives and interpreted methods through the runtime. The receiver of a virtual or
/// interface call has been null-checked.
///
/// # Safety
/// Called only by compiled code, with the arguments the module doc describes.
pub unsafe extern "C" fn invoke(rt: *const Runtime, thread: *mut JavaThread, method: *const Method, args: *const u64, kind: u32) -> SlotResult {
    guard(|| {
        // SAFETY: see the module doc.
        let (rt, thread) = unsafe { context(rt, thread) };
        let resolved = method_ref(method);
        let target = match kind {
            // Private methods are never selected (JVMS 5.4.6): `invokevirtual` and `invokeinterface` of a
            // private method (nestmates) call it directly.
            _ if kind == dispatch::DIRECT || resolved.is_private() => resolved,
            _ => {
                // SAFETY: the receiver is the first argument slot, which compiled code null-checked.
                let receiver = ObjRef::from_slot(unsafe { args.read() });
                let Some(receiver) = receiver else {
                    return SlotResult::from_result(Err(rt.throw_null_pointer(thread)));
                };
                if kind == dispatch::VIRTUAL {
                    crate::resolve::select_virtual(receiver.class(), resolved)
                } else {
                    match crate::resolve::select_interface(receiver.class(), resolved) {
                        Some(m) => m,
                        None => return SlotResult::from_result(Err(throw_no_implementation(rt, thread, receiver, resolved))),
                    }
                }
            }
        };
        SlotResult::from_result(invoke_selected(rt, thread, target, args))
    })
}

/// An interface call through the call site's inline cache (see [`crate::compiler::InlineCache`]): selects the
/// method for the receiver in `args[0]` (null-checked by compiled code), records the pair in the cache, and
/// calls it.
///
/// # Safety
/// Called only by compiled code, with the arguments the module doc describes; `cache` is the call site's
/// cache, which lives as long as the code.
pub unsafe extern "C" fn invoke_interface_cached(
    rt: *const Runtime,
    thread: *mut JavaThread,
    method: *const Method,
    args: *const u64,
    cache: *const crate::compiler::InlineCache,
) -> SlotResult {
    guard(|| {
        // SAFETY: see the module doc.
        let (rt, thread) = unsafe { context(rt, thread) };
        // SAFETY: the caller's contract.
        let cache = unsafe { &*cache };
        let resolved = method_ref(method);
        // SAFETY: the receiver is the first argument slot.
        let Some(receiver) = ObjRef::from_slot(unsafe { args.read() }) else {
            return SlotResult::from_result(Err(rt.throw_null_pointer(thread)));
        };
        let class = receiver.class();
        let Some(target) = crate::resolve::select_interface(class, resolved) else {
            return SlotResult::from_result(Err(throw_no_implementation(rt, thread, receiver, resolved)));
        };
        cache.update(class, target);
        SlotResult::from_result(invoke_selected(rt, thread, target, args))
    })
}

/// Resolves the `invokestatic` of `method`'s constant `cp_index` (initializing its class, JVMS 5.5) for a
/// call site whose class was not initialized when the code was compiled, and returns the method (null after
/// throwing). Once the class is initialized, records (class, method) in the site's `cache`, where compiled code
/// finds it from then on and calls the method directly; while the class is still being initialized (by this
/// thread: its initializer calling its own methods) nothing is recorded, so other threads still come here
/// and wait for the initialization.
///
/// # Safety
/// Called only by compiled code, with the arguments the module doc describes; `cache` is the call site's
/// cache, which lives as long as the code.
pub unsafe extern "C" fn resolve_static_cached(
    rt: *const Runtime,
    thread: *mut JavaThread,
    method: *const Method,
    cp_index: u32,
    cache: *const crate::compiler::InlineCache,
) -> *const Method {
    guard(|| {
        // SAFETY: see the module doc.
        let (rt, thread) = unsafe { context(rt, thread) };
        // SAFETY: the caller's contract.
        let cache = unsafe { &*cache };
        const INVOKESTATIC: u8 = 0xb8;
        match rt.resolve_invoke(thread, method_ref(method).class, cp_index as u16, INVOKESTATIC) {
            Ok(target) => {
                if target.class.init.is_done() {
                    cache.update(target.class, target);
                }
                target.as_ptr()
            }
            Err(Thrown) => std::ptr::null(),
        }
    })
}

/// The method a call of `method` (an interface method, or a method of `Object`) selects on a receiver of
/// `class`, as [`invoke_interface_cached`] selects it; null when the receiver has no implementation (compiled
/// code then takes `invoke_interface_cached`, which throws). What a megamorphic call site calls instead of the
/// runtime's general path (see [`crate::compiler::InlineCache`]).
///
/// # Safety
/// Called only by compiled code, with a class and a method of its runtime.
pub unsafe extern "C" fn select_method(class: *const Class, method: *const Method) -> *const Method {
    guard(|| match crate::resolve::select_interface(class_ref(class), method_ref(method)) {
        Some(target) => target.as_ptr(),
        None => std::ptr::null(),
    })
}

/// Runs an already selected method: its compiled code, or the runtime's way for everything else.
fn invoke_selected(rt: &Runtime, thread: &mut JavaThread, target: MethodRef, args: *const u64) -> JResult<u64> {
    let entry = target.compiled_entry.load(Ordering::Acquire);
    if !entry.is_null() {
        // SAFETY: the entry is `target`'s compiled code and `args` its arguments (see the module doc).
        return unsafe { crate::compiler::enter_compiled(thread, entry, args) };
    }
    // SAFETY: compiled code passes at least `arg_slots` argument slots for the method it calls.
    let args = unsafe { std::slice::from_raw_parts(args, usize::from(target.arg_slots)) };
    if target.is_native() || target.is_abstract() {
        return rt.invoke(thread, target, args);
    }
    // Not through `Runtime::invoke`: compiled frames are Java frames, bounded by the frame limit, not
    // activations of the host stack that natives and initializers count.
    rt.engine().clone().invoke(rt, thread, target, args)
}

/// `AbstractMethodError` for an interface call whose receiver has no implementation, worded as HotSpot does.
pub fn throw_no_implementation(rt: &Runtime, thread: &mut JavaThread, receiver: ObjRef, method: MethodRef) -> Thrown {
    let signature = method.java_signature();
    let inner = signature.trim_matches('\'');
    let without_class = inner.replacen(&format!("{}.", method.class.java_name()), "", 1);
    let message = format!(
        "Receiver class {} does not define or inherit an implementation of the resolved method 'abstract {without_class}' of interface {}.",
        receiver.class().java_name(),
        method.class.java_name()
    );
    rt.throw_new(thread, "java/lang/AbstractMethodError", Some(&message))
}

/// `invokedynamic` at `method`'s constant `cp_index` with `args`; `arg_slots` of them.
///
/// # Safety
/// Called only by compiled code, with the arguments the module doc describes.
/// Links the call site of an `invokedynamic` (bootstrapping it the first time, which can allocate and run
/// Java); non-zero after throwing. Compiled code calls it while the call's arguments are still values the
/// collector tracks, and only then stores them into the untracked argument area [`invoke_dynamic`] reads.
///
/// # Safety
/// Called only by compiled code, with the arguments the module doc describes.
pub unsafe extern "C" fn link_dynamic(rt: *const Runtime, thread: *mut JavaThread, method: *const Method, cp_index: u32) -> u32 {
    guard(|| {
        // SAFETY: see the module doc.
        let (rt, thread) = unsafe { context(rt, thread) };
        status(rt.link_dynamic(thread, method_ref(method).class, cp_index as u16))
    })
}

/// Runs a linked `invokedynamic` (see [`link_dynamic`]): each kind of call site puts the references among the
/// arguments in handles before anything that can collect.
///
/// # Safety
/// Called only by compiled code, with the arguments the module doc describes.
pub unsafe extern "C" fn invoke_dynamic(
    rt: *const Runtime,
    thread: *mut JavaThread,
    method: *const Method,
    cp_index: u32,
    args: *const u64,
    arg_slots: u32,
) -> SlotResult {
    guard(|| {
        // SAFETY: see the module doc.
        let (rt, thread) = unsafe { context(rt, thread) };
        // SAFETY: compiled code passes `arg_slots` slots.
        let args = unsafe { std::slice::from_raw_parts(args, arg_slots as usize) };
        let class = method_ref(method).class;
        SlotResult::from_result(rt.invoke_dynamic(thread, class, cp_index as u16, args))
    })
}

/// Resolves the method of an `invoke*` at `method`'s constant `cp_index` (`opcode` is the instruction's),
/// with the checks JVMS 6.5 makes and, for `invokestatic`, the class's initialization; returns the method to
/// call (for `invokespecial`, the one selected), null after throwing.
///
/// # Safety
/// Called only by compiled code, with the arguments the module doc describes.
pub unsafe extern "C" fn resolve_invoke(rt: *const Runtime, thread: *mut JavaThread, method: *const Method, cp_index: u32, opcode: u32) -> *const Method {
    guard(|| {
        // SAFETY: see the module doc.
        let (rt, thread) = unsafe { context(rt, thread) };
        let caller = method_ref(method).class;
        match rt.resolve_invoke(thread, caller, cp_index as u16, opcode as u8) {
            Ok(m) => m.as_ptr(),
            Err(Thrown) => std::ptr::null(),
        }
    })
}

/// Resolves the field at `method`'s constant `cp_index`: for an instance field its offset, for a static one
/// (`is_static` non-zero, the holder then initialized) the address of its slot; 0 after throwing.
///
/// # Safety
/// Called only by compiled code, with the arguments the module doc describes.
pub unsafe extern "C" fn resolve_field(rt: *const Runtime, thread: *mut JavaThread, method: *const Method, cp_index: u32, is_static: u32) -> u64 {
    guard(|| {
        // SAFETY: see the module doc.
        let (rt, thread) = unsafe { context(rt, thread) };
        let caller = method_ref(method).class;
        match rt.resolve_field_access(thread, caller, cp_index as u16, is_static != 0) {
            Ok(FieldAccess::Instance(offset)) => u64::from(offset),
            Ok(FieldAccess::Static(slot)) => slot as u64,
            Err(Thrown) => 0,
        }
    })
}

/// Resolves the class at `method`'s constant `cp_index`; null after throwing.
///
/// # Safety
/// Called only by compiled code, with the arguments the module doc describes.
pub unsafe extern "C" fn resolve_class(rt: *const Runtime, thread: *mut JavaThread, method: *const Method, cp_index: u32) -> *const Class {
    guard(|| {
        // SAFETY: see the module doc.
        let (rt, thread) = unsafe { context(rt, thread) };
        match rt.resolve_class(thread, method_ref(method).class, cp_index as u16) {
            Ok(c) => c.as_ptr(),
            Err(Thrown) => std::ptr::null(),
        }
    })
}

/// `new` of the class at `method`'s constant `cp_index`: resolution, the instantiation check, initialization
/// and allocation; 0 after throwing.
///
/// # Safety
/// Called only by compiled code, with the arguments the module doc describes.
pub unsafe extern "C" fn new_resolving(rt: *const Runtime, thread: *mut JavaThread, method: *const Method, cp_index: u32) -> u64 {
    guard(|| {
        // SAFETY: see the module doc.
        let (rt, thread) = unsafe { context(rt, thread) };
        let result = (|| {
            let target = rt.resolve_class(thread, method_ref(method).class, cp_index as u16)?;
            if target.is_interface() || target.access.is_abstract() || !matches!(target.kind, ClassKind::Instance) {
                return Err(rt.throw_new(thread, "java/lang/InstantiationError", Some(&target.java_name())));
            }
            rt.ensure_initialized(thread, target)?;
            rt.alloc_object(thread, target)
        })();
        result.map_or(0, ObjRef::to_slot)
    })
}

/// A new instance of an initialized `class`; 0 after throwing.
///
/// # Safety
/// Called only by compiled code, with the arguments the module doc describes.
pub unsafe extern "C" fn new_object(rt: *const Runtime, thread: *mut JavaThread, class: *const Class) -> u64 {
    guard(|| {
        // SAFETY: see the module doc.
        let (rt, thread) = unsafe { context(rt, thread) };
        rt.alloc_object(thread, class_ref(class)).map_or(0, ObjRef::to_slot)
    })
}

/// A new array of class `array_class` with `length` elements; 0 after throwing.
///
/// # Safety
/// Called only by compiled code, with the arguments the module doc describes.
pub unsafe extern "C" fn new_array(rt: *const Runtime, thread: *mut JavaThread, array_class: *const Class, length: i32) -> u64 {
    guard(|| {
        // SAFETY: see the module doc.
        let (rt, thread) = unsafe { context(rt, thread) };
        rt.alloc_array(thread, class_ref(array_class), length).map_or(0, ObjRef::to_slot)
    })
}

/// A new array of `length` elements whose components are `component`; 0 after throwing.
///
/// # Safety
/// Called only by compiled code, with the arguments the module doc describes.
pub unsafe extern "C" fn new_array_of(rt: *const Runtime, thread: *mut JavaThread, component: *const Class, length: i32) -> u64 {
    guard(|| {
        // SAFETY: see the module doc.
        let (rt, thread) = unsafe { context(rt, thread) };
        let array_class = rt.array_class_of(class_ref(component));
        rt.alloc_array(thread, array_class, length).map_or(0, ObjRef::to_slot)
    })
}

/// The interned string of `method`'s `String` constant `cp_index`; 0 after throwing.
///
/// # Safety
/// Called only by compiled code, with the arguments the module doc describes.
pub unsafe extern "C" fn ldc_string(rt: *const Runtime, thread: *mut JavaThread, method: *const Method, cp_index: u32) -> u64 {
    guard(|| {
        // SAFETY: see the module doc.
        let (rt, thread) = unsafe { context(rt, thread) };
        rt.resolve_string(thread, method_ref(method).class, cp_index as u16).map_or(0, ObjRef::to_slot)
    })
}

/// The `java.lang.Class` of `method`'s `Class` constant `cp_index`; 0 after throwing.
///
/// # Safety
/// Called only by compiled code, with the arguments the module doc describes.
pub unsafe extern "C" fn ldc_class(rt: *const Runtime, thread: *mut JavaThread, method: *const Method, cp_index: u32) -> u64 {
    guard(|| {
        // SAFETY: see the module doc.
        let (rt, thread) = unsafe { context(rt, thread) };
        let result = rt.resolve_class(thread, method_ref(method).class, cp_index as u16).and_then(|c| rt.mirror_of(thread, c));
        result.map_or(0, ObjRef::to_slot)
    })
}

/// `multianewarray` of `method`'s class constant `cp_index` with the `dims` counts at `counts` (int slots);
/// 0 after throwing.
///
/// # Safety
/// Called only by compiled code, with the arguments the module doc describes.
pub unsafe extern "C" fn multi_new_array(
    rt: *const Runtime,
    thread: *mut JavaThread,
    method: *const Method,
    cp_index: u32,
    counts: *const u64,
    dims: u32,
) -> u64 {
    guard(|| {
        // SAFETY: see the module doc.
        let (rt, thread) = unsafe { context(rt, thread) };
        // SAFETY: compiled code passes `dims` count slots.
        let counts: Vec<i32> = unsafe { std::slice::from_raw_parts(counts, dims as usize) }.iter().map(|&c| c as u32 as i32).collect();
        let result = rt
            .resolve_class(thread, method_ref(method).class, cp_index as u16)
            .and_then(|class| rt.alloc_multi_array(thread, class, &counts));
        result.map_or(0, ObjRef::to_slot)
    })
}

/// `System.arraycopy(src, src_pos, dst, dst_pos, length)` (see [`crate::arraycopy`]), without the
/// native-call path; non-zero after throwing.
///
/// # Safety
/// Called only by compiled code, with the arguments the module doc describes.
pub unsafe extern "C" fn arraycopy(rt: *const Runtime, thread: *mut JavaThread, src: u64, src_pos: i32, dst: u64, dst_pos: i32, length: i32) -> u32 {
    guard(|| {
        // SAFETY: see the module doc.
        let (rt, thread) = unsafe { context(rt, thread) };
        status(crate::arraycopy::arraycopy(rt, thread, ObjRef::from_slot(src), src_pos, ObjRef::from_slot(dst), dst_pos, length))
    })
}

/// What each `throw_*` code of [`throw`] raises.
pub mod throw_kind {
    /// `NullPointerException` with HotSpot's helpful message for the frame's bci.
    pub const NULL_POINTER: u32 = 0;
    /// `ArithmeticException: / by zero`.
    pub const DIVIDE_BY_ZERO: u32 = 1;
    /// `ArrayIndexOutOfBoundsException` (`a` the index, `b` the length).
    pub const ARRAY_INDEX: u32 = 2;
    /// `ClassCastException` (`a` the object, `b` the target class).
    pub const CLASS_CAST: u32 = 3;
    /// The object `a` itself (`athrow` of a non-null reference).
    pub const OBJECT: u32 = 4;
}

/// Throws what `kind` says (see [`throw_kind`]); always leaves the thread throwing.
///
/// # Safety
/// Called only by compiled code, with the arguments the module doc describes.
pub unsafe extern "C" fn throw(rt: *const Runtime, thread: *mut JavaThread, kind: u32, a: u64, b: u64) {
    guard(|| {
        // SAFETY: see the module doc.
        let (rt, thread) = unsafe { context(rt, thread) };
        match kind {
            throw_kind::NULL_POINTER => {
                let message = thread.frames.last().and_then(|frame| {
                    let method = frame.method;
                    let class_file = method.class.class_file.as_deref()?;
                    let info = class_file.methods.get(usize::from(method.index))?;
                    crate::npe_message::helpful_message(class_file, info, frame.bci, None)
                });
                rt.throw_new(thread, "java/lang/NullPointerException", message.as_deref());
            }
            throw_kind::DIVIDE_BY_ZERO => {
                rt.throw_divide_by_zero(thread);
            }
            throw_kind::ARRAY_INDEX => {
                rt.throw_array_index(thread, a as u32 as i32, b as u32 as i32);
            }
            throw_kind::CLASS_CAST => match ObjRef::from_slot(a) {
                Some(obj) => {
                    rt.throw_class_cast(thread, obj.class(), class_ref(b as usize as *const Class));
                }
                None => {
                    rt.throw_new(thread, "java/lang/InternalError", Some("class cast of null"));
                }
            },
            _ => match ObjRef::from_slot(a) {
                Some(obj) => {
                    thread.throw(obj);
                }
                None => {
                    rt.throw_new(thread, "java/lang/InternalError", Some("throw of null"));
                }
            },
        }
    })
}

/// The identity hash of the non-null object `obj`, assigned now (compiled code reads an assigned one from the
/// mark word itself); never throws, allocates or reads the frame records.
///
/// # Safety
/// Called only by compiled code, with the runtime it was compiled for.
pub unsafe extern "C" fn identity_hash(rt: *const Runtime, obj: u64) -> i32 {
    guard(|| {
        // SAFETY: compiled code passes the runtime it was compiled for.
        let rt = unsafe { &*rt };
        ObjRef::from_slot(obj).map_or(0, |o| o.identity_hash(|| rt.next_hash()))
    })
}

/// Whether the non-null object `obj` is an instance of `class` (`checkcast`, `instanceof`); never throws.
///
/// # Safety
/// Called only by compiled code, with the arguments the module doc describes.
pub unsafe extern "C" fn is_instance(obj: u64, class: *const Class) -> u32 {
    guard(|| match ObjRef::from_slot(obj) {
        Some(obj) => u32::from(obj.class().is_assignable_to(&class_ref(class))),
        None => 0,
    })
}

/// `aastore` after the null and bounds checks: the store check (`ArrayStoreException`), the store and the
/// write barrier; non-zero after throwing.
///
/// # Safety
/// Called only by compiled code, with the arguments the module doc describes.
pub unsafe extern "C" fn aastore(rt: *const Runtime, thread: *mut JavaThread, array: u64, index: i32, value: u64) -> u32 {
    guard(|| {
        // SAFETY: see the module doc.
        let (rt, thread) = unsafe { context(rt, thread) };
        let Some(array) = ObjRef::from_slot(array) else { return status(Err(rt.throw_null_pointer(thread))) };
        if let Some(v) = ObjRef::from_slot(value)
            && let Some(component) = array.class().component()
            && !v.class().is_assignable_to(&component)
        {
            return status(Err(rt.throw_array_store(thread, v.class())));
        }
        array.array_set::<u64>(index as usize, value);
        rt.barrier().post_write(array.field_addr(ObjRef::element_offset(index as usize, 8)));
        0
    })
}

/// The handler of `method` at `bci` that catches the pending exception: its bci, or -1 if none does (or the
/// thread is exiting). Resolving a handler's class can fail; that error replaces the pending exception and
/// the search goes on with it (JVMS 5.4.3), as in the interpreter.
///
/// # Safety
/// Called only by compiled code, with the arguments the module doc describes.
pub unsafe extern "C" fn find_handler(rt: *const Runtime, thread: *mut JavaThread, method: *const Method, bci: u32) -> i32 {
    guard(|| {
        // SAFETY: see the module doc.
        let (rt, thread) = unsafe { context(rt, thread) };
        let method = method_ref(method);
        if thread.exit_status.is_some() {
            return -1;
        }
        let Some(code) = method.code.as_ref() else { return -1 };
        for h in code.handlers.iter() {
            if bci < u32::from(h.start) || bci >= u32::from(h.end) {
                continue;
            }
            if h.catch_type == 0 {
                return i32::from(h.handler);
            }
            let Some(exception) = thread.pending else { return -1 };
            let saved = thread.pending.take();
            if let Ok(catch_class) = rt.resolve_class(thread, method.class, h.catch_type) {
                thread.pending = saved;
                if exception.class().is_subtype_of(&catch_class) {
                    return i32::from(h.handler);
                }
            }
        }
        -1
    })
}

/// Takes the pending exception for a handler (0 if none).
///
/// # Safety
/// Called only by compiled code, with the arguments the module doc describes.
pub unsafe extern "C" fn take_pending(thread: *mut JavaThread) -> u64 {
    guard(|| {
        // SAFETY: `thread` is the thread compiled code was entered with.
        let thread = unsafe { &mut *thread };
        thread.take_pending().map_or(0, ObjRef::to_slot)
    })
}

/// `frem`: the remainder with the dividend's sign, as Java defines it (C's `fmod`).
///
/// # Safety
/// Called only by compiled code, with the arguments the module doc describes.
pub unsafe extern "C" fn frem(a: f32, b: f32) -> f32 {
    a % b
}

/// `drem`, likewise.
///
/// # Safety
/// Called only by compiled code, with the arguments the module doc describes.
pub unsafe extern "C" fn drem(a: f64, b: f64) -> f64 {
    a % b
}

/// How a field access resolved: an instance field's offset, or a static field's slot.
#[derive(Debug, Clone, Copy)]
pub enum FieldAccess {
    /// Byte offset in the object.
    Instance(u32),
    /// The static slot (its class initialized).
    Static(*const std::sync::atomic::AtomicU64),
}

impl Runtime {
    /// `multianewarray`: nested arrays of `class` for every count given (`NegativeArraySizeException` if one is
    /// negative); deeper dimensions stay null.
    pub fn alloc_multi_array(&self, thread: &mut JavaThread, class: ClassRef, counts: &[i32]) -> JResult<ObjRef> {
        if let Some(&negative) = counts.iter().find(|&&c| c < 0) {
            return Err(self.throw_new(thread, "java/lang/NegativeArraySizeException", Some(&negative.to_string())));
        }
        self.alloc_nested_arrays(thread, class, counts)
    }

    fn alloc_nested_arrays(&self, thread: &mut JavaThread, class: ClassRef, counts: &[i32]) -> JResult<ObjRef> {
        let array = self.alloc_array(thread, class, counts[0])?;
        if counts.len() > 1 {
            let component = class.component().expect("multianewarray's class is an array of arrays");
            thread.handles.push(array.to_slot());
            let handle = thread.handles.len() - 1;
            for k in 0..counts[0] as usize {
                let inner = match self.alloc_nested_arrays(thread, component, &counts[1..]) {
                    Ok(inner) => inner,
                    Err(thrown) => {
                        thread.handles.truncate(handle);
                        return Err(thrown);
                    }
                };
                let outer = ObjRef::from_slot(thread.handles[handle]).expect("a handle keeps its array");
                outer.array_set::<u64>(k, inner.to_slot());
                self.barrier().post_write(outer.field_addr(ObjRef::element_offset(k, 8)));
            }
            let outer = ObjRef::from_slot(thread.handles[handle]).expect("a handle keeps its array");
            thread.handles.truncate(handle);
            return Ok(outer);
        }
        Ok(array)
    }

    /// Resolves a field reference for `getfield`/`putfield` (`is_static` false) or `getstatic`/`putstatic`,
    /// with JVMS 6.5's checks and, for a static field, its class's initialization.
    pub fn resolve_field_access(&self, thread: &mut JavaThread, from: ClassRef, index: u16, is_static: bool) -> JResult<FieldAccess> {
        let field = self.resolve_field(thread, from, index)?;
        if field.is_static() != is_static {
            let message = if is_static {
                format!("Expected static field {}.{}", field.holder.java_name(), field.name)
            } else {
                format!("Expected non-static field {}.{}", field.holder.java_name(), field.name)
            };
            return Err(self.throw_new(thread, "java/lang/IncompatibleClassChangeError", Some(&message)));
        }
        if !is_static {
            return Ok(FieldAccess::Instance(field.offset));
        }
        self.ensure_initialized(thread, field.holder)?;
        Ok(FieldAccess::Static(field.holder.get(self).static_slot(&field) as *const _))
    }

    /// Resolves the method of an `invoke*` instruction (`opcode`, from `from`'s constant `index`) with JVMS
    /// 6.5's checks, initializing the class for `invokestatic` and selecting for `invokespecial`.
    pub fn resolve_invoke(&self, thread: &mut JavaThread, from: ClassRef, index: u16, opcode: u8) -> JResult<MethodRef> {
        const INVOKESPECIAL: u8 = 0xb7;
        const INVOKESTATIC: u8 = 0xb8;
        let method = self.resolve_method(thread, from, index)?;
        crate::resolve::check_invoke_kind(self, thread, method, opcode == INVOKESTATIC)?;
        match opcode {
            INVOKESTATIC => {
                self.ensure_initialized(thread, method.class)?;
                Ok(method)
            }
            INVOKESPECIAL => Ok(crate::resolve::select_special(from, method)),
            _ => Ok(method),
        }
    }
}

/// The slow path of `monitorenter` on the non-null `obj` (compiled code tried the thin-lock swap inline);
/// non-zero if the thread must unwind.
///
/// # Safety
/// Called only by compiled code, with the arguments the module doc describes.
pub unsafe extern "C" fn monitor_enter(rt: *const Runtime, thread: *mut JavaThread, obj: u64) -> u32 {
    guard(|| {
        // SAFETY: see the module doc.
        let (rt, thread) = unsafe { context(rt, thread) };
        match ObjRef::from_slot(obj) {
            Some(obj) => status(rt.monitor_enter(thread, obj)),
            None => status(Err(rt.throw_null_pointer(thread))),
        }
    })
}

/// The slow path of `monitorexit` on the non-null `obj`; non-zero after throwing
/// `IllegalMonitorStateException`.
///
/// # Safety
/// Called only by compiled code, with the arguments the module doc describes.
pub unsafe extern "C" fn monitor_exit(rt: *const Runtime, thread: *mut JavaThread, obj: u64) -> u32 {
    guard(|| {
        // SAFETY: see the module doc.
        let (rt, thread) = unsafe { context(rt, thread) };
        match ObjRef::from_slot(obj) {
            Some(obj) => status(rt.monitor_exit(thread, obj)),
            None => status(Err(rt.throw_null_pointer(thread))),
        }
    })
}

/// The `java.lang.Class` object of `class` (created on first request: the monitor a static `synchronized`
/// method locks); 0 after throwing.
///
/// # Safety
/// Called only by compiled code, with the arguments the module doc describes.
pub unsafe extern "C" fn class_mirror(rt: *const Runtime, thread: *mut JavaThread, class: *const Class) -> u64 {
    guard(|| {
        // SAFETY: see the module doc.
        let (rt, thread) = unsafe { context(rt, thread) };
        rt.mirror_of(thread, class_ref(class)).map_or(0, ObjRef::to_slot)
    })
}

/// Whether the thread holds `obj`'s monitor (non-null), 1 or 0: where compiled code has merged two
/// `synchronized` regions on `obj`, the check that replaces the first one's unlock (which would have thrown
/// `IllegalMonitorStateException` had the thread not held it) when the mark word is not a thin lock of the
/// thread. Never throws, allocates or blocks: compiled code calls it as a leaf.
///
/// # Safety
/// Called only by compiled code, with the arguments the module doc describes.
pub unsafe extern "C" fn holds_lock(rt: *const Runtime, thread: *mut JavaThread, obj: u64) -> u32 {
    guard(|| {
        // SAFETY: see the module doc.
        let (rt, thread) = unsafe { context(rt, thread) };
        ObjRef::from_slot(obj).is_some_and(|obj| rt.holds_lock(thread, obj)).into()
    })
}

/// Releases the monitor of a `synchronized` method whose frame an exception is leaving (or of a
/// `synchronized` callee inlined into it): `obj` is what the frame locked, 0 when its entry failed before it
/// locked, so a lock an outer frame holds recursively is never released here. Released only if the thread
/// still holds it (an unlock at a return that threw `IllegalMonitorStateException` did not); the exception in
/// flight stays. Never throws, allocates or blocks: compiled code calls it as a leaf.
///
/// # Safety
/// Called only by compiled code, with the arguments the module doc describes.
pub unsafe extern "C" fn unlock_unwinding(rt: *const Runtime, thread: *mut JavaThread, obj: u64) {
    guard(|| {
        // SAFETY: see the module doc.
        let (rt, thread) = unsafe { context(rt, thread) };
        if let Some(obj) = ObjRef::from_slot(obj)
            && rt.holds_lock(thread, obj)
        {
            let _ = rt.monitor_exit(thread, obj);
        }
    })
}
