//! The thread registry: every Java thread attached to a runtime, the state each one is in, and the
//! stop-the-world protocol the collector runs over them ([`Runtime::stop_the_world`]).
//!
//! A thread is attached for as long as it can run Java code ([`Runtime::attach_thread`] gives an
//! [`AttachedThread`], which owns the boxed, address-stable [`JavaThread`] and detaches it when dropped). Its
//! state ([`ThreadState`]) is one atomic the owner changes only under the registry's lock:
//! - `InJava`: running Java code or the runtime on behalf of it. Nobody else touches its `JavaThread`.
//! - `Blocked`: inside [`Runtime::blocking`] (sleeping, waiting, parked, reading input) or attached but not
//!   started yet, or an embedded VM's thread between host calls.
//! - `AtSafepoint`: stopped at a safepoint poll because a collection asked it to.
//!
//! In both safe states the thread's roots (pending exception, `Thread` object, handles, frames) and its
//! allocation buffer belong to the collector, which may read and rewrite them through the registry's pointer
//! while the owner sleeps. The owner leaves a safe state only through [`Threads::leave_safe`], which waits
//! while a stop is in progress, so the owner and the collector never use the `JavaThread` at the same time.
//!
//! The protocol, for a thread `C` that needs a collection:
//! 1. `C` takes the collection lock through `blocking` (so while it waits, a collection by another thread can
//!    stop it), and skips its own collection if another one finished meanwhile (the caller retries).
//! 2. Under the registry lock it sets `stopping`, then every other thread's poll word; threads reach their
//!    next poll (method entry, loop back-edge, either tier) and park in [`Threads::leave_safe`]; threads
//!    already blocked count as stopped; a blocked thread that wakes waits there before touching its roots.
//! 3. `C` waits until no other attached thread is `InJava`, collects with the roots of all of them, clears
//!    `stopping` and wakes them.
//!
//! No one waits for the heap lock while a stop is requested: the collector takes it only once the world has
//! stopped, and threads hold it only for short sections that never poll.
//!
//! `unsafe` here: the registry keeps raw pointers to attached threads and dereferences them for the
//! collector (while those threads are stopped) and for `AttachedThread`'s `Send`.

use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::{Duration, Instant};

use parking_lot::{Condvar, Mutex, MutexGuard};

use crate::parker::Parker;
use crate::runtime::Runtime;
use crate::thread::JavaThread;

/// Where a thread is with respect to safepoints (see the module documentation).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[repr(u8)]
pub enum ThreadState {
    /// Running Java code or the runtime: must reach a poll before a collection can run.
    InJava = 0,
    /// Blocked, not started yet, or outside any host call: counts as stopped.
    Blocked = 1,
    /// Parked at a safepoint poll for a collection.
    AtSafepoint = 2,
}

/// What `Thread.getState` says of a live thread: the ordinals of `java.lang.Thread.State`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[repr(u8)]
pub enum JavaState {
    /// Running or ready to run.
    Runnable = 1,
    /// Waiting to enter a monitor.
    Blocked = 2,
    /// Waiting without a timeout (`join()`, `wait()`, `park()`).
    Waiting = 3,
    /// Waiting with a timeout (`sleep`, `join(millis)`, `wait(millis)`, `parkNanos`).
    TimedWaiting = 4,
}

/// The value of [`JavaThread::async_exit`] when no unwinding is requested.
pub const NO_EXIT: i64 = i64::MIN;

/// A pointer to an attached thread's `JavaThread`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct ThreadPtr(*mut JavaThread);

// SAFETY: the pointer is only dereferenced under the protocol of the module documentation (by the collector
// while the thread is stopped, or for its atomics, which are shared by design).
unsafe impl Send for ThreadPtr {}

/// One attached thread.
#[derive(Debug)]
struct Entry {
    thread: ThreadPtr,
    /// The `java.lang.Thread` id (`Thread.getId`), 0 until the thread's object is bound.
    java_id: i64,
    parker: Arc<Parker>,
    daemon: bool,
    /// Parkers of threads joining this one, unparked when it ends.
    joiners: Vec<Arc<Parker>>,
}

#[derive(Debug)]
struct Registry {
    entries: Vec<Entry>,
    /// A stop-the-world is requested or in progress.
    stopping: bool,
    /// Stops completed so far (a thread that waited for the collection lock sees whether it may skip its own).
    stops: u64,
    /// `System.exit`'s status once some thread asked the VM to end.
    exit: Option<i32>,
    /// When the last stop ended (for the log's "Time since last").
    last_stop: Instant,
}

