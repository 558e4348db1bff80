//! A Java thread as the runtime sees it: its pending exception, its interpreter stack, its frames, its
//! allocation buffer and its handle stack.
//!
//! Exceptions cross every boundary the same way (the brief's scheme): whoever throws stores the exception in
//! [`JavaThread::pending`] and returns `Err(Thrown)`; callers propagate with `?` or look for a handler. The
//! pending exception, the frames and the handles are what a collector scans to find this thread's roots.

use std::sync::atomic::{AtomicI64, AtomicU8, AtomicU32, Ordering};
use std::sync::Arc;

use crate::method::MethodRef;
use crate::object::ObjRef;
use crate::parker::Parker;
use crate::stack::StackSlab;

/// Frames kept back for constructing a `StackOverflowError` (its constructors and `fillInStackTrace`).
pub const STACK_RESERVE_FRAMES: usize = 64;
/// Stack slots kept back likewise.
pub const STACK_RESERVE_SLOTS: usize = 8192;

/// The error half of every runtime call that can throw: the exception is pending on the thread.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Thrown;

/// The result of a runtime call that can throw a Java exception.
pub type JResult<T> = Result<T, Thrown>;

/// An interpreter frame's record: the method, where its locals start in the thread's stack, and (saved by the
/// interpreter before anything that can throw, call or collect) its current bci and operand-stack top.
#[derive(Debug, Clone, Copy)]
pub struct Frame {
    /// The method running in this frame.
    pub method: MethodRef,
    /// Index of local 0 in [`JavaThread::stack`].
    pub locals: u32,
    /// Index one past the top of the operand stack, as last saved.
    pub sp: u32,
    /// The bci of the current instruction, as last saved.
    pub bci: u32,
    /// The executing tier's own position (the interpreter's instruction index), as last saved, or
    /// [`Frame::COMPILED`] for the record of a compiled frame.
    pub pc: u32,
    /// For a compiled frame: the native frame pointer of its code, stored by the code right after it pushed
    /// the record (0 until then and for interpreter frames). The collector's walk of compiled frames starts
    /// from it.
    pub native_fp: u64,
    /// For a compiled frame: the entry of the code running it when that is not the method's
    /// `compiled_entry` (an on-stack-replacement entry, see `rt::compiler::enter_osr`); 0 otherwise. The
    /// collector's walk finds the frame's stack maps by it.
    pub code: u64,
}

impl Frame {
    /// The `pc` of a compiled frame's record. Such a record has the method and the bci of its current call
    /// (for stack traces), and `locals == sp` (it holds no interpreter slots); its references live in the
    /// compiled code's own stack frame, described by the code's stack maps.
    pub const COMPILED: u32 = u32::MAX;

    /// Whether this is the record of a compiled frame.
    pub fn is_compiled(&self) -> bool {
        self.pc == Self::COMPILED
    }
}

/// A reference Rust code keeps on the thread's handle stack ([`JavaThread::protect`]): the collector treats
/// the slot as a root and rewrites it when the object moves, so the handle stays valid across allocations.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Handle(u32);

/// A depth of the handle stack ([`JavaThread::handle_mark`]): releasing to it drops every later handle.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[must_use = "release the handles made after the mark with JavaThread::release_handles"]
pub struct HandleMark(usize);

/// A thread-local allocation buffer: the bump-pointer range this thread allocates from without locking.
#[derive(Debug, Default, Clone, Copy)]
pub struct Tlab {
    /// Next free byte.
    pub cursor: usize,
    /// One past the last usable byte.
    pub limit: usize,
}

/// A thread's safepoint poll word, and beside it whether the thread's fuel is metered.
///
/// The interpreter reads the poll word and charges fuel at every poll. Compiled code reads both halves as
/// one 64-bit word (`OFFSET`): zero, the common case, means no request and no metering, so a loop's poll is
/// one load and one branch; otherwise its cold path charges the fuel in memory and enters the safepoint
/// if the fuel ran out or a request is set. The metering half is written only by the thread itself, with
/// its fuel ([`JavaThread::set_fuel`]); a thread given limits while it runs compiled code is poked by
/// `Runtime::arm_limits` and takes its new fuel, and with it the metering, in the safepoint.
#[derive(Debug, Default)]
#[repr(C, align(8))]
pub struct PollWord {
    /// Non-zero when the thread must stop at its next poll.
    request: AtomicU32,
    /// Non-zero while the thread's fuel is limited (not `i64::MAX`).
    metered: AtomicU32,
}

