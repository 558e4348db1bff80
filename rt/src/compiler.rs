//! Where the interpreter, the JIT and the tiering policy meet: the [`Compiler`] trait the JIT implements, the
//! [`Tiering`] hooks the interpreter consults on every call, and [`call_compiled`], the one way Rust (and the
//! interpreter) enters compiled code.
//!
//! The calling convention, one for every entry into compiled code:
//! `extern "C" fn(thread: *mut JavaThread, args: *const u64) -> SlotResult`. `args` points at the arguments
//! in slot form (receiver first, a long or double in the first of its two slots, exactly as the interpreter
//! lays them out in its stack, so an interpreted caller passes a pointer into its operand stack). The result
//! comes back in two registers ([`SlotResult`]): the value in slot form and a status word, non-zero when the
//! call ended by throwing. The status, not `thread.pending` alone, says whether the call threw, because a
//! thread unwinding for `System.exit` (or out of a `StackOverflowError` that could not be constructed) has
//! nothing pending.
//!
//! Compiled code calls back into the runtime through the `extern "C"` functions of [`crate::runtime_calls`].
//!
//! `unsafe` here: [`enter_compiled`] turns a code address into a function pointer and calls it.
//!
//! On-stack replacement ([`enter_osr`], [`Tiering::osr_entry`]) moves a hot interpreted loop into compiled
//! code mid-run.

use std::sync::atomic::{AtomicPtr, AtomicU32, Ordering};
use std::sync::{Arc, Mutex, OnceLock};

use crate::class::{Class, ClassRef};
use crate::method::{Method, MethodRef};
use crate::runtime::Runtime;
use crate::thread::{JResult, JavaThread, Thrown};

/// What a compiled method returns: its result in slot form and whether it threw.
#[repr(C)]
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct SlotResult {
    /// The result in slot form (0 for `void` and when the call threw).
    pub value: u64,
    /// 0 on a normal return; non-zero when the call threw (the exception, if any, is pending on the thread).
    pub thrown: u64,
}

impl SlotResult {
    /// A normal return of `value`.
    pub const fn ok(value: u64) -> Self {
        Self { value, thrown: 0 }
    }

    /// The result of a call that threw.
    pub const THROWN: SlotResult = SlotResult { value: 0, thrown: 1 };

    /// From a runtime call's result.
    pub fn from_result(result: JResult<u64>) -> Self {
        match result {
            Ok(value) => Self::ok(value),
            Err(Thrown) => Self::THROWN,
        }
    }
}

/// The signature of compiled code (see the module doc).
pub type CompiledFn = unsafe extern "C" fn(thread: *mut JavaThread, args: *const u64) -> SlotResult;

/// A method compiled to native code.
#[derive(Debug, Clone, Copy)]
pub struct CompiledMethod {
    /// The entry point, a [`CompiledFn`].
    pub entry: *const u8,
    /// Bytes of machine code.
    pub code_size: usize,
}

/// Why a method was not compiled: it stays interpreted.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum CompileBailout {
    /// The method has no bytecode (abstract or native).
    #[error("no bytecode")]
    NoCode,
    /// The front end does not translate this instruction yet.
    #[error("unsupported {what} at bci {bci}")]
    Unsupported {
        /// What is unsupported (an opcode's mnemonic or a feature).
        what: &'static str,
        /// Where.
        bci: u32,
    },
    /// The bytecode could not be decoded or does not have the shape the front end expects (the interpreter
    /// reports such code as it runs it).
    #[error("malformed code at bci {bci}: {detail}")]
    Malformed {
        /// Where.
        bci: u32,
        /// What was wrong.
        detail: String,
    },
    /// A method the runtime keeps interpreted on purpose.
    #[error("excluded: {0}")]
    Excluded(&'static str),
    /// Cranelift rejected the function or could not emit it (a bug in the front end).
    #[error("code generation failed: {0}")]
    Codegen(String),
}

impl CompileBailout {
    /// A short key for statistics: the reason without its position.
    pub fn key(&self) -> String {
        match self {
            Self::NoCode => "no bytecode".into(),
            Self::Unsupported { what, .. } => format!("unsupported {what}"),
            Self::Malformed { .. } => "malformed code".into(),
            Self::Excluded(why) => format!("excluded: {why}"),
            Self::Codegen(_) => "codegen error".into(),
        }
    }
}