impl Registry {
    /// Calls `signal` with every attached thread but `me` and its parker, for the thread's atomics only (the
    /// thread may be running): poll word, `async_exit`, wake-ups.
    fn signal_others(&self, me: Option<&JavaThread>, mut signal: impl FnMut(&JavaThread, &Parker)) {
        let me = me.map(|t| ThreadPtr(std::ptr::from_ref(t).cast_mut()));
        for entry in self.entries.iter().filter(|e| Some(e.thread) != me) {
            // SAFETY: an attached thread's `JavaThread` is alive until it unregisters, which needs the registry
            // lock the caller holds (`&self` comes from its guard); only its atomics are touched.
            let thread = unsafe { &*entry.thread.0 };
            signal(thread, &entry.parker);
        }
    }
}

/// How long a thread took to stop the world, and what it was for (for `-Xlog:safepoint`).
#[derive(Debug, Clone, Copy)]
pub struct StopTimes {
    /// From the request until the last thread was stopped.
    pub reaching: Duration,
    /// Since the previous stop ended.
    pub since_last: Duration,
    /// When every thread was stopped.
    pub stopped_at: Instant,
}

/// The registry of one runtime's threads and its safepoint state (see the module documentation).
#[derive(Debug)]
pub struct Threads {
    registry: Mutex<Registry>,
    /// Signalled when a thread becomes safe or detaches: the collector waits here.
    became_safe: Condvar,
    /// Signalled when a stop ends and when a thread detaches: stopped threads and joiners of the VM wait here.
    resumed: Condvar,
    /// `stopping`, readable without the lock (the poll's slow path checks it).
    stop_requested: AtomicBool,
    /// Held by the thread that collects, for the whole stop.
    collection: Mutex<()>,
    /// The OS threads started for Java threads, joined when the VM is dropped.
    handles: Mutex<Vec<std::thread::JoinHandle<()>>>,
}

impl Default for Threads {
    fn default() -> Self {
        Self {
            registry: Mutex::new(Registry {
                entries: Vec::new(),
                stopping: false,
                stops: 0,
                exit: None,
                last_stop: Instant::now(),
            }),
            became_safe: Condvar::new(),
            resumed: Condvar::new(),
            stop_requested: AtomicBool::new(false),
            collection: Mutex::new(()),
            handles: Mutex::new(Vec::new()),
        }
    }
}

fn state_of(thread: &JavaThread) -> ThreadState {
    match thread.state.load(Ordering::Acquire) {
        0 => ThreadState::InJava,
        1 => ThreadState::Blocked,
        _ => ThreadState::AtSafepoint,
    }
}

impl Threads {
    /// Whether a stop-the-world is requested (the poll's slow path asks).
    #[inline]
    pub fn stop_requested(&self) -> bool {
        self.stop_requested.load(Ordering::SeqCst)
    }

    /// Puts `thread` in a safe state (`Blocked` or `AtSafepoint`): from here until [`leave_safe`](Self::leave_safe)
    /// the collector may scan and update its roots.
    pub fn enter_safe(&self, thread: &JavaThread, state: ThreadState) {
        let registry = self.registry.lock();
        thread.state.store(state as u8, Ordering::Release);
        if registry.stopping {
            self.became_safe.notify_all();
        }
    }

    /// Back to `InJava`, after any stop in progress has ended.
    pub fn leave_safe(&self, thread: &JavaThread) {
        let mut registry = self.registry.lock();
        while registry.stopping {
            self.resumed.wait(&mut registry);
        }
        thread.state.store(ThreadState::InJava as u8, Ordering::Release);
    }

    /// Stops at the safepoint a collection requested, until the collection ends.
    pub fn stop_at_safepoint(&self, thread: &JavaThread) {
        self.enter_safe(thread, ThreadState::AtSafepoint);
        self.leave_safe(thread);
    }