impl PollWord {
    /// The request half's offset in the word, for compiled code (the word itself is 8-byte aligned).
    pub const REQUEST_OFFSET: usize = std::mem::offset_of!(PollWord, request);

    /// Sets or clears the request.
    pub fn store(&self, value: u32, order: Ordering) {
        self.request.store(value, order);
    }

    /// The request.
    pub fn load(&self, order: Ordering) -> u32 {
        self.request.load(order)
    }

    /// Whether compiled code charges fuel at its polls.
    pub fn is_metered(&self) -> bool {
        self.metered.load(Ordering::Relaxed) != 0
    }
}

/// One Java thread.
#[derive(Debug)]
pub struct JavaThread {
    /// The exception being thrown, if any.
    pub pending: Option<ObjRef>,
    /// Set by `System.exit`/`Runtime.halt`: the thread unwinds every frame without running handlers.
    pub exit_status: Option<i32>,
    /// Locals and operand stacks of interpreter frames, in slots.
    pub stack: StackSlab,
    /// Non-zero when the thread must stop at its next safepoint poll (method entries and loop back-edges in
    /// both tiers check it): for a collection, a budget check, or an interrupt from the embedder.
    pub poll: PollWord,
    /// Safepoint polls left before this thread asks for more fuel (see `sandbox`): both tiers charge it at
    /// every poll (compiled code only while [`PollWord`] says the thread is metered) and enter the safepoint
    /// when it reaches zero. `i64::MAX` when the runtime has no limits. Set through [`JavaThread::set_fuel`].
    pub fuel: i64,
    /// The status of the last safepoint entered from compiled code's poll (non-zero: unwind), where the poll's
    /// stub leaves it for the code (see `jit::backend::Backend::poll_stub`).
    pub poll_status: u32,
    /// The execution limits' generation `fuel` was granted under (see `sandbox::ExecutionLimits::generation`).
    pub limits_generation: u64,
    /// Interpreter frame records, innermost last.
    pub frames: Vec<Frame>,
    /// Nested activations of the execution engine on the host stack (natives and class initialization
    /// calling back into Java); bounded so Java recursion through them cannot overflow the host stack.
    pub host_depth: u32,
    /// The allocation buffer.
    pub tlab: Tlab,
    /// Reference slots that Rust code holds across allocations (the GC's roots for natives).
    pub handles: Vec<u64>,
    /// The thread's `java.lang.Thread` object, once created.
    pub thread_object: Option<ObjRef>,
    /// The thread's name.
    pub name: String,
    /// Set while the VM constructs a `StackOverflowError`: the stack limits are relaxed by a reserve so the
    /// error's constructor can run (see [`JavaThread::frame_limit`]).
    pub in_stack_overflow: bool,
    /// Set while the VM constructs an `OutOfMemoryError`: running out again throws the preallocated one.
    pub in_out_of_memory: bool,
    /// Where this thread sleeps when it blocks (sleep, wait, park, join), and how others wake it.
    pub parker: Arc<Parker>,
    /// The thread's thin-lock owner bits (`crate::monitor`): its owner id shifted into place with the thin
    /// state, 0 until the thread first locks. Compiled code reads it at a fixed offset.
    pub lock_bits: u64,
    /// The owner id behind `lock_bits`, given back to the runtime when the thread is dropped.
    pub lock_lease: Option<crate::monitor::OwnerLease>,
    /// The objects locked by the interpreter's running `synchronized` methods, innermost last (roots for
    /// the collector): unlocked when the frame returns or unwinds.
    pub sync_objects: Vec<u64>,
    /// For each entry of `sync_objects`, the depth of `frames` (counting its frame) that locked it.
    pub sync_depths: Vec<u32>,
    /// The thread's [`ThreadState`](crate::threads::ThreadState) for safepoints, changed only under the
    /// registry's lock (see `threads`).
    pub state: AtomicU8,
    /// Set by another thread (`System.exit`, an embedder's stop, the VM's end) to make this one unwind with
    /// that exit status at its next poll or wake-up; [`NO_EXIT`](crate::threads::NO_EXIT) otherwise.
    pub async_exit: AtomicI64,
    /// What `Thread.getState` reports while the thread is alive (a [`JavaState`](crate::threads::JavaState)),
    /// set around blocking operations.
    pub java_state: AtomicU8,
}

