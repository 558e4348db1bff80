//! A Java thread's life on its own OS thread: `Thread.start` attaches a new [`JavaThread`] (in the safe state,
//! so a collection before it runs updates its `Thread` object) and spawns the OS thread, which runs `run()`,
//! reports an uncaught exception as HotSpot does, calls `Thread.exit`, and detaches (waking its joiners).

use std::sync::Arc;
use std::sync::atomic::Ordering;

use crate::class::LoaderId;
use crate::object::ObjRef;
use crate::runtime::Runtime;
use crate::thread::{JResult, JavaThread, Thrown};
use crate::threads::{AttachedThread, ThreadState};

/// Host stack bytes per nested engine activation (natives and initializers calling back into Java): the
/// main thread's 256 MiB cover the default 600 levels.
const HOST_STACK_PER_LEVEL: usize = 448 << 10;

/// What `Thread.start` needs to know of the thread it starts.
#[derive(Debug, Clone)]
pub struct ThreadStart {
    /// `Thread.getId`.
    pub java_id: i64,
    /// The name (for the OS thread and reports).
    pub name: String,
    /// A daemon thread does not keep the VM alive.
    pub daemon: bool,
    /// Interrupted before it started.
    pub interrupted: bool,
}

impl Runtime {
    /// Host stack for a thread that runs Java: enough for `max_host_depth` nested activations.
    pub fn thread_stack_bytes(&self) -> usize {
        (self.options.max_host_depth as usize * HOST_STACK_PER_LEVEL).max(2 << 20)
    }

    /// Starts `thread_object` (a `java.lang.Thread`) on a new OS thread; `OutOfMemoryError` if the OS
    /// refuses one, as HotSpot throws.
    pub fn start_thread(&self, thread: &mut JavaThread, thread_object: ObjRef, start: ThreadStart) -> JResult<()> {
        let Some(rt) = self.arc() else {
            return Err(self.throw_new(thread, "java/lang/InternalError", Some("this runtime cannot start threads")));
        };
        let mut new = Box::new(JavaThread::new(&start.name, self.options.stack_slots));
        new.thread_object = Some(thread_object);
        // Attached in the safe state: the collector owns its roots until the new OS thread runs it.
        let attached = rt.attach_thread(new, start.daemon, ThreadState::Blocked);
        self.threads.set_java_id(&attached, start.java_id, start.daemon);
        if start.interrupted {
            attached.parker.interrupt();
        }
        let spawned = std::thread::Builder::new()
            .name(start.name.clone())
            .stack_size(self.thread_stack_bytes())
            .spawn(move || run_thread(attached));
        match spawned {
            Ok(handle) => {
                self.threads.keep_handle(handle);
                Ok(())
            }
            Err(_) => Err(self.throw_new(
                thread,
                "java/lang/OutOfMemoryError",
                Some("unable to create native thread: possibly out of memory or process/resource limits reached"),
            )),
        }
    }

    /// Hands the pending exception to `Thread.dispatchUncaughtException` on `thread`'s `Thread` object, which
    /// prints HotSpot's report (`Exception in thread "NAME" ...`) unless a handler takes it. If that throws
    /// too, prints what HotSpot prints then.
    pub fn report_uncaught(&self, thread: &mut JavaThread) {
        let Some(exception) = thread.take_pending() else { return };
        let dispatched = (|| {
            let thread_object = thread.thread_object.ok_or(Thrown)?;
            let method = crate::resolve::find_method(thread_object.class(), "dispatchUncaughtException", "(Ljava/lang/Throwable;)V")
                .ok_or(Thrown)?;
            self.invoke(thread, method, &[thread_object.to_slot(), exception.to_slot()])
        })();
        if dispatched.is_err() && thread.exit_status.is_none() {
            let name = thread.pending.take().map_or_else(|| exception.class().java_name(), |e| e.class().java_name());
            let text = format!("Exception: {name} thrown from the UncaughtExceptionHandler in thread \"{}\"\n", thread.name);
            self.io().write(2, text.as_bytes());
        }
    }
}

/// The body of a started thread's OS thread.
fn run_thread(mut thread: AttachedThread) {
    let rt: Arc<Runtime> = thread.runtime().clone();
    rt.threads.leave_safe(&thread);
    let run = thread.thread_object.and_then(|this| crate::resolve::find_method(this.class(), "run", "()V"));
    let result = match (thread.thread_object, run) {
        (Some(this), Some(run)) => rt.check_async_exit(&mut thread).and_then(|()| rt.invoke(&mut thread, run, &[this.to_slot()])),
        _ => Ok(0),
    };
    if result.is_err() && thread.exit_status.is_none() {
        rt.report_uncaught(&mut thread);
    }
    thread.pending = None;
    if thread.exit_status.is_none() {
        // Thread.exit keeps the interrupt flag in the object (the parker goes with the thread).
        let interrupted = thread.parker.is_interrupted();
        let exit = rt
            .find_loaded("java/lang/Thread", LoaderId::Boot)
            .and_then(|class| class.declared_method("exit", "(Z)V"));
        if let (Some(this), Some(exit)) = (thread.thread_object, exit) {
            let _ = rt.invoke(&mut thread, exit, &[this.to_slot(), u64::from(interrupted)]);
            thread.pending = None;
        }
    }
    thread.java_state.store(crate::threads::JavaState::Runnable as u8, Ordering::Relaxed);
    drop(thread);
}