    /// Registers `thread` in `state` with the parker that wakes it.
    fn register(&self, thread: &mut JavaThread, daemon: bool, state: ThreadState) {
        let mut registry = self.registry.lock();
        if state == ThreadState::InJava {
            while registry.stopping {
                self.resumed.wait(&mut registry);
            }
        }
        thread.state.store(state as u8, Ordering::Release);
        if let Some(status) = registry.exit {
            thread.async_exit.store(i64::from(status), Ordering::Relaxed);
        }
        registry.entries.push(Entry {
            thread: ThreadPtr(std::ptr::from_mut(thread)),
            java_id: 0,
            parker: thread.parker.clone(),
            daemon,
            joiners: Vec::new(),
        });
    }

    /// Removes `thread` and wakes its joiners (and the collector, which may be waiting for it to stop).
    fn unregister(&self, thread: &JavaThread) {
        let mut registry = self.registry.lock();
        let me = ThreadPtr(std::ptr::from_ref(thread).cast_mut());
        if let Some(k) = registry.entries.iter().position(|e| e.thread == me) {
            let entry = registry.entries.swap_remove(k);
            for joiner in entry.joiners {
                joiner.notify();
            }
        }
        self.became_safe.notify_all();
        self.resumed.notify_all();
    }

    /// Binds the `java.lang.Thread` id of `thread` (for lookups by `interrupt`, `join`, `isAlive`).
    pub fn set_java_id(&self, thread: &JavaThread, java_id: i64, daemon: bool) {
        let mut registry = self.registry.lock();
        let me = ThreadPtr(std::ptr::from_ref(thread).cast_mut());
        if let Some(entry) = registry.entries.iter_mut().find(|e| e.thread == me) {
            entry.java_id = java_id;
            entry.daemon = daemon;
        }
    }

    /// The parker of the live thread with this `java.lang.Thread` id (`None`: not started or ended).
    pub fn parker_of(&self, java_id: i64) -> Option<Arc<Parker>> {
        let registry = self.registry.lock();
        registry.entries.iter().find(|e| e.java_id == java_id && java_id != 0).map(|e| e.parker.clone())
    }

    /// The `Thread.getState` ordinal of the live thread with this id (`None`: not started or ended).
    pub fn java_state_of(&self, java_id: i64) -> Option<u8> {
        let registry = self.registry.lock();
        let entry = registry.entries.iter().find(|e| e.java_id == java_id && java_id != 0)?;
        // SAFETY: attached threads stay alive while the registry lock is held; only an atomic is read.
        Some(unsafe { &*entry.thread.0 }.java_state.load(Ordering::Relaxed))
    }

    /// Whether the thread with this id is alive (attached).
    pub fn is_alive(&self, java_id: i64) -> bool {
        self.parker_of(java_id).is_some()
    }

    /// Asks to be unparked when the thread with id `java_id` ends; `false` (and no registration) if it has
    /// ended already.
    pub fn add_joiner(&self, java_id: i64, joiner: &Arc<Parker>) -> bool {
        let mut registry = self.registry.lock();
        match registry.entries.iter_mut().find(|e| e.java_id == java_id && java_id != 0) {
            Some(entry) => {
                if !entry.joiners.iter().any(|j| Arc::ptr_eq(j, joiner)) {
                    entry.joiners.push(joiner.clone());
                }
                true
            }
            None => false,
        }
    }

    /// Whether any attached thread other than `me` is a user (non-daemon) thread.
    fn other_users_alive(registry: &Registry, me: ThreadPtr) -> bool {
        registry.entries.iter().any(|e| e.thread != me && !e.daemon)
    }

    /// Blocks (the caller is in a safe state) until `me` is the last user thread or the VM is exiting: what
    /// the launcher does when `main` returns (HotSpot's `DestroyJavaVM`). Returns the exit status if a thread
    /// called `System.exit`.
    /// `me` is the waiting thread's address (only compared: the thread itself is in `blocking`).
    pub fn wait_for_user_threads(&self, me: *const JavaThread) -> Option<i32> {
        let me = ThreadPtr(me.cast_mut());
        let mut registry = self.registry.lock();
        while registry.exit.is_none() && Self::other_users_alive(&registry, me) {
            self.resumed.wait(&mut registry);
        }
        registry.exit
    }

    /// The status `System.exit` asked for, if a thread did.
    pub fn exit_status(&self) -> Option<i32> {
        self.registry.lock().exit
    }