/// A compiler of methods to native code.
pub trait Compiler: Send + Sync {
    /// Compiles `method`. The caller installs the entry in [`Method::compiled_entry`](crate::Method).
    fn compile(&self, rt: &Runtime, method: MethodRef) -> Result<CompiledMethod, CompileBailout>;

    /// Compiles an on-stack-replacement version of `method` entered at the loop head `bci` (see
    /// [`enter_osr`] for its convention). The caller keeps the entry (per method and bci).
    fn compile_osr(&self, _rt: &Runtime, _method: MethodRef, bci: u32) -> Result<CompiledMethod, CompileBailout> {
        Err(CompileBailout::Unsupported { what: "on-stack replacement", bci })
    }
}

/// The collector's view of compiled frames: the compiler lists the stack slots holding references in the compiled
/// frames of a thread, from the stack maps of their code.
pub trait CompiledFrameRoots: Send + Sync {
    /// Calls `visit` with the address of every stack slot holding a reference in the compiled frames of
    /// `thread` (the frame records with [`Frame::is_compiled`](crate::thread::Frame::is_compiled)), each once.
    fn visit_compiled_frames(&self, thread: &JavaThread, visit: &mut dyn FnMut(*mut u64));
}

/// What the tiering policy does when a method gets hot.
pub trait TieringPolicy: Send + Sync {
    /// Called when `method`'s invocations plus back-edges reach the threshold and it has no compiled code:
    /// compile it (or decide not to). Must not throw.
    fn method_is_hot(&self, rt: &Runtime, thread: &mut JavaThread, method: MethodRef);

    /// Called when an interpreted frame of `method` takes a back-edge to `bci` (with an empty operand stack)
    /// and the method's back-edge count has reached the OSR threshold: the entry of an on-stack-replacement
    /// version of `method` at `bci` (compiled now, or cached from an earlier request), or `None` to go on
    /// interpreting. May collect (the frame is synced at `bci`); must not throw.
    fn osr_entry(&self, _rt: &Runtime, _thread: &mut JavaThread, _method: MethodRef, _bci: u32) -> Option<*mut u8> {
        None
    }
}

/// The runtime's tiering hooks: a threshold the interpreter checks on every call, and the policy it calls
/// when a method crosses it.
pub struct Tiering {
    threshold: AtomicU32,
    osr_threshold: AtomicU32,
    policy: OnceLock<Arc<dyn TieringPolicy>>,
    frame_roots: OnceLock<Arc<dyn CompiledFrameRoots>>,
}

impl Default for Tiering {
    fn default() -> Self {
        Self {
            threshold: AtomicU32::new(u32::MAX),
            osr_threshold: AtomicU32::new(u32::MAX),
            policy: OnceLock::new(), frame_roots: OnceLock::new() }
    }
}

impl std::fmt::Debug for Tiering {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Tiering").field("threshold", &self.threshold.load(Ordering::Relaxed)).finish()
    }
}

impl Tiering {
    /// Installs the policy (once) with the counter value that makes a method hot (0: before its first run).
    pub fn install(&self, policy: Arc<dyn TieringPolicy>, threshold: u32) {
        let _ = self.policy.set(policy);
        self.threshold.store(threshold, Ordering::Relaxed);
    }

    /// Sets the back-edge count at which an interpreted loop asks for on-stack replacement
    /// ([`TieringPolicy::osr_entry`]); `u32::MAX` (the default) never does.
    pub fn set_osr_threshold(&self, threshold: u32) {
        self.osr_threshold.store(threshold, Ordering::Relaxed);
    }

    /// The back-edge count at which an interpreted loop asks for on-stack replacement (`u32::MAX`: never).
    #[inline]
    pub fn osr_threshold(&self) -> u32 {
        self.osr_threshold.load(Ordering::Relaxed)
    }

    /// The entry of an on-stack-replacement version of `method` at the loop head `bci`, compiled now if
    /// needed; `None` if there is no policy or it declines. The caller's interpreter frame is synced at `bci`
    /// with an empty operand stack (a collection may happen).
    pub fn osr_entry(&self, rt: &Runtime, thread: &mut JavaThread, method: MethodRef, bci: u32) -> Option<OsrEntry> {
        let policy = self.policy.get().cloned()?;
        let code = policy.osr_entry(rt, thread, method, bci).filter(|entry| !entry.is_null())?;
        Some(OsrEntry { method, code })
    }

