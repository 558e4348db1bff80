//! `Object.wait`, `notify` and `notifyAll` on fat monitors (a thin lock has no wait set: `wait` inflates it,
//! and `notify` on a thin lock has nobody to wake).
//!
//! A waiter records its count of entries, joins the monitor's wait set, releases the monitor completely and
//! sleeps on its parker. `notify` moves the first waiter out of the wait set and signals its parker. On waking
//! (notified, timed out, interrupted) the waiter takes itself out of the wait set if still there, re-enters
//! the monitor with its old count, and only then reports an interrupt: as in HotSpot, a thread both notified
//! and interrupted returns normally with its interrupt flag set, so no notification is lost.

use std::sync::Arc;
use std::sync::atomic::Ordering;
use std::time::{Duration, Instant};

use super::table::Waiter;
use super::{INFLATED, STATE_MASK, THIN, THIN_OWNER_MASK, index_of, mark, names};
use crate::object::ObjRef;
use crate::parker::{WakeOn, WakeReason};
use crate::runtime::Runtime;
use crate::thread::{JResult, JavaThread};
use crate::threads::JavaState;

impl Runtime {
    /// `Object.wait(millis)` (0: no timeout). `IllegalMonitorStateException` unless `thread` owns `obj`'s
    /// monitor; `InterruptedException` (clearing the flag) if the thread is interrupted before or while
    /// waiting.
    pub fn monitor_wait(&self, thread: &mut JavaThread, obj: ObjRef, millis: i64) -> JResult<()> {
        let bits = thread.lock_bits;
        let mark_handles = thread.handle_mark();
        let handle = thread.protect(Some(obj));
        let result = self.wait_on(thread, handle, bits, millis);
        thread.release_handles(mark_handles);
        result
    }

    fn wait_on(&self, thread: &mut JavaThread, handle: crate::thread::Handle, bits: u64, millis: i64) -> JResult<()> {
        let deadline = (millis > 0).then(|| Instant::now() + Duration::from_millis(millis as u64));
        // Own the monitor, inflated.
        let (index, monitor, entries) = loop {
            let obj = thread.get_nonnull(handle);
            let m = mark(obj).load(Ordering::Acquire);
            match m & STATE_MASK {
                THIN if bits != 0 && m & THIN_OWNER_MASK == bits => self.inflate(thread, obj, m)?,
                INFLATED => {
                    let index = index_of(m);
                    let monitor = self.monitors.get(index);
                    let mut state = monitor.lock();
                    if !names(obj, index) {
                        continue;
                    }
                    if bits == 0 || state.owner != bits {
                        drop(state);
                        return Err(self.throw_not_owner(thread));
                    }
                    if thread.parker.clear_interrupt() {
                        drop(state);
                        return Err(self.throw_new(thread, "java/lang/InterruptedException", None));
                    }
                    let entries = state.recursion + 1;
                    thread.parker.clear_notify();
                    state.waiters.push_back(Waiter { owner: bits, parker: Arc::clone(&thread.parker) });
                    state.release();
                    break (index, Arc::clone(&monitor), entries);
                }
                _ => return Err(self.throw_not_owner(thread)),
            }
        };
        let parker = Arc::clone(&thread.parker);
        let state = if deadline.is_some() { JavaState::TimedWaiting } else { JavaState::Waiting };
        let reason = self.blocking_as(thread, state, || parker.park(deadline, WakeOn::WAIT));
        // Still in the wait set means nobody notified us (timeout, interrupt, shutdown): leave it. The
        // monitor cannot have been deflated while we were in its wait set; once a notify took us out it may
        // have been, and then our entry is in no wait set at all.
        let notified = {
            let mut state = monitor.lock();
            let before = state.waiters.len();
            let in_this_monitor = names(thread.get_nonnull(handle), index);
            if in_this_monitor {
                state.waiters.retain(|w| w.owner != bits);
            }
            !(in_this_monitor && state.waiters.len() < before)
        };
        if reason != WakeReason::Notified {
            thread.parker.clear_notify();
        }
        if reason == WakeReason::Shutdown {
            return Err(super::stop_for_shutdown(thread));
        }
        self.enter_counted(thread, handle, bits, entries)?;
        if reason == WakeReason::Interrupted && !notified && thread.parker.clear_interrupt() {
            return Err(self.throw_new(thread, "java/lang/InterruptedException", None));
        }
        Ok(())
    }

    /// `Object.notify` (`all`: `notifyAll`). `IllegalMonitorStateException` unless `thread` owns the monitor.
    pub fn monitor_notify(&self, thread: &mut JavaThread, obj: ObjRef, all: bool) -> JResult<()> {
        let bits = thread.lock_bits;
        loop {
            let m = mark(obj).load(Ordering::Acquire);
            match m & STATE_MASK {
                // A thin lock has no waiters.
                THIN if bits != 0 && m & THIN_OWNER_MASK == bits => return Ok(()),
                INFLATED => {
                    let index = index_of(m);
                    let monitor = self.monitors.get(index);
                    let mut state = monitor.lock();
                    if !names(obj, index) {
                        continue;
                    }
                    if bits == 0 || state.owner != bits {
                        drop(state);
                        return Err(self.throw_not_owner(thread));
                    }
                    let count = if all { state.waiters.len() } else { state.waiters.len().min(1) };
                    for waiter in state.waiters.drain(..count) {
                        waiter.parker.notify();
                    }
                    return Ok(());
                }
                _ => return Err(self.throw_not_owner(thread)),
            }
        }
    }
}