    /// Records that the VM ends with `status` (the first request wins), and makes every other attached
    /// thread unwind: its poll word is set, its parker shut down, its `async_exit` set. Returns the status
    /// that holds.
    pub fn request_exit(&self, me: Option<&JavaThread>, status: i32) -> i32 {
        let mut registry = self.registry.lock();
        let status = *registry.exit.get_or_insert(status);
        registry.signal_others(me, |thread, parker| {
            thread.async_exit.store(i64::from(status), Ordering::SeqCst);
            thread.poll.store(1, Ordering::SeqCst);
            parker.shutdown();
        });
        self.resumed.notify_all();
        status
    }

    /// Makes every attached thread but `me` unwind with `status` at its next poll (an embedder's stop):
    /// like [`request_exit`](Self::request_exit) without ending the VM or shutting parkers down.
    pub fn stop_others(&self, me: &JavaThread, status: i32) {
        self.registry.lock().signal_others(Some(me), |thread, parker| {
            thread.async_exit.store(i64::from(status), Ordering::SeqCst);
            thread.poll.store(1, Ordering::SeqCst);
            // A notification wakes a sleeper, joiner or waiter without leaving an interrupt or a permit behind
            // (waiters may wake spuriously); it then sees `async_exit`.
            parker.notify();
        });
    }

    /// Makes every attached thread but `me` enter its safepoint at its next poll (to notice changed limits).
    pub fn poke_others(&self, me: &JavaThread) {
        self.registry.lock().signal_others(Some(me), |thread, _| thread.poll.store(1, Ordering::SeqCst));
    }

    /// Waits until no thread but `me` is attached, at most `timeout`; whether that happened.
    pub fn wait_for_all_detached(&self, me: Option<&JavaThread>, timeout: Duration) -> bool {
        let me = me.map(|t| ThreadPtr(std::ptr::from_ref(t).cast_mut()));
        let deadline = Instant::now() + timeout;
        let mut registry = self.registry.lock();
        while registry.entries.iter().any(|e| Some(e.thread) != me) {
            if self.resumed.wait_until(&mut registry, deadline).timed_out() {
                return false;
            }
        }
        true
    }

    /// Keeps the join handle of a started OS thread.
    pub fn keep_handle(&self, handle: std::thread::JoinHandle<()>) {
        let mut handles = self.handles.lock();
        handles.retain(|h| !h.is_finished());
        handles.push(handle);
    }

    /// Joins every OS thread started for Java whose thread has ended.
    pub fn join_finished(&self) {
        let finished: Vec<_> = {
            let mut handles = self.handles.lock();
            let (done, running) = std::mem::take(&mut *handles).into_iter().partition(|h| h.is_finished());
            *handles = running;
            done
        };
        for handle in finished {
            let _ = handle.join();
        }
    }

    /// The number of attached threads.
    pub fn count(&self) -> usize {
        self.registry.lock().entries.len()
    }
}

/// The world, stopped: every attached thread other than the collector's is in a safe state until this is
/// dropped ([`Runtime::stop_the_world`]).
pub struct StoppedWorld<'a> {
    threads: &'a Threads,
    /// Every other attached thread, stopped.
    others: Vec<ThreadPtr>,
    /// How long stopping took.
    pub times: StopTimes,
    _collection: MutexGuard<'a, ()>,
}

impl StoppedWorld<'_> {
    /// How many threads besides the collector's were stopped.
    pub fn stopped_count(&self) -> usize {
        self.others.len()
    }

    /// Calls `f` with each stopped thread's `JavaThread`.
    pub fn for_each_thread(&mut self, f: &mut dyn FnMut(&mut JavaThread)) {
        for &ThreadPtr(thread) in &self.others {
            // SAFETY: the thread is attached (it cannot detach while stopped: detaching happens in `InJava`,
            // which it cannot re-enter before this stop ends) and in a safe state, in which its owner does not
            // touch its `JavaThread` (module documentation); this is the only `&mut` made to it meanwhile.
            f(unsafe { &mut *thread });
        }
    }
}

impl Drop for StoppedWorld<'_> {
    fn drop(&mut self) {
        let mut registry = self.threads.registry.lock();
        registry.stopping = false;
        registry.stops += 1;
        registry.last_stop = Instant::now();
        self.threads.stop_requested.store(false, Ordering::SeqCst);
        self.threads.resumed.notify_all();
    }
}