    /// Installs (once) the walker of compiled frames the collector uses; required before any compiled code
    /// runs.
    pub fn install_frame_roots(&self, roots: Arc<dyn CompiledFrameRoots>) {
        let _ = self.frame_roots.set(roots);
    }

    /// Visits the reference slots of `thread`'s compiled frames; `false` if no walker is installed.
    pub fn visit_compiled_frames(&self, thread: &JavaThread, visit: &mut dyn FnMut(*mut u64)) -> bool {
        match self.frame_roots.get() {
            Some(roots) => {
                roots.visit_compiled_frames(thread, visit);
                true
            }
            None => false,
        }
    }

    /// Whether calling [`has_code`](Self::has_code) for `method` may compile it now (it has no code and has
    /// crossed the threshold): only then can that call collect.
    #[inline]
    pub fn may_compile(&self, method: MethodRef) -> bool {
        method.compiled_entry.load(Ordering::Relaxed).is_null()
            && self.policy.get().is_some()
            && method.invocations.load(Ordering::Relaxed).saturating_add(method.backedges.load(Ordering::Relaxed))
                >= self.threshold.load(Ordering::Relaxed)
    }

    /// Whether `method` has compiled code to call, after asking the policy to compile it if it has crossed
    /// the threshold.
    #[inline]
    pub fn has_code(&self, rt: &Runtime, thread: &mut JavaThread, method: MethodRef) -> bool {
        if !method.compiled_entry.load(Ordering::Relaxed).is_null() {
            return true;
        }
        let count = method.invocations.load(Ordering::Relaxed).saturating_add(method.backedges.load(Ordering::Relaxed));
        if count < self.threshold.load(Ordering::Relaxed) {
            return false;
        }
        let Some(policy) = self.policy.get().cloned() else { return false };
        policy.method_is_hot(rt, thread, method);
        !method.compiled_entry.load(Ordering::Relaxed).is_null()
    }
}

/// Calls `method`'s compiled code with `args` in slot form (at least `method.arg_slots` of them); `None` if the
/// method has no compiled code.
pub fn call_compiled(thread: &mut JavaThread, method: MethodRef, args: &[u64]) -> Option<JResult<u64>> {
    let entry = method.compiled_entry.load(Ordering::Acquire);
    if entry.is_null() || args.len() < usize::from(method.arg_slots) {
        return None;
    }
    // SAFETY: a non-null entry is compiled code for `method`; `args` holds its arguments.
    Some(unsafe { enter_compiled(thread, entry, args.as_ptr()) })
}

/// Calls `method`'s compiled code with its arguments in the thread's interpreter stack at `args_at` (the
/// interpreter's operand stack); `None` if the method has no compiled code or the slots are out of range.
pub fn call_compiled_on_stack(thread: &mut JavaThread, method: MethodRef, args_at: usize) -> Option<JResult<u64>> {
    let entry = method.compiled_entry.load(Ordering::Acquire);
    if entry.is_null() || args_at + usize::from(method.arg_slots) > thread.stack.len() {
        return None;
    }
    let args = thread.stack.base().wrapping_add(args_at);
    // SAFETY: a non-null entry is compiled code for `method`; the argument slots were checked to lie in the
    // stack, which does not move while the thread lives.
    Some(unsafe { enter_compiled(thread, entry, args) })
}

/// On-stack-replacement code for one method, from [`Tiering::osr_entry`] (so from the policy's compiler).
#[derive(Debug, Clone, Copy)]
pub struct OsrEntry {
    method: MethodRef,
    code: *mut u8,
}

