//! The contract every blocking operation keeps, and what a thread does at a safepoint poll.
//!
//! A thread that is about to block for an unbounded time (acquiring a contended monitor or the collection
//! lock, `wait`, `sleep`, `join`, `park`, reading stdin) does it inside [`Runtime::blocking`]. While inside,
//! the thread counts as stopped for safepoints (see `threads`): another thread may collect garbage, scanning
//! this thread's roots (frames, handles, pending exception) and moving objects. So before the call, every
//! reference the thread still needs must be in a frame slot the reference maps describe or in a handle
//! ([`JavaThread::protect`]), exactly as across an allocation; the closure itself must not touch Java objects
//! or the thread. When the closure returns, `blocking` waits for any collection in progress to end before the
//! thread resumes running Java code.
//!
//! After a blocking operation wakes, the caller checks [`Runtime::check_async_exit`]: another thread may have
//! asked this one to unwind (`System.exit`, the embedder's stop, the VM being dropped).

use crate::runtime::Runtime;
use crate::thread::{JResult, JavaThread, Thrown};
use crate::threads::{JavaState, NO_EXIT, ThreadState};

impl Runtime {
    /// Runs `wait` with `thread` in the safe state (see the module documentation).
    pub fn blocking<R>(&self, thread: &mut JavaThread, wait: impl FnOnce() -> R) -> R {
        self.threads.enter_safe(thread, ThreadState::Blocked);
        let result = wait();
        self.threads.leave_safe(thread);
        result
    }

    /// [`blocking`](Self::blocking), with `Thread.getState` saying `state` meanwhile.
    pub fn blocking_as<R>(&self, thread: &mut JavaThread, state: JavaState, wait: impl FnOnce() -> R) -> R {
        thread.java_state.store(state as u8, std::sync::atomic::Ordering::Relaxed);
        let result = self.blocking(thread, wait);
        thread.java_state.store(JavaState::Runnable as u8, std::sync::atomic::Ordering::Relaxed);
        result
    }

    /// Unwinds `thread` (like `System.exit`: no handler runs) if another thread asked it to.
    #[inline]
    pub fn check_async_exit(&self, thread: &mut JavaThread) -> JResult<()> {
        let status = thread.async_exit.load(std::sync::atomic::Ordering::Relaxed);
        if status == NO_EXIT {
            return Ok(());
        }
        thread.pending = None;
        thread.exit_status = Some(status as i32);
        Err(Thrown)
    }

    /// What a thread does when its poll word is set or its fuel ran out: stop for a collection if one is
    /// requested, unwind if another thread asked it to, and take the next grant of fuel, which checks the
    /// deadline and the interrupt flag and may stop the thread (see `sandbox`) and then every other thread of
    /// the VM. Both tiers call this from their polls.
    pub fn safepoint(&self, thread: &mut JavaThread) -> JResult<()> {
        if self.options.check_refmaps {
            crate::refmap::check_or_abort(self, thread);
        }
        thread.poll.store(0, std::sync::atomic::Ordering::SeqCst);
        if self.threads.stop_requested() {
            self.threads.stop_at_safepoint(thread);
        }
        self.check_async_exit(thread)?;
        let generation = self.limits.generation();
        if thread.limits_generation != generation {
            // The limits changed since this thread's grant: give it back and take fuel under the new ones.
            thread.limits_generation = generation;
            thread.set_fuel(0);
        }
        if thread.fuel <= 0 {
            self.check_limits(thread, true)?;
        }
        Ok(())
    }

    /// Charges the execution limits (`refuel` at a poll whose fuel ran out, else only the deadline and
    /// interrupt check of a blocking native); a stop of this thread stops every other thread of the VM too.
    pub fn check_limits(&self, thread: &mut JavaThread, refuel: bool) -> JResult<()> {
        let checked = if refuel { self.refuel(thread) } else { self.limits.check(thread) };
        if checked.is_err() {
            self.threads.stop_others(thread, crate::sandbox::STOPPED_STATUS);
        }
        checked
    }

    /// Sets the execution limits for what runs next on `thread` (`ExecutionLimits::arm`) and makes every
    /// other thread give back, at its next poll, the fuel it holds under the previous limits.
    pub fn arm_limits(&self, thread: &mut JavaThread, fuel: Option<u64>, deadline: Option<std::time::Instant>, watch_interrupt: bool) {
        self.limits.arm(thread, fuel, deadline, watch_interrupt);
        self.threads.poke_others(thread);
    }

    /// Ends a limited call (`ExecutionLimits::pause`): every other thread stops at its next poll and waits for
    /// the next call.
    pub fn pause_limits(&self, host: &mut JavaThread) {
        self.limits.pause(host);
        self.threads.poke_others(host);
    }

    /// The next grant of fuel, waiting first while the VM is between two limited calls.
    fn refuel(&self, thread: &mut JavaThread) -> JResult<()> {
        loop {
            self.wait_while_paused(thread)?;
            self.limits.refuel(thread)?;
            if thread.fuel > 0 {
                return Ok(());
            }
        }
    }

    /// Between two calls of a limited embedded VM (see `ExecutionLimits::pause`), waits in the safe state for
    /// the next call, waking now and then to unwind if the VM is being dropped or another thread exits it.
    fn wait_while_paused(&self, thread: &mut JavaThread) -> JResult<()> {
        const RECHECK: std::time::Duration = std::time::Duration::from_millis(20);
        while self.limits.is_paused() {
            self.blocking(thread, || self.limits.wait_resumed(RECHECK));
            self.check_async_exit(thread)?;
        }
        Ok(())
    }
}