impl JavaThread {
    /// A thread whose interpreter stack holds `stack_slots` slots.
    pub fn new(name: &str, stack_slots: usize) -> Self {
        Self {
            pending: None,
            exit_status: None,
            stack: StackSlab::new(stack_slots),
            poll: PollWord::default(),
            fuel: i64::MAX,
            poll_status: 0,
            limits_generation: 0,
            frames: Vec::with_capacity(64),
            host_depth: 0,
            tlab: Tlab::default(),
            handles: Vec::new(),
            thread_object: None,
            name: name.to_owned(),
            in_stack_overflow: false,
            in_out_of_memory: false,
            parker: Arc::default(),
            lock_bits: 0,
            lock_lease: None,
            sync_objects: Vec::new(),
            sync_depths: Vec::new(),
            state: AtomicU8::new(crate::threads::ThreadState::InJava as u8),
            async_exit: AtomicI64::new(crate::threads::NO_EXIT),
            java_state: AtomicU8::new(crate::threads::JavaState::Runnable as u8),
        }
    }

    /// The most interpreter frames allowed now: `max_frames`, plus a reserve while a `StackOverflowError` is
    /// being constructed.
    pub fn frame_limit(&self, max_frames: usize) -> usize {
        if self.in_stack_overflow { max_frames + STACK_RESERVE_FRAMES } else { max_frames }
    }

    /// The highest stack slot a frame may use now: the slab less a reserve, or all of it while a
    /// `StackOverflowError` is being constructed.
    pub fn slot_limit(&self) -> usize {
        if self.in_stack_overflow { self.stack.len() } else { self.stack.len().saturating_sub(STACK_RESERVE_SLOTS) }
    }

    /// Sets the thread's fuel, and with it whether compiled code charges it (see [`PollWord`]).
    pub fn set_fuel(&mut self, fuel: i64) {
        self.fuel = fuel;
        self.poll.metered.store(u32::from(fuel != i64::MAX), Ordering::Relaxed);
    }

    /// Makes `exception` pending and returns the marker to propagate.
    pub fn throw(&mut self, exception: ObjRef) -> Thrown {
        self.pending = Some(exception);
        Thrown
    }

    /// Takes the pending exception (for a handler or the embedding API).
    pub fn take_pending(&mut self) -> Option<ObjRef> {
        self.pending.take()
    }

    /// Keeps `obj` where the collector finds and updates it, until [`release_handles`](Self::release_handles)
    /// drops it: the one way Rust code may hold a reference across anything that can allocate or run Java.
    pub fn protect(&mut self, obj: Option<ObjRef>) -> Handle {
        self.handles.push(obj.map_or(0, ObjRef::to_slot));
        Handle(self.handles.len() as u32 - 1)
    }

    /// The object a handle keeps, at its current address.
    pub fn get(&self, handle: Handle) -> Option<ObjRef> {
        ObjRef::from_slot(self.handles.get(handle.0 as usize).copied().unwrap_or(0))
    }

    /// Like [`get`](Self::get), for a handle known to keep an object (not null).
    pub fn get_nonnull(&self, handle: Handle) -> ObjRef {
        self.get(handle).expect("the handle was created for a non-null object")
    }

    /// Points a handle at another object.
    pub fn set_handle(&mut self, handle: Handle, obj: Option<ObjRef>) {
        if let Some(slot) = self.handles.get_mut(handle.0 as usize) {
            *slot = obj.map_or(0, ObjRef::to_slot);
        }
    }

    /// The current depth of the handle stack, to give back to [`release_handles`](Self::release_handles).
    pub fn handle_mark(&self) -> HandleMark {
        HandleMark(self.handles.len())
    }

    /// Drops every handle made since `mark`.
    pub fn release_handles(&mut self, mark: HandleMark) {
        self.handles.truncate(mark.0);
    }

    /// Where the next frame's locals may start: past the innermost frame's operand stack.
    pub fn stack_top(&self) -> usize {
        self.frames.last().map_or(0, |f| f.sp as usize)
    }
}