/// Moves the innermost frame, an interpreter frame synced at a loop head with an empty operand stack, into
/// the on-stack-replacement code at `entry` and runs the rest of the method there; returns what the method
/// returns or throws, as if the interpreter had finished the frame. The frame record is gone afterwards.
///
/// The convention of OSR code: the [`CompiledFn`] signature with `args` pointing at the frame's local 0 in
/// the interpreter stack. The code first loads every live local (by the verifier's types at the loop head)
/// into its own frame, then, with no safepoint in between, turns the record into a compiled frame's
/// (`runtime_calls::osr_enter`) and stores its frame pointer in it; so at every point where a collection
/// can happen, the references are either in the interpreter frame (described by its reference map at the
/// loop head) or in the compiled frame (described by the code's stack maps), never half in each. Its
/// returns and throws pop the record as every compiled method's do.
///
/// Returns `None` (nothing done) if the innermost frame is not an interpreter frame of the entry's method or
/// its locals are out of the stack.
pub fn enter_osr(thread: &mut JavaThread, entry: OsrEntry) -> Option<JResult<u64>> {
    let frame = thread.frames.last_mut()?;
    let locals = frame.locals as usize;
    if frame.is_compiled() || frame.method != entry.method || locals > thread.stack.len() {
        return None;
    }
    // The frame walker finds this frame's stack maps by the code it runs, which is not the method's entry.
    frame.code = entry.code as u64;
    let args = thread.stack.base().wrapping_add(locals);
    // SAFETY: `entry.code` is OSR code for the innermost frame's method (`Tiering::osr_entry` has it from the
    // policy, whose compiler built it for that method, and the frame's method was just checked); `args` points
    // at that frame's locals, inside the stack, which does not move while the thread lives.
    Some(unsafe { enter_compiled(thread, entry.code, args) })
}

/// Calls compiled code at `entry` with `args`.
///
/// # Safety
/// `entry` must come from a `Method::compiled_entry` (code the JIT compiled with the [`CompiledFn`]
/// signature, alive as long as the runtime), and `args` must point at that method's argument slots, which
/// stay in place during the call.
pub unsafe fn enter_compiled(thread: &mut JavaThread, entry: *mut u8, args: *const u64) -> JResult<u64> {
    // SAFETY: the caller's contract.
    let result = unsafe {
        let f: CompiledFn = std::mem::transmute::<*mut u8, CompiledFn>(entry);
        f(thread, args)
    };
    if result.thrown != 0 { Err(Thrown) } else { Ok(result.value) }
}

/// The byte offset, within a [`Class`](crate::class::Class), of the data pointer of its vtable (a boxed
/// slice of `MethodRef`s, each one pointer), so compiled code can index the vtable of a receiver's class
/// with three loads. Rust does not promise the field order of a slice pointer, so the offset is found by
/// comparing the two words of `class`'s vtable field with its data pointer; `None` if neither matches (or
/// the vtable is empty, when the pointer is dangling and may coincide with the length).
pub fn vtable_data_offset(class: &crate::class::Class) -> Option<i32> {
    if class.vtable.len() < 2 {
        return None;
    }
    let field = std::ptr::addr_of!(class.vtable).cast::<usize>();
    let data = class.vtable.as_ptr() as usize;
    // SAFETY: the field is a slice pointer, two words long, inside a live `Class`; reading its words as
    // `usize`s reads initialized memory of the right size.
    let words = unsafe { [field.read(), field.add(1).read()] };
    let base = std::mem::offset_of!(crate::class::Class, vtable);
    let word = words.iter().position(|&w| w == data)?;
    if words[1 - word] != class.vtable.len() {
        return None;
    }
    i32::try_from(base + word * std::mem::size_of::<usize>()).ok()
}

/// The inline cache of one call site in compiled code that neither the vtable nor a direct call serves
/// (interface calls, and virtual calls of `Object`'s methods, whose receivers may be arrays): the receiver
/// classes seen there and the method a call on each selects. Compiled code compares the receiver's class with
/// each entry's in turn and calls the matching entry's method; otherwise, once the site is
/// [megamorphic](InlineCache::megamorphic), it selects the method through the itable
/// (`runtime_calls::select_method`, a leaf call) and calls it; otherwise it calls
/// `runtime_calls::invoke_interface_cached`, which selects the method, records the pair and calls it.
///
/// A site records at most [`InlineCache::MAX_ENTRIES`] receiver classes; the next new class makes it
/// megamorphic, and from then on nothing changes: the site has settled, its misses take no lock and write
/// nothing shared, and calls never go through the runtime's general path again. Entries never change once
/// published, and each slot is written once (null to an entry), so a thread reading a slot sees a whole
/// pair. The cache lives as long as the code that uses it.
///
/// An `invokestatic` whose class was not initialized when the code was compiled (`-Xcomp`) has one too, used
/// as a cell: its one entry (the class, the method) is recorded by `runtime_calls::resolve_static_cached` once
/// the class is initialized, and compiled code calls that entry's method directly from then on.
#[derive(Debug, Default)]
pub struct InlineCache {
    /// The entries made so far, in order; null past the last.
    pub slots: [AtomicPtr<CacheEntry>; InlineCache::MAX_ENTRIES],
    /// Non-zero once a receiver class beyond the entries was seen: misses then select through the itable.
    pub megamorphic: AtomicU32,
    /// Calls that went through the runtime's path (`runtime_calls::invoke_interface_cached`), for `--stats`.
    misses: AtomicU32,
    #[expect(clippy::vec_box, reason = "each entry must keep its address: compiled code reads it through `slots`")]
    entries: Mutex<Vec<Box<CacheEntry>>>,
}

