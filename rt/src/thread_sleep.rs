//! `Thread.sleep` and `Thread.join`: timed waits on the waiting thread's own parker, in the safe state, that
//! end early on an interrupt (`InterruptedException`), on the embedder's deadline or interrupt, and when the
//! VM asks the thread to unwind.

use std::sync::atomic::Ordering;
use std::time::{Duration, Instant};

use crate::parker::{WakeOn, WakeReason};
use crate::runtime::Runtime;
use crate::thread::{JResult, JavaThread};
use crate::threads::JavaState;

/// How often a sleeping thread checks the embedder's deadline and interrupt flag when limits are in force.
const LIMIT_CHECK: Duration = Duration::from_millis(10);

/// What wakes a sleeper or a joiner: an interrupt, or a notification (a finishing thread notifies its
/// joiners; a stop or exit notifies everyone; nobody else notifies a thread that is not in `Object.wait`).
const WAKE: WakeOn = WakeOn { permit: false, notify: true, interrupt: true };

impl Runtime {
    /// `Thread.sleep(millis)`: `InterruptedException("sleep interrupted")` if the thread is or becomes
    /// interrupted (the flag is cleared).
    pub fn sleep(&self, thread: &mut JavaThread, millis: i64) -> JResult<()> {
        let end = Instant::now().checked_add(Duration::from_millis(millis.max(0) as u64));
        self.timed_wait(thread, end, JavaState::TimedWaiting, |_| false, Some("sleep interrupted"))
    }

    /// `Thread.join(millis)` of the thread with id `java_id` (0 millis: no limit): returns when it has ended
    /// or the time is up; `InterruptedException` if this thread is interrupted.
    pub fn join(&self, thread: &mut JavaThread, java_id: i64, millis: i64) -> JResult<()> {
        let (end, state) = if millis == 0 {
            (None, JavaState::Waiting)
        } else {
            (Instant::now().checked_add(Duration::from_millis(millis.max(0) as u64)), JavaState::TimedWaiting)
        };
        let parker = thread.parker.clone();
        let result = self.timed_wait(thread, end, state, |rt| !rt.threads.add_joiner(java_id, &parker), None);
        // The finishing thread's notification may arrive after the wait ended: not for a later Object.wait.
        parker.clear_notify();
        result
    }

    /// Waits on `thread`'s parker until `done` (checked before each sleep), `end` (`None`: never), an
    /// interrupt (cleared, then `InterruptedException` with `message`), or a request to unwind.
    fn timed_wait(
        &self,
        thread: &mut JavaThread,
        end: Option<Instant>,
        state: JavaState,
        done: impl Fn(&Runtime) -> bool,
        message: Option<&str>,
    ) -> JResult<()> {
        let parker = thread.parker.clone();
        loop {
            self.check_async_exit(thread)?;
            self.check_limits(thread, false)?;
            if parker.clear_interrupt() {
                return Err(self.throw_new(thread, "java/lang/InterruptedException", message));
            }
            if done(self) {
                return Ok(());
            }
            let now = Instant::now();
            if end.is_some_and(|end| now >= end) {
                return Ok(());
            }
            // With limits in force, wake often enough to see the deadline and the embedder's interrupt.
            let slice = match (end, self.limits.is_limited()) {
                (end, false) => end,
                (Some(end), true) => Some(end.min(now + LIMIT_CHECK)),
                (None, true) => Some(now + LIMIT_CHECK),
            };
            let woke = self.blocking_as(thread, state, || parker.park(slice, WAKE));
            if woke == WakeReason::Shutdown && thread.async_exit.load(Ordering::Relaxed) == crate::threads::NO_EXIT {
                // Shut down without a status: the VM is going away; unwind quietly.
                thread.async_exit.store(0, Ordering::Relaxed);
            }
        }
    }
}