impl Runtime {
    /// Stops every other attached thread for a collection requested by `thread`; `None` when `skip_if_done`
    /// and another thread completed a stop while this one waited for its turn (the caller then retries what
    /// made it want to collect). One stop at a time; while waiting for its turn the thread is stopped itself.
    pub fn stop_the_world(&self, thread: &mut JavaThread, skip_if_done: bool) -> Option<StoppedWorld<'_>> {
        let threads = &self.threads;
        let stops_before = threads.registry.lock().stops;
        let collection = match threads.collection.try_lock() {
            Some(guard) => guard,
            None => self.blocking(thread, || threads.collection.lock()),
        };
        let requested = Instant::now();
        let mut registry = threads.registry.lock();
        if skip_if_done && registry.stops != stops_before {
            return None;
        }
        registry.stopping = true;
        threads.stop_requested.store(true, Ordering::SeqCst);
        let me = ThreadPtr(std::ptr::from_mut(thread));
        for entry in registry.entries.iter().filter(|e| e.thread != me) {
            // SAFETY: attached threads stay alive while the registry lock is held; only the atomic poll word
            // is written.
            unsafe { &*entry.thread.0 }.poll.store(1, Ordering::SeqCst);
        }
        loop {
            // SAFETY: as above; the state is an atomic.
            let running = registry.entries.iter().any(|e| e.thread != me && state_of(unsafe { &*e.thread.0 }) == ThreadState::InJava);
            if !running {
                break;
            }
            threads.became_safe.wait(&mut registry);
        }
        let stopped_at = Instant::now();
        let times = StopTimes {
            reaching: stopped_at - requested,
            since_last: requested.saturating_duration_since(registry.last_stop),
            stopped_at,
        };
        let others = registry.entries.iter().map(|e| e.thread).filter(|&t| t != me).collect();
        drop(registry);
        Some(StoppedWorld { threads, others, times, _collection: collection })
    }

    /// Attaches `thread` (see the module documentation): `InJava` (after any stop in progress) for a thread
    /// that runs at once, `Blocked` for one another OS thread will run (it starts with
    /// [`Threads::leave_safe`]) or an embedded VM's thread between calls. A thread attached while the VM is
    /// exiting unwinds at its first poll.
    pub fn attach_thread(self: &Arc<Self>, mut thread: Box<JavaThread>, daemon: bool, state: ThreadState) -> AttachedThread {
        let _ = self.self_ref.set(Arc::downgrade(self));
        thread.set_fuel(if self.limits.is_limited() { 0 } else { i64::MAX });
        self.threads.register(&mut thread, daemon, state);
        AttachedThread { rt: self.clone(), thread: Some(thread) }
    }
}

impl Runtime {
    /// The runtime as an `Arc`, once a thread was attached through one (what a started thread keeps).
    pub fn arc(&self) -> Option<Arc<Runtime>> {
        self.self_ref.get().and_then(std::sync::Weak::upgrade)
    }
}

/// An attached thread: owns its boxed [`JavaThread`] and detaches it when dropped (giving its allocation
/// buffer back to the heap first).
pub struct AttachedThread {
    rt: Arc<Runtime>,
    thread: Option<Box<JavaThread>>,
}

// SAFETY: the `JavaThread`'s raw pointers (objects, methods, the allocation buffer) point into `rt`, which
// the attached thread keeps alive; whoever holds the `AttachedThread` is the thread's one user, so moving it
// to the OS thread that will run it moves every user with it.
unsafe impl Send for AttachedThread {}

impl std::fmt::Debug for AttachedThread {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("AttachedThread").field("name", &self.name).finish_non_exhaustive()
    }
}

impl AttachedThread {
    /// The runtime it is attached to.
    pub fn runtime(&self) -> &Arc<Runtime> {
        &self.rt
    }
}

impl std::ops::Deref for AttachedThread {
    type Target = JavaThread;
    fn deref(&self) -> &JavaThread {
        self.thread.as_deref().expect("the thread is attached until dropped")
    }
}

impl std::ops::DerefMut for AttachedThread {
    fn deref_mut(&mut self) -> &mut JavaThread {
        self.thread.as_deref_mut().expect("the thread is attached until dropped")
    }
}

impl Drop for AttachedThread {
    fn drop(&mut self) {
        let Some(mut thread) = self.thread.take() else { return };
        // Running again (if it was left safe) so the collector no longer owns the buffer and roots.
        if state_of(&thread) != ThreadState::InJava {
            self.rt.threads.leave_safe(&thread);
        }
        crate::alloc::retire_tlab(&mut self.rt.heap.lock(), &mut thread);
        self.rt.threads.unregister(&thread);
    }
}