/// A receiver class and the method a call on it selects.
#[repr(C)]
#[derive(Debug)]
pub struct CacheEntry {
    /// The receiver's class.
    pub class: *const Class,
    /// The selected method.
    pub method: *const Method,
}

// SAFETY: an entry only holds addresses of a runtime's classes and methods, which are shared between threads.
unsafe impl Send for CacheEntry {}
// SAFETY: as above; an entry is never written after it is published.
unsafe impl Sync for CacheEntry {}

impl InlineCache {
    /// The most receiver classes a call site records before it becomes megamorphic.
    pub const MAX_ENTRIES: usize = 4;

    /// Records that calls on `class` select `method` (a miss of compiled code's checks): a new entry while
    /// there is room, else the site becomes megamorphic. Nothing once it is.
    pub fn update(&self, class: ClassRef, method: MethodRef) {
        self.misses.fetch_add(1, Ordering::Relaxed);
        if self.is_megamorphic() {
            return;
        }
        let Ok(mut entries) = self.entries.lock() else { return };
        if entries.iter().any(|e| std::ptr::eq(e.class, class.as_ptr())) {
            // Another thread recorded it meanwhile.
            return;
        }
        let Some(slot) = self.slots.get(entries.len()) else {
            self.megamorphic.store(1, Ordering::Release);
            return;
        };
        let entry = Box::new(CacheEntry { class: class.as_ptr(), method: method.as_ptr() });
        slot.store(std::ptr::addr_of!(*entry).cast_mut(), Ordering::Release);
        entries.push(entry);
    }

    /// Whether the site has seen more receiver classes than it records.
    pub fn is_megamorphic(&self) -> bool {
        self.megamorphic.load(Ordering::Acquire) != 0
    }

    /// How many calls took the runtime's path (each miss before the site settled, and calls that throw for
    /// want of an implementation).
    pub fn misses(&self) -> u32 {
        self.misses.load(Ordering::Relaxed)
    }
}

/// Where compiled code finds the parts of a thread's frame records ([`JavaThread::frames`], a `Vec<Frame>`)
/// to push and pop a record inline: byte offsets, from the thread, of the vector's data pointer, capacity and
/// length.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct FrameStackLayout {
    /// The data pointer.
    pub data: i32,
    /// The capacity, in records.
    pub capacity: i32,
    /// The length, in records.
    pub len: i32,
}

/// The layout of the frame records' vector, found by looking at one: Rust does not promise the order of a
/// `Vec`'s three words, so they are told apart by value (a data pointer, a capacity of 5, a length of 0).
/// `None` if the vector is not three distinct words (compiled code then pushes records through the runtime).
pub fn frame_stack_layout() -> Option<FrameStackLayout> {
    const WORD: usize = std::mem::size_of::<usize>();
    if std::mem::size_of::<Vec<crate::thread::Frame>>() != 3 * WORD {
        return None;
    }
    let probe: Vec<crate::thread::Frame> = Vec::with_capacity(5);
    if probe.capacity() != 5 {
        return None;
    }
    // SAFETY: a `Vec` of this size is three initialized words (a pointer and two integers); copying its bytes
    // out as three `usize`s reads nothing else, and the copy is not used as a vector.
    let words: [usize; 3] = unsafe { std::mem::transmute_copy(&probe) };
    let position = |value: usize| words.iter().position(|&w| w == value);
    let (data, capacity, len) = (position(probe.as_ptr() as usize)?, position(5)?, position(0)?);
    if data == capacity || data == len || capacity == len {
        return None;
    }
    let base = std::mem::offset_of!(JavaThread, frames);
    let at = |index: usize| i32::try_from(base + index * WORD).ok();
    Some(FrameStackLayout { data: at(data)?, capacity: at(capacity)?, len: at(len)? })
}
